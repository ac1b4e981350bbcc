import { describe, expect, it } from 'vitest';
import { OfficialBook, type OfficialFigureRow } from '../../app/lib/domain/official-book';
import { officialOutcome, type OfficialTarget } from '../../app/lib/domain/official-outcome';
import { piecesOf } from '../../app/lib/domain/official-periods';
import { basisWords, measureWords, officialSummary, sideNote, sideWords } from '../../app/lib/domain/official-words';
import { isTargetMet } from '../../app/lib/domain/target-met';

// Figures of our own for Tajikistan–Turkmenistan (no real statistics): each
// side's own exports and imports, by year and by month.
const TODAY = '2026-06-01';

function figure(reporter: 'TJK' | 'TKM', flow: 'exports' | 'imports', period: string, valueUsd: number, fields: Partial<OfficialFigureRow> = {}): OfficialFigureRow {
  const [periodStart, periodEnd] =
    period.length === 4 ? [`${period}-01-01`, `${period}-12-31`] : [`${period}-01`, `${period}-${new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate()}`];
  return { reporter, partner: reporter === 'TJK' ? 'TKM' : 'TJK', flow, periodStart, periodEnd, valueUsd, source: 'UN Comtrade', releaseDate: '2024-07-01', ...fields };
}

function target(fields: Partial<OfficialTarget> = {}): OfficialTarget {
  return {
    id: 1, economyA: 'TJK', economyB: 'TKM', origin: 'TJK', flow: 'exports', kind: 'projected', periodStart: '2023-01-01', periodEnd: '2023-12-31',
    periodLabel: '2023', valueUsd: 1e9, hedge: 'more than', statementDate: '2022-03-01', derivedFromId: null, ...fields,
  };
}

const YEAR_2023 = [figure('TJK', 'exports', '2023', 600e6), figure('TJK', 'imports', '2023', 200e6), figure('TKM', 'imports', '2023', 640e6), figure('TKM', 'exports', '2023', 190e6)];

describe('the pieces of a period', () => {
  it('splits a period into whole calendar years and the single months of years it covers in part', () => {
    expect(piecesOf('2023-01-01', '2023-12-31')).toEqual([{ kind: 'year', year: 2023 }]);
    expect(piecesOf('2023-01-01', '2023-05-31')).toHaveLength(5);
    const fiscal = piecesOf('2022-07-01', '2023-06-30')!;
    expect(fiscal.map((p) => (p.kind === 'month' ? `${p.year}-${p.month}` : p.year))).toEqual(['2022-7', '2022-8', '2022-9', '2022-10', '2022-11', '2022-12', '2023-1', '2023-2', '2023-3', '2023-4', '2023-5', '2023-6']);
    expect(piecesOf('2021-01-01', '2023-12-31')).toEqual([2021, 2022, 2023].map((year) => ({ kind: 'year', year })));
  });

  it('has none for a period that starts or ends inside a month', () => {
    expect(piecesOf('2024-01-01', '2024-05-15')).toBeNull();
    expect(piecesOf('2024-01-02', '2024-12-31')).toBeNull();
  });
});

describe('the official figure for a target, from each side', () => {
  it('gives for exports A→B A’s reported exports and B’s reported imports from A (the mirror), each with share and verdict', () => {
    const outcome = officialOutcome(target({ valueUsd: 620e6, hedge: 'at least' }), new OfficialBook(YEAR_2023), TODAY);
    const [a, b] = outcome.sides;
    expect([a.reporter, a.measure, a.valueUsd, a.verdict]).toEqual(['TJK', 'own flow', 600e6, 'missed']);
    expect([b.reporter, b.measure, b.valueUsd, b.verdict]).toEqual(['TKM', 'mirror', 640e6, 'met']);
    expect(a.ratio).toBeCloseTo(600 / 620);
    expect(measureWords(b)).toBe('Turkmenistan’s reported imports from Tajikistan (mirror)');
    expect(officialSummary(outcome, 'exports')).toBe('Tajikistan reports $600M (97%, missed); Turkmenistan reports $640M (103%, met)');
    expect([a.sources, a.releaseDate, basisWords(a)]).toEqual([['UN Comtrade'], '2024-07-01', 'the annual figure']);
  });

  it('mirrors imports likewise: A’s reported imports from B, then B’s reported exports to A', () => {
    const imports = target({ flow: 'imports', origin: 'TKM', valueUsd: 150e6, hedge: 'exact' });
    const [a, b] = officialOutcome(imports, new OfficialBook(YEAR_2023), TODAY).sides;
    expect([a.reporter, a.directions, a.valueUsd, a.verdict]).toEqual(['TJK', ['imports'], 200e6, 'met']);
    expect([b.reporter, b.directions, b.valueUsd, b.verdict]).toEqual(['TKM', ['exports'], 190e6, 'met']);
    expect(measureWords(b)).toBe('Turkmenistan’s reported exports to Tajikistan (mirror)');
  });

  it('adds up each side’s exports and imports for total trade', () => {
    const [a, b] = officialOutcome(target({ flow: 'total', origin: null, valueUsd: 1e9 }), new OfficialBook(YEAR_2023), TODAY).sides;
    expect([a.valueUsd, a.ratio, a.verdict, basisWords(a)]).toEqual([800e6, 0.8, 'missed', '2 annual figures added up']);
    expect([b.valueUsd, b.verdict]).toEqual([830e6, 'missed']);
  });

  it('never passes one direction off as total trade: a side that gave only its exports has no total, and says why', () => {
    const rows = [figure('TJK', 'exports', '2023', 600e6), figure('TKM', 'imports', '2023', 640e6)];
    const outcome = officialOutcome(target({ flow: 'total', origin: null, valueUsd: 500e6 }), new OfficialBook(rows), TODAY);
    expect(outcome.sides.map((s) => [s.valueUsd, s.verdict])).toEqual([[null, 'no official figure'], [null, 'no official figure']]);
    expect(sideWords(outcome.sides[0], 'total')).toBe('Tajikistan: only its exports to Turkmenistan on file (part of total trade)');
    expect(sideNote(outcome, 1)).toBe('only its imports from Tajikistan on file (part of total trade)');
  });

  it('sets each side’s exports against its imports for a balance, from the side the target is seen from', () => {
    // Tajikistan's surplus: its own 600 − 200 = 400; Turkmenistan's records: imports 640 − exports 190 = 450.
    const [a, b] = officialOutcome(target({ flow: 'balance', valueUsd: 420e6, hedge: 'exact' }), new OfficialBook(YEAR_2023), TODAY).sides;
    expect([a.reporter, a.measure, a.valueUsd, a.ratio, a.verdict]).toEqual(['TJK', 'balance', 400e6, null, 'missed']);
    expect([b.reporter, b.measure, b.valueUsd, b.verdict]).toEqual(['TKM', 'mirrored balance', 450e6, 'met']);
    expect(sideWords(a, 'balance')).toBe('Tajikistan reports a surplus of $400M (missed)');
  });

  it('judges a balance stated by the other side in its stater’s direction, as the reported verdict does', () => {
    // Turkmenistan said its deficit with Tajikistan would be less than $420M; seen from Tajikistan that is +$420M.
    const flipped = target({ flow: 'balance', economyA: 'TKM', economyB: 'TJK', origin: 'TJK', valueUsd: 420e6, hedge: 'less than' });
    const [a, b] = officialOutcome(flipped, new OfficialBook(YEAR_2023), TODAY).sides;
    expect(a.reporter).toBe('TJK');
    // A deficit of 400 is less than 420: met; 450 is not. Judged as a surplus target it would be the other way round.
    expect([a.valueUsd, a.verdict, b.valueUsd, b.verdict]).toEqual([400e6, 'met', 450e6, 'missed']);
    expect(isTargetMet({ flow: 'balance', valueUsd: 420e6, hedge: 'less than' }, 400e6)).toBe(false);
  });

  it('reads a hedge as the reported verdict does: “about $650M” is met by $600M, within 10%', () => {
    const [a] = officialOutcome(target({ valueUsd: 650e6, hedge: 'approximately' }), new OfficialBook(YEAR_2023), TODAY).sides;
    expect(a.verdict).toBe('met');
    expect(a.verdict === 'met').toBe(isTargetMet({ flow: 'exports', valueUsd: 650e6, hedge: 'approximately' }, 600e6));
  });

  it('is not yet due before the target’s period has ended', () => {
    const outcome = officialOutcome(target({ periodStart: '2026-01-01', periodEnd: '2026-12-31', periodLabel: '2026' }), new OfficialBook(YEAR_2023), TODAY);
    expect(outcome.sides.map((s) => s.verdict)).toEqual(['not yet due', 'not yet due']);
    expect(officialSummary(outcome, 'exports')).toBe('not yet due');
  });

  it('has no official figure on file when neither side reported the period', () => {
    const outcome = officialOutcome(target({ periodStart: '2019-01-01', periodEnd: '2019-12-31', periodLabel: '2019' }), new OfficialBook(YEAR_2023), TODAY);
    expect(outcome.sides.map((s) => s.verdict)).toEqual(['no official figure', 'no official figure']);
    expect(officialSummary(outcome, 'exports')).toBe('no official figure on file');
  });
});

describe('like for like: part-years, fiscal years and several years', () => {
  const months = (reporter: 'TJK' | 'TKM', flow: 'exports' | 'imports', year: number, from: number, to: number, each: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => figure(reporter, flow, `${year}-${String(from + i).padStart(2, '0')}`, each));
  const janToMay = target({ periodStart: '2023-01-01', periodEnd: '2023-05-31', periodLabel: 'Jan–May 2023', valueUsd: 300e6 });

  it('adds up the months of a part-year claim, and never uses the annual figure for it', () => {
    const book = new OfficialBook([...YEAR_2023, ...months('TJK', 'exports', 2023, 1, 5, 50e6), ...months('TKM', 'imports', 2023, 1, 5, 56e6)]);
    const [a, b] = officialOutcome(janToMay, book, TODAY).sides;
    expect([a.valueUsd, a.verdict, basisWords(a)]).toEqual([250e6, 'missed', '5 monthly figures added up']);
    expect(b.valueUsd).toBeCloseTo(280e6);
  });

  it('says how many months are missing rather than comparing part of a part-year', () => {
    const book = new OfficialBook([...months('TJK', 'exports', 2023, 1, 3, 50e6), ...months('TKM', 'imports', 2023, 1, 5, 56e6)]);
    const outcome = officialOutcome(janToMay, book, TODAY);
    expect(outcome.sides[0].valueUsd).toBeNull();
    expect(sideWords(outcome.sides[0], 'exports')).toBe('Tajikistan: monthly figures incomplete: 3 of 5 months');
    expect(outcome.sides[1].verdict).toBe('missed');
  });

  it('adds up a fiscal year July–June from the months of two calendar years', () => {
    const fiscal = target({ periodStart: '2022-07-01', periodEnd: '2023-06-30', periodLabel: 'FY2022-23', valueUsd: 500e6, hedge: 'exact' });
    const book = new OfficialBook([...YEAR_2023, figure('TJK', 'exports', '2022', 1e9), ...months('TJK', 'exports', 2022, 7, 12, 40e6), ...months('TJK', 'exports', 2023, 1, 6, 45e6)]);
    const [a, b] = officialOutcome(fiscal, book, TODAY).sides;
    expect([a.valueUsd, a.verdict, a.monthly, a.annual]).toEqual([510e6, 'met', 12, 0]);
    // Turkmenistan's annual figures cover the same months, but not like for like.
    expect([b.valueUsd, b.verdict]).toEqual([null, 'no official figure']);
  });

  it('adds up the years of a multi-year period only when every year is on file', () => {
    const span = target({ periodStart: '2021-01-01', periodEnd: '2023-12-31', periodLabel: '2021–2023', valueUsd: 1.5e9 });
    const book = new OfficialBook([...YEAR_2023, figure('TJK', 'exports', '2021', 500e6), figure('TJK', 'exports', '2022', 550e6), figure('TKM', 'imports', '2021', 520e6)]);
    const outcome = officialOutcome(span, book, TODAY);
    expect([outcome.sides[0].valueUsd, outcome.sides[0].verdict, basisWords(outcome.sides[0])]).toEqual([1.65e9, 'met', '3 annual figures added up']);
    expect(sideWords(outcome.sides[1], 'exports')).toBe('Turkmenistan: annual figures incomplete: 2 of 3 years');
  });

  it('makes a calendar year of its twelve months when no annual figure is on file, and prefers the annual one when both are', () => {
    const year = months('TJK', 'exports', 2024, 1, 12, 10e6);
    const [fromMonths] = officialOutcome(target({ periodStart: '2024-01-01', periodEnd: '2024-12-31', periodLabel: '2024', valueUsd: 100e6 }), new OfficialBook(year), TODAY).sides;
    expect([fromMonths.valueUsd, basisWords(fromMonths)]).toEqual([120e6, '12 monthly figures added up']);
    const [fromYear] = officialOutcome(target({ periodStart: '2024-01-01', periodEnd: '2024-12-31', periodLabel: '2024' }), new OfficialBook([...year, figure('TJK', 'exports', '2024', 125e6)]), TODAY).sides;
    expect(fromYear.valueUsd).toBe(125e6);
    const [partYear] = officialOutcome(target({ periodStart: '2024-01-01', periodEnd: '2024-12-31', periodLabel: '2024' }), new OfficialBook(year.slice(0, 7)), TODAY).sides;
    expect(sideWords(partYear, 'exports')).toBe('Tajikistan: monthly figures incomplete: 7 of 12 months');
  });

  it('has no figure for a period that starts or ends inside a month, and says why', () => {
    const outcome = officialOutcome(target({ periodStart: '2023-01-01', periodEnd: '2023-05-15', periodLabel: '1 Jan–15 May 2023' }), new OfficialBook(YEAR_2023), TODAY);
    expect(outcome.comparable).toBe(false);
    expect(outcome.sides.map((s) => s.verdict)).toEqual(['no official figure', 'no official figure']);
    expect(sideNote(outcome, 0)).toBe('official statistics come by calendar year and month, and this period is not whole months');
  });

  it('never adds a quarter or other span into a period', () => {
    const quarter = { ...figure('TJK', 'exports', '2023', 100e6), periodStart: '2023-01-01', periodEnd: '2023-03-31' };
    const [a] = officialOutcome(target({ periodStart: '2023-01-01', periodEnd: '2023-03-31', periodLabel: 'Q1 2023' }), new OfficialBook([quarter]), TODAY).sides;
    expect(a.verdict).toBe('no official figure');
  });
});

describe('sources', () => {
  it('never mixes two sources in one sum; a complete source wins, the latest released first', () => {
    const other = (row: OfficialFigureRow, releaseDate: string) => ({ ...row, source: 'National statistics', releaseDate });
    const janToFeb = target({ periodStart: '2023-01-01', periodEnd: '2023-02-28', periodLabel: 'Jan–Feb 2023', valueUsd: 100e6 });
    const mixed = [figure('TJK', 'exports', '2023-01', 40e6), other(figure('TJK', 'exports', '2023-02', 45e6), '2024-09-01')];
    expect(officialOutcome(janToFeb, new OfficialBook(mixed), TODAY).sides[0].valueUsd).toBeNull();

    const both = [...mixed, figure('TJK', 'exports', '2023-02', 42e6), other(figure('TJK', 'exports', '2023-01', 41e6), '2024-09-01')];
    const [a] = officialOutcome(janToFeb, new OfficialBook(both), TODAY).sides;
    expect([a.valueUsd, a.sources, a.releaseDate]).toEqual([86e6, ['National statistics'], '2024-09-01']);
  });

  it('keeps a sum to 15 significant digits, as stored figures are', () => {
    // $100,000.10 + $200,000.20 is 300000.30000000005 in floating point.
    const cents = [figure('TJK', 'exports', '2023', 100000.1), figure('TJK', 'imports', '2023', 200000.2)];
    expect(officialOutcome(target({ flow: 'total', origin: null, valueUsd: 1e6 }), new OfficialBook(cents), TODAY).sides[0].valueUsd).toBe(300000.3);
    const rows = [figure('TJK', 'exports', '2023', 547.02e6), figure('TJK', 'imports', '2023', 20.48e6)];
    const [a] = officialOutcome(target({ flow: 'total', origin: null, valueUsd: 3e9 }), new OfficialBook(rows), TODAY).sides;
    expect(a.valueUsd).toBe(567.5e6);
    expect(sideWords(a, 'total')).toBe('Tajikistan reports $567.5M (19%, missed)');
  });
});
