import type { StatedBy } from '../../domain/stated-by';
import type { Money } from '../money/amounts';
import type { Pair } from '../roles/pair-in-text';
import { lastAtOrBefore, type Document } from '../text/document';
import { statedByOf } from './periods-in-text';

// The economy that reports a figure names its fiscal years its own way: "FY25" in
// a Bangladeshi paper is Bangladesh's July–June year even when India comes first.
// Evidence, strongest first: a figure in B's own currency; one side only named as
// the source in the figure's sentence ("the Nepal Rastra Bank said", "Bangladesh's
// commerce ministry"); the outlet's country (its country-code address); one side
// only named as a source anywhere; the text naming one side only as the partner
// ("imports from India", "trade with India") and never the other.

// "to India", "from India", "with India": the economy after is the partner.
const PARTNER_BEFORE = /(?:\bto|\bfrom|\bwith|\binto|\bagainst|\bvis-à-vis)\s+(?:the\s+)?$/i;

// "Nepal Rastra Bank", "Bangladesh's commerce ministry", "Pakistan Bureau of Statistics": the economy after is the source.
const INSTITUTION_AFTER = /^(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:bank|ministry|customs|bureau|department|office|agency|authority|board|statistics|statistical|commission|chamber|council|embassy|government|officials?|minister|ambassador|envoy|institute|service|administration|committee)\b/i;

interface Roles {
  /** Per economy: how often it is named as the partner. */
  partner: Map<string, number>;
  /** Per economy: the offsets (in the whole text) where it is named as a source. */
  source: Map<string, number[]>;
}

const read = new WeakMap<Document, Roles>();

/** How each economy is named, as partner or as source, read once per document. */
function rolesOf(doc: Document): Roles {
  let roles = read.get(doc);
  if (!roles) {
    roles = { partner: new Map(), source: new Map() };
    for (const m of doc.mentions) {
      if (m.capital) continue;
      const partner = PARTNER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 16), m.start));
      roles.partner.set(m.code, (roles.partner.get(m.code) ?? 0) + (partner ? 1 : 0));
      if (!INSTITUTION_AFTER.test(doc.text.slice(m.end, m.end + 60))) continue;
      const at = roles.source.get(m.code);
      if (at) at.push(m.start);
      else roles.source.set(m.code, [m.start]);
    }
    read.set(doc, roles);
  }
  return roles;
}

/** Which of the pair alone is named as a source within [from, to); null for neither or both. */
function soleSource(roles: Roles, pair: Pair, from: number, to: number): string | null {
  // Offsets are in text order: the last one before `to` tells.
  const named = (code: string) => {
    const at = roles.source.get(code) ?? [];
    return (at[lastAtOrBefore(at, (x) => x, to - 1)] ?? -1) >= from;
  };
  const [a, b] = [named(pair.a), named(pair.b)];
  return a === b ? null : a ? pair.a : pair.b;
}

/** Who states a figure of `pair` in sentence `index`, economy A first: see the note above. */
export function reportingEconomy(doc: Document, index: number, pair: Pair, money: Pick<Money, 'currency'> & { sharedName?: boolean }): StatedBy {
  const byCurrency = statedByOf(pair, money);
  if (byCurrency.economyA !== pair.a) return byCurrency;
  const swapped = { economyA: pair.b, economyB: pair.a };
  const roles = rolesOf(doc);
  const sentence = doc.sentences[index];
  const source = sentence ? soleSource(roles, pair, sentence.start, sentence.start + sentence.text.length) : null;
  if (source) return source === pair.a ? byCurrency : swapped;
  if (doc.outletEconomy === pair.b) return swapped;
  if (doc.outletEconomy === pair.a) return byCurrency;
  const anywhere = soleSource(roles, pair, 0, doc.text.length);
  if (anywhere) return anywhere === pair.a ? byCurrency : swapped;
  const [asPartnerA, asPartnerB] = [roles.partner.get(pair.a), roles.partner.get(pair.b)];
  // B is never named as the partner, while A is, twice or more: B speaks.
  return (asPartnerB ?? 0) === 0 && (asPartnerA ?? 0) >= 2 ? swapped : byCurrency;
}
