import type { Flow, Hedge, Kind } from '../../app/lib/domain/vocabulary';
import { economyName } from '../../app/lib/domain/economies';
import { originOf, pairKey } from '../../app/lib/domain/pair';
import { seededRandom, weighted } from './random';

/** 21 real ISO alpha-3 codes; their 210 pairs give the ~200 the bench spreads statements over. */
export const ECONOMIES = ['KAZ', 'AFG', 'UZB', 'RUS', 'CHN', 'IND', 'PAK', 'USA', 'TUR', 'IRN', 'TKM', 'TJK', 'KGZ', 'DEU', 'JPN', 'KOR', 'NPL', 'BGD', 'ARE', 'GBR', 'FRA'];
export const PAIR_COUNT = 200;
export const FIRST_YEAR = 1996;
export const LAST_YEAR = 2025;

/** The statements table's columns in the order `syntheticRows` fills them. */
export const COLUMNS = [
  'id', 'economy_a', 'economy_b', 'pair', 'flow', 'origin', 'kind', 'period_start', 'period_end', 'period_label',
  'value_text', 'value_stated', 'currency', 'usd_rate', 'value_usd', 'rate_origin', 'hedge', 'speaker', 'speaker_role', 'organisation',
  'outlet', 'source_url', 'quote', 'statement_date', 'published_date', 'notes', 'derived_from_id', 'derivation',
  'created_at', 'updated_at',
] as const;
export type Row = (string | number | null)[];

const pickFlow = weighted<Flow>([['total', 48], ['exports', 23], ['imports', 23], ['balance', 6]]);
const pickKind = weighted<Kind>([['reported', 70], ['projected', 30]]);
const pickReportedHedge = weighted<Hedge>([['exact', 55], ['approximately', 25], ['more than', 7], ['nearly', 5], ['at least', 4], ['less than', 2], ['up to', 2]]);
const pickProjectedHedge = weighted<Hedge>([['exact', 20], ['approximately', 15], ['more than', 25], ['at least', 15], ['up to', 15], ['nearly', 5], ['less than', 5]]);
type Shape = 'year' | 'fiscal' | 'quarter' | 'half' | 'months';
const pickReportedShape = weighted<Shape>([['year', 68], ['fiscal', 5], ['quarter', 10], ['half', 7], ['months', 10]]);
const pickProjectedShape = weighted<Shape>([['year', 92], ['fiscal', 8]]);
const CURRENCIES: [string, string, number][] = [['CNY', 'yuan', 0.14], ['INR', 'rupees', 0.012], ['RUB', 'roubles', 0.011], ['EUR', 'euros', 1.1], ['KZT', 'tenge', 0.0021]];
const HEDGE_WORDS: Record<Hedge, string> = { exact: '', approximately: 'about ', 'more than': 'more than ', 'at least': 'at least ', 'less than': 'less than ', 'up to': 'up to ', nearly: 'nearly ' };
const SPEAKERS: [string | null, string, string][] = [
  ['Serik Zhumangarin', 'Minister of Trade and Integration', 'Ministry of Trade and Integration'],
  ['Nooruddin Azizi', 'Acting Minister of Industry and Commerce', 'Ministry of Industry and Commerce'],
  ['Laziz Kudratov', 'Minister of Investment, Industry and Trade', 'Ministry of Investment'],
  ['Maxim Reshetnikov', 'Minister of Economic Development', 'Ministry of Economic Development'],
  ['Wang Wentao', 'Minister of Commerce', 'Ministry of Commerce'],
  ['Piyush Goyal', 'Minister of Commerce and Industry', 'Ministry of Commerce and Industry'],
  ['Jam Kamal Khan', 'Federal Minister for Commerce', 'Ministry of Commerce'],
  ['Ömer Bolat', 'Minister of Trade', 'Ministry of Trade'],
  [null, 'Spokesperson', 'Chamber of Commerce'],
  ['Anna Schmidt', 'Trade Attaché', 'Embassy'],
];
const OUTLETS = ['Kazinform', 'Interfax', 'The Astana Times', 'KabulNow', 'TASS', 'Xinhua', 'The Hindu', 'Dawn', 'Anadolu Agency', 'Reuters', 'Daryo', 'Tolo News'].map((name) => ({
  name,
  url: `https://news.example.org/${name.toLowerCase().replace(/\W+/g, '-')}/`,
}));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_END = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_END[m - 1]}`;

/** The first PAIR_COUNT pairs of the codes above, KAZ-AFG first. */
export function benchPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < ECONOMIES.length; i++) for (let j = i + 1; j < ECONOMIES.length; j++) pairs.push([ECONOMIES[i], ECONOMIES[j]]);
  return pairs.slice(0, PAIR_COUNT);
}

const DAY_MS = 86_400_000;

/** ISO dates by day number, so a million rows do not each build a Date. */
class Days {
  private readonly iso: string[] = [];
  private readonly first: number;
  private readonly last: number;
  constructor(from: number, to: number, today: string) {
    this.first = Date.UTC(from, 0, 1) / DAY_MS;
    this.last = Math.min(Date.UTC(to, 11, 31), Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
    for (let d = this.first; d <= this.last; d++) this.iso.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
  }
  /** The date `days` after (or before) y-m-d, never after today. */
  shift(y: number, m: number, d: number, days: number): string {
    const day = Math.min(Math.max(Date.UTC(y, m - 1, d) / DAY_MS + days, this.first), this.last);
    return this.iso[day - this.first];
  }
  shiftIso(date: string, days: number): string {
    return this.shift(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)), days);
  }
}

function period(shape: Shape, year: number, r: () => number): { start: string; end: string; label: string } {
  switch (shape) {
    case 'year':
      return { start: `${year}-01-01`, end: `${year}-12-31`, label: String(year) };
    case 'fiscal':
      return { start: `${year}-04-01`, end: `${year + 1}-03-31`, label: `FY${year}-${String(year + 1).slice(2)}` };
    case 'quarter': {
      const q = 1 + Math.floor(r() * 4);
      return { start: `${year}-${pad(q * 3 - 2)}-01`, end: monthEnd(year, q * 3), label: `Q${q} ${year}` };
    }
    case 'half':
      return { start: `${year}-01-01`, end: `${year}-06-30`, label: `H1 ${year}` };
    case 'months': {
      const m = 2 + Math.floor(r() * 9);
      return { start: `${year}-01-01`, end: monthEnd(year, m), label: `Jan–${MONTHS[m - 1]} ${year}` };
    }
  }
}

function amountText(value: number, unit: string): string {
  return value >= 1e9 ? `${(value / 1e9).toFixed(2)} billion ${unit}` : `${(value / 1e6).toFixed(1)} million ${unit}`;
}

/**
 * `count` statements over PAIR_COUNT pairs (spread evenly, so KAZ-AFG holds
 * about 1/200 of them) and 30 years, as rows in COLUMNS order with ids from
 * `firstId`: about half total trade, 6% trade balances (signed), the rest
 * split between the two directions; 70%
 * reported (27% of those for part of a year, 5% for a fiscal year), 30%
 * targets up to 2030; hedges, other currencies (8%), notes (10%) and derived
 * figures (2% of annual reported ones) in shares such statements have.
 */
export function* syntheticRows(count: number, firstId: number, today: string): Generator<Row> {
  const r = seededRandom(20_231_415);
  const pairs = benchPairs().map(([a, b]) => ({ a, b, key: pairKey(a, b), base: 1e7 * 10 ** (r() * 3.5), growth: 0.02 + r() * 0.08 }));
  const days = new Days(FIRST_YEAR - 6, LAST_YEAR + 6, today);
  const lastReported = new Map<string, { id: number; label: string }>();
  const createdAt = `${today}T00:00:00.000Z`;

  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const p = pairs[Math.floor(r() * pairs.length)];
    const [a, b] = r() < 0.7 ? [p.a, p.b] : [p.b, p.a];
    const flow = pickFlow(r());
    const kind = pickKind(r());
    const reported = kind === 'reported';
    const year = reported ? FIRST_YEAR + Math.floor(r() * (LAST_YEAR - FIRST_YEAR + 1)) : FIRST_YEAR + 2 + Math.floor(r() * (LAST_YEAR + 5 - FIRST_YEAR - 1));
    const shape = reported ? pickReportedShape(r()) : pickProjectedShape(r());
    const { start, end, label } = period(shape, year, r);
    const months = shape === 'quarter' ? 3 : shape === 'half' ? 6 : shape === 'months' ? Number(end.slice(5, 7)) : 12;
    // A balance is a signed share of turnover: economy A's surplus or deficit.
    const flowShare = flow === 'total' ? 1 : flow === 'balance' ? (r() < 0.5 ? -1 : 1) * (0.05 + r() * 0.3) : 0.35 + r() * 0.3;
    const ambition = reported ? 1 : 1.1 + r() * 1.4;
    const dollars = Math.round(p.base * (1 + p.growth) ** (year - FIRST_YEAR) * flowShare * (months / 12) * ambition * (0.85 + r() * 0.3));
    const hedge = reported ? pickReportedHedge(r()) : pickProjectedHedge(r());
    const foreign = r() < 0.08 ? CURRENCIES[Math.floor(r() * CURRENCIES.length)] : null;
    const stated = foreign ? Math.round(dollars / foreign[2]) : dollars;
    // value_usd is value_stated × usd_rate (a CHECK holds it), to 15 significant digits as the write path keeps it.
    const usd = foreign ? Number((stated * foreign[2]).toPrecision(15)) : dollars;
    const balanceWord = flow === 'balance' ? (usd < 0 ? 'a deficit of ' : 'a surplus of ') : '';
    const valueText = `${balanceWord}${HEDGE_WORDS[hedge]}${foreign ? amountText(Math.abs(stated), foreign[1]) : `$${amountText(Math.abs(usd), 'dollars').replace(' dollars', '')}`}`;
    const statementDate = reported ? days.shiftIso(end, 20 + Math.floor(r() * 400)) : days.shiftIso(start, -(60 + Math.floor(r() * 1800)));
    const [speaker, role, organisation] = SPEAKERS[Math.floor(r() * SPEAKERS.length)];
    const outlet = OUTLETS[Math.floor(r() * OUTLETS.length)];
    const measure = `${p.key}|${flow}|${originOf(flow, a, b) ?? ''}`;
    const parent = reported && shape === 'year' && r() < 0.02 ? lastReported.get(measure) : undefined;
    const verb = reported ? 'reached' : 'is expected to exceed';
    const quote = `${speaker ?? 'The spokesperson'} said that trade between ${economyName(a)} and ${economyName(b)} ${verb} ${valueText} in ${label}, adding that both sides intend to expand cooperation in energy, transport and agriculture.`;
    if (reported && shape === 'year' && !parent) lastReported.set(measure, { id, label });
    yield [
      id, a, b, p.key, flow, originOf(flow, a, b), kind, start, end, label,
      valueText, stated, foreign?.[0] ?? 'USD', foreign?.[2] ?? null, usd, foreign ? 'editor' : null, hedge,
      speaker, role, organisation, outlet.name, `${outlet.url}${id}`, quote,
      statementDate, r() < 0.8 ? statementDate : days.shiftIso(statementDate, 1), r() < 0.1 ? 'Preliminary customs data; the final figure may differ.' : null,
      parent?.id ?? null, parent ? `Implied by the ${parent.label} figure and the growth rate stated with it.` : null,
      createdAt, createdAt,
    ];
  }
}
