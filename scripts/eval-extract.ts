// Scores the extraction engine against labelled passages and prints recall and
// precision. Usage: npx tsx scripts/eval-extract.ts [passages.json]
// Always exits 0: it is a report, not a test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractStatements, type ExtractedStatement } from '../app/lib/extract';
import { resolveEconomy } from '../app/lib/domain/economies';
import { fiscalYear, splitYearRule } from '../app/lib/domain/period';

interface Relative {
  type: string;
  value: number | null;
  direction?: string;
  baseline?: string;
}

interface Label {
  country_a: string;
  country_b: string;
  kind: string;
  value: number | null;
  currency: string | null;
  unit: string | null;
  qualifier: string;
  period: string;
  flow: string;
  relative?: Relative;
}

interface Passage {
  id: string;
  passage: string;
  url: string | null;
  eval_date: string;
  statements: Label[];
}

/** What a proposal must match; `period: 'any'` where the label leaves the period open. */
interface Expected {
  a: string;
  b: string;
  flow: string;
  kind: string;
  value: number;
  currency: string;
  qualifier: string | null;
  period: { start: string; end: string } | 'any';
  text: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOLERANCE = 0.005;
const UNIT_EXPONENTS: Record<string, number> = { thousand: 3, lakh: 5, million: 6, crore: 7, billion: 9, trillion: 12 };

function main(): void {
  const file = process.argv[2] ? resolve(process.argv[2]) : resolve(ROOT, '../shared/data/passages-dev.json');
  let passages: Passage[];
  try {
    passages = JSON.parse(readFileSync(file, 'utf8')) as Passage[];
  } catch (error) {
    console.log(`Could not read ${file}: ${(error as Error).message}`);
    return;
  }
  console.log(`Extraction eval on ${file}\n`);

  let labelled = 0;
  let found = 0;
  let proposed = 0;
  let matchedProposals = 0;
  let skippedNull = 0;
  const rows: string[][] = [['passage', 'labels', 'found', 'missed', 'proposals', 'matched', 'extra', 'ms']];
  const details: string[] = [];

  for (const passage of passages) {
    const started = performance.now();
    let proposals: ExtractedStatement[] = [];
    try {
      proposals = extractStatements({ text: passage.passage, statementDate: passage.eval_date, url: passage.url });
    } catch (error) {
      details.push(`${passage.id}: the engine threw: ${(error as Error).message}`);
    }
    const ms = performance.now() - started;

    const scored: Expected[] = [];
    const implied: Expected[] = [];
    for (const label of passage.statements) {
      if (label.value === null) {
        skippedNull++;
        continue;
      }
      const expected = toExpected(label);
      if (!expected) {
        details.push(`${passage.id}: label not understood by the eval, skipped: ${JSON.stringify(label)}`);
        continue;
      }
      scored.push(expected);
      const baseline = impliedBaseline(label, expected);
      if (baseline) implied.push(baseline);
    }

    const used = new Set<number>();
    const missed: Expected[] = [];
    for (const expected of scored) {
      const i = proposals.findIndex((p, j) => !used.has(j) && matches(p, expected));
      if (i === -1) missed.push(expected);
      else used.add(i);
    }
    const labelsFound = scored.length - missed.length;
    // A derived figure is right when it is the baseline a labelled relative claim implies.
    const impliedUsed = new Set<number>();
    proposals.forEach((p, j) => {
      if (used.has(j) || p.derivedFrom === null) return;
      const k = implied.findIndex((e, n) => !impliedUsed.has(n) && matches(p, e));
      if (k !== -1) {
        impliedUsed.add(k);
        used.add(j);
      }
    });

    labelled += scored.length;
    found += labelsFound;
    proposed += proposals.length;
    matchedProposals += used.size;
    const extra = proposals.filter((_, j) => !used.has(j));
    rows.push([passage.id, String(scored.length), String(labelsFound), String(missed.length), String(proposals.length), String(used.size), String(extra.length), ms.toFixed(0)]);
    for (const m of missed) details.push(`${passage.id} missed: ${m.text}`);
    for (const p of extra) details.push(`${passage.id} extra:  ${describe(p)}`);
  }

  printTable(rows);
  if (details.length > 0) console.log(`\n${details.join('\n')}`);
  const recall = labelled ? found / labelled : 0;
  const precision = proposed ? matchedProposals / proposed : 0;
  console.log(`\nSkipped labels: ${skippedNull} with no value (a ratio or direction only).`);
  console.log('Derived figures (derivedFrom set) count as matched when they equal the baseline a labelled relative claim implies.');
  console.log(`\nRecall:    ${pct(recall)}  (${found} of ${labelled} labelled statements found)   target ≥ 90%  ${recall >= 0.9 ? 'MET' : 'NOT MET'}`);
  console.log(`Precision: ${pct(precision)}  (${matchedProposals} of ${proposed} proposals match)          target ≥ 90%  ${precision >= 0.9 ? 'MET' : 'NOT MET'}`);
}

function toExpected(label: Label): Expected | null {
  const a = resolveEconomy(label.country_a);
  const b = resolveEconomy(label.country_b);
  const period = periodOf(label.period);
  const exponent = label.unit ? UNIT_EXPONENTS[label.unit.toLowerCase()] : 0;
  if (!a || !b || !period || exponent === undefined || label.value === null || !label.currency) return null;
  return {
    a,
    b,
    flow: label.flow,
    kind: label.kind,
    value: Number(`${label.value}e${exponent}`),
    currency: label.currency,
    qualifier: label.qualifier,
    period,
    text: `${label.kind} ${label.flow} ${a}-${b} ${label.qualifier} ${label.value} ${label.unit ?? ''} ${label.currency}, ${label.period}`,
  };
}

/** The baseline figure a relative claim implies: $1bn after "a twofold rise" was $0.5bn before. */
function impliedBaseline(label: Label, parent: Expected): Expected | null {
  const relative = label.relative;
  if (!relative?.baseline || relative.value === null) return null;
  const up = relative.direction !== 'decrease';
  let factor: number;
  if (relative.type === 'multiple') factor = up ? relative.value : 1 / relative.value;
  else if (relative.type === 'percent_change') factor = up ? 1 + relative.value / 100 : 1 - relative.value / 100;
  else return null;
  const period = periodOf(relative.baseline);
  if (!period) return null;
  const value = parent.value / factor;
  return { ...parent, kind: 'reported', value, qualifier: null, period, text: `baseline of ${parent.text}: ${value.toPrecision(4)}, ${relative.baseline}` };
}

function periodOf(text: string): Expected['period'] | null {
  if (/^(?:unspecified|as of)\b/i.test(text)) return 'any';
  const year = /^(?:target )?year (\d{4})\b/i.exec(text);
  if (year) return months(Number(year[1]), 1, Number(year[1]), 12);
  const range = /(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})/.exec(text);
  const fiscal = /^FY(\d{4})-(\d{2})\b(?: \(([A-Za-z ]+))?/i.exec(text);
  if (range && (fiscal || /^\d{4}-\d{2}\.\./.test(text))) return months(Number(range[1]), Number(range[2]), Number(range[3]), Number(range[4]));
  if (fiscal) return fiscalYear(Number(fiscal[1]), splitYearRule({ economyA: fiscal[3] ? resolveEconomy(fiscal[3]) : null }));
  const quarter = /^(\d{4})-Q([1-4])\b/i.exec(text);
  if (quarter) return months(Number(quarter[1]), Number(quarter[2]) * 3 - 2, Number(quarter[1]), Number(quarter[2]) * 3);
  return null;
}

function months(fromYear: number, from: number, toYear: number, to: number): { start: string; end: string } {
  const last = new Date(Date.UTC(toYear, to, 0)).getUTCDate();
  return { start: `${fromYear}-${pad(from)}-01`, end: `${toYear}-${pad(to)}-${pad(last)}` };
}

function matches(p: ExtractedStatement, e: Expected): boolean {
  // A balance is signed from economy A's side: A's surplus of X is B's balance of −X.
  const mirrored = e.flow === 'balance' && p.economyA === e.b && p.economyB === e.a;
  if (mirrored) p = { ...p, value: -p.value };
  const pair =
    e.flow === 'total' || e.flow === 'balance'
      ? p.flow === e.flow && ((p.economyA === e.a && p.economyB === e.b) || (p.economyA === e.b && p.economyB === e.a))
      : (p.flow === e.flow && p.economyA === e.a && p.economyB === e.b) ||
        (p.flow === (e.flow === 'exports' ? 'imports' : 'exports') && p.economyA === e.b && p.economyB === e.a);
  return (
    pair &&
    p.kind === e.kind &&
    p.currency === e.currency &&
    (e.qualifier === null || p.qualifier === e.qualifier) &&
    Math.abs(p.value - e.value) <= TOLERANCE * e.value &&
    (e.period === 'any' || (p.periodStart === e.period.start && p.periodEnd === e.period.end))
  );
}

function describe(p: ExtractedStatement): string {
  const derived = p.derivedFrom === null ? '' : ` (derived from #${p.derivedFrom})`;
  return `${p.kind} ${p.flow} ${p.economyA}-${p.economyB} ${p.qualifier} ${p.value} ${p.currency}, ${p.periodStart}..${p.periodEnd}${derived} “${p.valueText}”`;
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`.padStart(6);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

main();
