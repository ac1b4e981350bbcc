import type { EconomyMention } from './economies-in-text';
import type { Pair } from './pair-in-text';

// A rank that gives its volume: "China was Germany's main trading partner … with a volume of €253 billion",
// "Germany's largest trading partner was China, with trade worth…", "With two-way trade of €252.8bn, the US
// overtook China as Germany's most important trading partner". A rank alone states no figure.

const RANK = /\btrading\s+partners?\b/gi;
// The volume that goes with the rank: "with trade worth…", "with a turnover of…", "With two-way trade of…".
const VOLUME = /\bwith\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}$/i;
const OWNER = /^['’]s?\s+(?:[\w-]+\s+){0,4}$/;
const ALSO = '(?:also\\s+|again\\s+|still\\s+|once\\s+again\\s+)?';
const VERB = new RegExp(`^\\s+${ALSO}(?:was|is|remained|remains|became|becomes|has\\s+been|had\\s+been|stayed)\\s+${ALSO}(?:the\\s+)?$`, 'i');
const VERB_AFTER = new RegExp(`^\\s+partners?\\b(?:\\s+(?:in|for|during)\\s+[\\w-]+(?:\\s+[\\w-]+)?)?\\s*,?\\s+(?:was|is|remained|remains|became|has\\s+been|had\\s+been|stayed)\\s+${ALSO}(?:the\\s+)?$`, 'i');
// "the US overtook China as Germany's…": the one overtaken stands between the partner and the owner.
const OVERTOOK = new RegExp(`^\\s+${ALSO}(?:overtook|overtakes|overtaking|has\\s+overtaken|surpassed|replaced|displaced)\\s+(?:the\\s+)?$`, 'i');
const AS = /^\s+as\s+(?:the\s+)?$/i;

/** The owner of the rank (A) and its partner (B), when the figure's flow word is the rank's "trading" or gives its volume. */
export function rankPair(sentence: string, mentions: EconomyMention[], cueStart: number, cueEnd: number): Pair | null {
  const rank = rankAt(sentence, cueStart, cueEnd);
  if (!rank) return null;
  const i = mentions.findLastIndex((m) => m.end <= rank.start);
  const owner = mentions[i];
  if (!owner || !OWNER.test(sentence.slice(owner.end, rank.start))) return null;
  const gap = (x: EconomyMention, y: EconomyMention) => sentence.slice(x.end, y.start);
  const [before, earlier, after] = [mentions[i - 1], mentions[i - 2], mentions[i + 1]];
  const partner = before && VERB.test(gap(before, owner)) ? before
    : before && earlier && AS.test(gap(before, owner)) && OVERTOOK.test(gap(earlier, before)) ? earlier
    : after && VERB_AFTER.test(sentence.slice(rank.end, after.start)) ? after : null;
  return partner && partner.code !== owner.code ? { a: owner.code, b: partner.code } : null;
}

/** The rank the cue belongs to: the cue itself ("trading partner"), or one in its clause when a volume is given "with". */
function rankAt(sentence: string, cueStart: number, cueEnd: number): { start: number; end: number } | null {
  if (/^\s+partners?\b/i.test(sentence.slice(cueEnd, cueEnd + 12))) return { start: cueStart, end: cueEnd };
  if (!VOLUME.test(sentence.slice(Math.max(0, cueStart - 30), cueStart))) return null;
  const from = Math.max(0, cueStart - 200);
  const clause = sentence.slice(from, cueEnd + 200);
  const cut = clause.indexOf(';', cueEnd - from);
  const before = [...clause.slice(0, cueStart - from).matchAll(RANK)].at(-1);
  const after = [...clause.slice(0, cut === -1 ? clause.length : cut).matchAll(RANK)].find((m) => m.index >= cueEnd - from);
  const found = before ?? after;
  return found ? { start: from + found.index, end: from + found.index + 'trading'.length } : null;
}
