import { validateStatementForm } from '../../app/lib/statements/schema';
import { emptyFormValues, type StatementInput } from '../../app/lib/domain/statement';

/**
 * A statement as the form's validation turns it into storable input: total
 * trade between Uzbekistan and Kazakhstan in 2019 unless `overrides` say
 * otherwise. Throws with the messages if the fields are invalid.
 */
export function validInput(overrides: Record<string, string> = {}): StatementInput {
  const result = validateStatementForm({
    ...emptyFormValues(),
    economyA: 'UZB',
    economyB: 'KAZ',
    flow: 'total',
    kind: 'reported',
    period: '2019',
    valueText: '3.3 billion dollars',
    statementDate: '2020-02-01',
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.input;
}
