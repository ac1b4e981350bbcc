import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import { flowSentence } from '../dashboard/flow-words';
import { formatValue, forPeriod } from '../domain/format';
import { restsOnUnsourced, UNSOURCED_LABEL } from '../domain/provenance';
import type { PricedStatement } from '../domain/statement';
import type { Settlement, TargetOutcome, Verdict } from '../domain/verdicts';

// A settled target as a fact check (schema.org ClaimReview), for fact-checkers'
// tools and search engines. The types are schema-dts, Google's TypeScript
// rendering of schema.org's vocabulary, so a property that schema.org does not
// define for its type fails the build (and tests/unit/claim-review.test.ts).

/**
 * The verdicts published as a review. "disputed" (sources differ on whether
 * the target was met) is one: the page states it as its finding, and
 * schema.org takes any rating text. "not yet due" and "no reported figure yet"
 * are not findings about the claim, so they get no review.
 */
export const REVIEWED_VERDICTS = ['met', 'missed', 'disputed'] as const satisfies readonly Settlement[];
export type ReviewedVerdict = (typeof REVIEWED_VERDICTS)[number];

export const isReviewed = (verdict: Verdict): verdict is ReviewedVerdict => (REVIEWED_VERDICTS as readonly string[]).includes(verdict);

/** The name the site publishes its reviews under. */
const SITE_NAME = 'Tradewatch';

/** A stored text worth stating: null, empty and blank say nothing. */
const given = (text: string | null): string | undefined => text?.trim() || undefined;

const organization = (name: string | undefined): Organization | undefined => (name ? { '@type': 'Organization', name } : undefined);

const dayAfter = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Who made the claim: the speaker as a Person with their role and
 * organisation, or the organisation itself when no speaker is on file. A
 * speaker recorded as an office ("Kazakh Prime Minister's office") is still
 * a Person here: nothing stored says which a name is.
 */
function claimant(s: PricedStatement): Person | Organization | undefined {
  const affiliation = organization(given(s.organisation));
  const speaker = given(s.speaker);
  if (!speaker) return affiliation;
  return { '@type': 'Person', name: speaker, jobTitle: given(s.speakerRole), affiliation };
}

/** Where the claim can be read: the source's address and the outlet that published it. */
function appearance(s: PricedStatement): CreativeWork | undefined {
  const url = given(s.sourceUrl);
  const outlet = given(s.outlet);
  if (!url && !outlet) return undefined;
  return { '@type': 'CreativeWork', url, publisher: organization(outlet), datePublished: given(s.publishedDate) };
}

/** The claim in the speaker's words, or, with no quote on file, in ours: "Total trade between … will be more than $3B for 2023." */
function claimText(s: PricedStatement): string {
  return given(s.quote) ?? `${flowSentence(s)} will be ${formatValue(s)} ${forPeriod(s.periodLabel)}.`;
}

/**
 * The day the review as it stands was first there to read: a verdict is given
 * the day after the target's period ends (verdicts.ts isDue) and changes only
 * when the target or a figure it is judged against is saved. Not today, which
 * would republish the same review every day, and not the figures' statement
 * dates, which may be older than this site.
 */
function reviewDate({ target, outcomes }: TargetOutcome<PricedStatement>): string {
  return [dayAfter(target.periodEnd), ...[target, ...outcomes].map((f) => f.updatedAt.slice(0, 10))].sort().at(-1)!;
}

/** The verdict's sentence, saying when it rests on a figure nobody can check yet. */
function explanation(judged: TargetOutcome<PricedStatement>): string {
  return restsOnUnsourced(judged) ? `${judged.summary} (the reported figure is ${UNSOURCED_LABEL})` : judged.summary;
}

/**
 * A target's ClaimReview, for its page at `${origin}/statements/<id>`; null
 * unless its verdict is a finding (REVIEWED_VERDICTS) and the statement is live.
 * Properties without a value are left undefined, which JSON leaves out.
 */
export function claimReviewOf(judged: TargetOutcome<PricedStatement>, origin: string): WithContext<ClaimReview> | null {
  const { target: s, verdict } = judged;
  if (!isReviewed(verdict) || s.deletedAt !== null) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${origin}/statements/${s.id}`,
    claimReviewed: claimText(s),
    datePublished: reviewDate(judged),
    author: { '@type': 'Organization', name: SITE_NAME, url: origin },
    itemReviewed: { '@type': 'Claim', author: claimant(s), datePublished: s.statementDate, appearance: appearance(s) },
    // Textual only: met, missed and disputed are not points on a scale, so no ratingValue between worstRating and bestRating.
    reviewRating: { '@type': 'Rating', alternateName: verdict, ratingExplanation: explanation(judged) },
  };
}
