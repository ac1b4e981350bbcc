import type { Metadata } from 'next';
import Link from 'next/link';
import { listCurrencies } from '@/app/lib/domain/currencies';
import { FLOWS } from '@/app/lib/domain/vocabulary';
import { economyLabel, listEconomies } from '@/app/lib/domain/economies';
import { currentActor } from '@/app/lib/auth/session';
import { changeMode } from '@/app/lib/auth/permissions';
import { initialFormState } from '@/app/lib/statements/form-state';
import { parsePair } from '@/app/lib/domain/pair';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { createStatement } from '@/app/lib/statements/actions';
import { fetchLatestReferenceRates } from '@/app/lib/data/reference-rates';
import { StatementForm } from '@/app/ui/statement-form/statement-form';

export const metadata: Metadata = { title: 'Add a figure' };

export default async function NewStatementPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const pair = parsePair(typeof params.pair === 'string' ? params.pair : null);
  const flow = FLOWS.find((f) => f === params.flow) ?? 'total';
  const actor = await currentActor();
  // A contributor's figure (or anyone's, under two-person review) waits for an editor before readers see it.
  const propose = actor !== null && changeMode(actor) === 'propose';
  const initialState = initialFormState(Boolean(actor), {
    economyA: pair ? economyLabel(pair.first) : '',
    economyB: pair ? economyLabel(pair.second) : '',
    flow,
  });
  return (
    <>
      <h1>Add a figure</h1>
      <p className="lede">
        Enter a trade figure as it was stated. “Check before saving” shows how it will be read; nothing is saved until
        you choose “{propose ? 'Propose figure' : 'Save figure'}”. Have a whole article? <Link href="/statements/extract">Find its statements</Link> instead.
      </p>
      {propose && (
        <p className="notice" role="note">
          Your figure will be proposed for an editor’s review: readers see it once an editor approves it, and you can follow it on the <Link href="/review">review page</Link>.
        </p>
      )}
      <StatementForm
        action={createStatement}
        submitLabel={propose ? 'Propose figure' : 'Save figure'}
        initialState={initialState}
        economyOptions={listEconomies().map((e) => economyLabel(e.code))}
        currencyOptions={listCurrencies()}
        rates={await fetchLatestReferenceRates()}
      />
    </>
  );
}
