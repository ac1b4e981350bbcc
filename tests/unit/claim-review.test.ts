import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PricedStatement } from '../../app/lib/domain/statement';
import { judgeTargets } from '../../app/lib/domain/verdicts';
import { claimReviewOf } from '../../app/lib/publish/claim-review';
import { jsonLdText } from '../../app/lib/publish/json-ld';
import { JsonLd } from '../../app/ui/publish/json-ld';
import { statementRow } from '../support/dashboard-rows';
import { schemaOrgErrors } from '../support/schema-org-check';

const ORIGIN = 'https://tradewatch.example';
const TODAY = '2026-12-03';

/** The seeded 2023 target, as KabulNow reported Serik Zhumangarin saying it. */
const target = (fields: Partial<PricedStatement> = {}) =>
  statementRow({
    kind: 'projected', periodStart: '2023-01-01', periodEnd: '2023-12-31', periodLabel: '2023', valueText: 'surpass $3 billion', valueStated: 3e9, valueUsd: 3e9, hedge: 'more than',
    speaker: 'Serik Zhumangarin', speakerRole: 'Deputy Prime Minister of Kazakhstan', organisation: 'Government of Kazakhstan', outlet: 'KabulNow',
    sourceUrl: 'https://kabulnow.com/2023/04/kazakhstan-is-ready-to-accept-our-diplomats-says-the-taliban/', quote: 'He also said that this amount will surpass $3 billion this year.',
    statementDate: '2023-04-15', createdAt: '2026-01-05T09:00:00.000Z', updatedAt: '2026-01-05T09:00:00.000Z',
    ...fields,
  });

/** A reported figure for the target's year: Interfax's $567.5M unless told otherwise. */
const reported = (valueUsd = 567.5e6, fields: Partial<PricedStatement> = {}) =>
  statementRow({ periodStart: '2023-01-01', periodEnd: '2023-12-31', periodLabel: '2023', valueUsd, valueStated: valueUsd, statementDate: '2024-10-22', outlet: 'Interfax', ...fields });

/** The target's verdict on TODAY, by the dashboard's own rules, and its review. */
function reviewOf(t: PricedStatement, outcomes: PricedStatement[], today = TODAY) {
  const [judged] = judgeTargets([t, ...outcomes], today);
  return { judged, review: claimReviewOf(judged, ORIGIN) };
}

describe('a settled target as a schema.org ClaimReview', () => {
  it('reviews the 2023 target as missed, with who said it, when and where', () => {
    const t = target();
    const { review } = reviewOf(t, [reported()]);
    expect(review).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${ORIGIN}/statements/${t.id}`,
      claimReviewed: 'He also said that this amount will surpass $3 billion this year.',
      datePublished: '2026-01-05',
      author: { '@type': 'Organization', name: 'Tradewatch', url: ORIGIN },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Serik Zhumangarin', jobTitle: 'Deputy Prime Minister of Kazakhstan', affiliation: { '@type': 'Organization', name: 'Government of Kazakhstan' } },
        datePublished: '2023-04-15',
        appearance: { '@type': 'CreativeWork', url: t.sourceUrl, publisher: { '@type': 'Organization', name: 'KabulNow' } },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'missed', ratingExplanation: 'more than $3B for 2023, reported $567.5M: 19% of target, missed (the reported figure is unsourced)' },
    });
  });

  it('rates a met and a disputed target by their verdicts', () => {
    expect(reviewOf(target(), [reported(3.2e9, { sourceUrl: 'https://example.org/a' })]).review?.reviewRating).toEqual({
      '@type': 'Rating', alternateName: 'met', ratingExplanation: 'more than $3B for 2023, reported $3.2B: 107% of target, met',
    });
    const disputed = reviewOf(target(), [reported(3.2e9, { statementDate: '2024-02-01' }), reported(2e9, { statementDate: '2024-03-01' })]);
    expect(disputed.judged.verdict).toBe('disputed');
    expect(disputed.review?.reviewRating).toMatchObject({ alternateName: 'disputed' });
  });

  it('gives no review for a target not yet due, one with no reported figure, or a deleted one', () => {
    const running = reviewOf(target({ periodStart: '2026-01-01', periodEnd: '2026-12-31', periodLabel: '2026' }), [reported(1e9, { periodStart: '2026-01-01', periodEnd: '2026-06-30' })]);
    expect(running.judged.verdict).toBe('not yet due');
    expect(running.review).toBeNull();
    expect(reviewOf(target(), []).judged.verdict).toBe('no reported figure yet');
    expect(reviewOf(target(), []).review).toBeNull();
    expect(reviewOf(target({ deletedAt: '2026-02-01T00:00:00.000Z' }), [reported()]).review).toBeNull();
  });

  it('names the organisation as the claimant when no speaker is on file, and states the claim when no quote is', () => {
    const { review } = reviewOf(target({ speaker: null, speakerRole: null, quote: null, sourceUrl: null, outlet: 'Kazinform' }), [reported()]);
    expect(review?.claimReviewed).toBe('Total trade between Kazakhstan and Afghanistan will be more than $3B for 2023.');
    expect(review?.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Government of Kazakhstan' },
      datePublished: '2023-04-15',
      appearance: { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'Kazinform' } },
    });
  });

  it('dates the review to when its verdict was first there to read, not to today', () => {
    // Saved long before its period ended: reviewed the day after it ended.
    const early = target({ updatedAt: '2023-05-01T00:00:00.000Z' });
    expect(reviewOf(early, [reported(567.5e6, { updatedAt: '2023-12-20T00:00:00.000Z' })]).review?.datePublished).toBe('2024-01-01');
    // A figure saved later settles it then; judging it again a year on changes nothing.
    const later = [reported(567.5e6, { updatedAt: '2025-03-09T12:00:00.000Z' })];
    expect(reviewOf(early, later).review?.datePublished).toBe('2025-03-09');
    expect(reviewOf(early, later, '2027-06-01').review?.datePublished).toBe('2025-03-09');
  });
});

describe('the review against schema.org’s vocabulary', () => {
  const valid = reviewOf(target(), [reported()]).review!;
  const noSpeaker = reviewOf(target({ speaker: null, quote: null, sourceUrl: null }), [reported(3.2e9)]).review!;
  const itemReviewed = valid.itemReviewed as Record<string, unknown>;
  const errors = schemaOrgErrors('ClaimReview', {
    valid,
    noSpeaker,
    // Each of these breaks the vocabulary once, so the check is seen to catch it.
    misspelt: { ...valid, claimReviewd: valid.claimReviewed },
    unknownRatingProperty: { ...valid, reviewRating: { '@type': 'Rating', alternateName: 'missed', verdict: 'missed' } },
    personPropertyOnOrganization: { ...valid, itemReviewed: { ...itemReviewed, author: { '@type': 'Organization', name: 'Government of Kazakhstan', jobTitle: 'Government' } } },
    wrongValueType: { ...valid, itemReviewed: { ...itemReviewed, appearance: 42 } },
    unknownType: { ...valid, itemReviewed: { ...itemReviewed, '@type': 'Clam' } },
  });

  it('uses only properties schema.org defines for each type, with values of their types', () => {
    expect(errors.valid).toEqual([]);
    expect(errors.noSpeaker).toEqual([]);
  });

  it('catches an unknown property, a property of another type, a wrong value and an unknown type', () => {
    expect(errors.misspelt.join('\n')).toMatch(/claimReviewd\W* does not exist/);
    expect(errors.unknownRatingProperty.join('\n')).toMatch(/verdict\W* does not exist/);
    expect(errors.personPropertyOnOrganization.join('\n')).toMatch(/jobTitle\W* does not exist/);
    expect(errors.wrongValueType.join('\n')).toMatch(/'number' is not assignable/);
    expect(errors.unknownType.join('\n')).toMatch(/"Clam"/);
  });
});

describe('the review in the page', () => {
  const breakout = 'Trade will reach $3B.</script><script>alert(1)</script><!--';

  it('escapes every < so a quote cannot close the script element', () => {
    const text = jsonLdText({ claimReviewed: breakout });
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual({ claimReviewed: breakout });
  });

  it('renders one data block that ends where it should and reads back unchanged', () => {
    const review = reviewOf(target({ quote: breakout }), [reported()]).review!;
    const html = renderToStaticMarkup(createElement(JsonLd, { data: review }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
    expect(JSON.parse(html.slice('<script type="application/ld+json">'.length, -'</script>'.length))).toEqual(review);
  });
});
