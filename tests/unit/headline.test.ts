import { describe, expect, it } from 'vitest';
import { headlineFor, UNSOURCED_NOTE } from '../../app/lib/domain/headline';
import { assessTargets, type Figure } from '../../app/lib/domain/verdicts';
import type { Provenance } from '../../app/lib/domain/provenance';
import { figure as baseFigure } from '../support/figures';

type Sourced = Figure & Provenance;

const SOURCED = { sourceUrl: 'https://example.org/a', quote: null };
function figure(kind: Figure['kind'], valueUsd: number, overrides: Partial<Sourced> = {}): Sourced {
  // Targets stated in April 2023, outcomes reported in October 2024, as the seeded story.
  const statementDate = kind === 'projected' ? '2023-04-15' : '2024-10-22';
  return { ...baseFigure(kind, valueUsd, { statementDate }), ...SOURCED, ...overrides };
}

const AFTER_2023 = '2026-12-01';
const headline = (figures: Sourced[], today = AFTER_2023, latest: Sourced | null = null, words = 'Total trade (turnover)') =>
  headlineFor(assessTargets(figures), latest, words, today);

describe('the headline of a view', () => {
  it('says a missed target came in at its share, and names the target and the figure it rests on', () => {
    const target = figure('projected', 3e9, { hedge: 'more than' });
    const outcome = figure('reported', 567.5e6);
    expect(headline([target, outcome])).toEqual({
      sentences: ['Officials said trade would surpass $3B in 2023.', 'It came in at $567.5M: 19% of the target.'],
      targetId: target.id,
      outcomeId: outcome.id,
      unsourced: false,
    });
  });

  it('says a met target was met', () => {
    const h = headline([figure('projected', 3e9, { hedge: 'more than' }), figure('reported', 3.2e9)]);
    expect(h?.sentences[1]).toBe('It came in at $3.2B: 107% of the target, so it was met.');
  });

  it('says a target reached exactly but not surpassed was missed, since the share alone reads as met', () => {
    const h = headline([figure('projected', 3e9, { hedge: 'more than' }), figure('reported', 3e9)]);
    expect(h?.sentences[1]).toBe('It came in at $3B: 100% of the target, so it was missed.');
  });

  it('marks the spread unsourced when any source in it is, not only the one the verdict rests on', () => {
    const unsourced = { sourceUrl: null, quote: null };
    const h = headline([figure('projected', 1e9), figure('reported', 0.8e9, { statementDate: '2024-01-01', ...unsourced }), figure('reported', 1.2e9)]);
    expect(h?.sentences[1]).toBe('Sources put it at $800M to $1.2B (unsourced): 80%–120% of the target, so the verdict is disputed.');
  });

  it('gives the spread of sources that disagree, and calls the verdict disputed', () => {
    const h = headline([figure('projected', 1e9), figure('reported', 0.8e9, { statementDate: '2024-01-01' }), figure('reported', 1.2e9)]);
    expect(h?.sentences[1]).toBe('Sources put it at $800M to $1.2B: 80%–120% of the target, so the verdict is disputed.');
  });

  it('says sources that disagree but all fall short still missed it', () => {
    const h = headline([figure('projected', 3e9), figure('reported', 0.5e9, { statementDate: '2024-01-01' }), figure('reported', 1e9)]);
    expect(h?.sentences[1]).toBe('Sources put it at $500M to $1B: 17%–33% of the target, so the target was missed either way.');
  });

  it('gives a balance without a share of target, which would mislead for a signed amount', () => {
    const balance = { flow: 'balance' as const };
    const h = headline([figure('projected', -100e6, balance), figure('reported', -90e6, balance)], AFTER_2023, null, 'Kazakhstan’s trade balance with Afghanistan (positive = surplus)');
    expect(h?.sentences).toEqual([
      'Officials said Kazakhstan’s trade balance with Afghanistan would be a deficit of $100M in 2023.',
      'It came in at a deficit of $90M, so the target was met.',
    ]);
  });

  it('says a target not yet due is not yet due, with its pace from a part-year figure', () => {
    const target = figure('projected', 2e9, { periodStart: '2026-01-01', periodEnd: '2026-12-31', periodLabel: '2026' });
    const partial = figure('reported', 0.5e9, { periodStart: '2026-01-01', periodEnd: '2026-06-30', periodLabel: 'Jan–Jun 2026' });
    expect(headline([target], '2026-03-01')?.sentences).toEqual(['Officials said trade would reach $2B in 2026.', 'It is not yet due.']);
    const paced = headline([target, partial], '2026-08-01');
    expect(paced?.sentences[1]).toBe('It is not yet due; at the pace of Jan–Jun 2026 it would reach $1B, 50% of the target (behind).');
    expect(paced?.outcomeId).toBe(partial.id);
  });

  it('says when a due target has no reported figure yet', () => {
    const target = figure('projected', 2e9);
    expect(headline([target])).toEqual({ sentences: ['Officials said trade would reach $2B in 2023.', 'No figure for that period has been reported yet.'], targetId: target.id, outcomeId: null, unsourced: false });
  });

  it('gives the latest reported figure when no target is on record', () => {
    const latest = figure('reported', 545.2e6, { periodLabel: '2024' });
    expect(headline([latest], AFTER_2023, latest)).toEqual({ sentences: ['Trade was last reported at $545.2M in 2024; no target is on record.'], targetId: null, outcomeId: latest.id, unsourced: false });
    const exports = figure('reported', 547e6, { flow: 'exports' });
    expect(headline([exports], AFTER_2023, exports, 'Kazakhstan’s exports to Afghanistan')?.sentences[0]).toBe('Kazakhstan’s exports to Afghanistan were last reported at $547M in 2023; no target is on record.');
  });

  it('is null for a view with no statement', () => {
    expect(headline([])).toBeNull();
  });

  it('marks an outcome with no address and no quote as unsourced, in the text and in its flag', () => {
    const unsourced = figure('reported', 567.5e6, { sourceUrl: null, quote: null });
    const h = headline([figure('projected', 3e9, { hedge: 'more than' }), unsourced]);
    expect(h?.unsourced).toBe(true);
    expect(h?.sentences[1]).toBe(`It came in at $567.5M${UNSOURCED_NOTE}: 19% of the target.`);
    // A quote on file is enough to check it.
    const quoted = headline([figure('projected', 3e9, { hedge: 'more than' }), figure('reported', 567.5e6, { sourceUrl: null, quote: 'It was 567.5 million.' })]);
    expect(quoted?.unsourced).toBe(false);
    expect(quoted?.sentences[1]).not.toContain(UNSOURCED_NOTE);
  });
});
