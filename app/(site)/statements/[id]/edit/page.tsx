import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { currentActor } from '@/app/lib/auth/session';
import { changeMode } from '@/app/lib/auth/permissions';
import { listCurrencies } from '@/app/lib/domain/currencies';
import { economyLabel, listEconomies } from '@/app/lib/domain/economies';
import { initialFormState } from '@/app/lib/statements/form-state';
import { editStatement } from '@/app/lib/statements/edit-actions';
import { formValuesOf } from '@/app/lib/statements/form-values';
import { fetchStatement } from '@/app/lib/data/statement-reads';
import { fetchLatestReferenceRates } from '@/app/lib/data/reference-rates';
import { StatementForm } from '@/app/ui/statement-form/statement-form';

export const metadata: Metadata = { title: 'Edit a statement' };

export default async function EditStatementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const statement = /^\d{1,15}$/.test(id) ? await fetchStatement(Number(id)) : undefined;
  if (!statement) notFound();
  const actor = await currentActor();
  const propose = actor !== null && changeMode(actor) === 'propose';
  return (
    <>
      <p>
        <Link href={`/statements/${statement.id}`}>← Back to statement #{statement.id}</Link>
      </p>
      <h1>Edit statement #{statement.id}</h1>
      <p className="lede">The values before your change are kept in the statement’s history; readers see your reason for it with the date.</p>
      {propose && (
        <p className="notice" role="note">
          Your change will be proposed for an editor’s review: readers keep seeing the current record until an editor approves it.
        </p>
      )}
      <StatementForm
        action={editStatement.bind(null, statement.id)}
        submitLabel={propose ? 'Propose change' : 'Save changes'}
        initialState={initialFormState(Boolean(actor), formValuesOf(statement))}
        economyOptions={listEconomies().map((e) => economyLabel(e.code))}
        currencyOptions={listCurrencies()}
        rates={await fetchLatestReferenceRates()}
      />
    </>
  );
}
