import { checkOfficialFigure, type OfficialFigureCandidate, type OfficialFigureErrors } from '../domain/official-figure-rules';
import { economyOfCells, type EconomyReading } from './comtrade-codes';
import { type ComtradeField, ComtradeCells, type ComtradeLayout } from './comtrade-layouts';
import { comtradePeriod } from './comtrade-period';
import { RepeatedFigures } from './comtrade-repeats';
import { flowOf, partOfTradeSkip, SKIP, type Skip } from './comtrade-skips';
import { RowChecker, type RowResult } from './row-result';

export const COMTRADE_SOURCE = 'UN Comtrade';

const FIELD_OF_ERROR: Record<keyof OfficialFigureErrors, ComtradeField> = {
  reporter: 'reporterCode',
  partner: 'partnerCode',
  periodStart: 'period',
  periodEnd: 'period',
  valueUsd: 'value',
  releaseDate: 'releaseDate',
};

/** Comtrade's bulk files carry the release as lastReleased; a hand-made file may say releaseDate. */
function releaseDateOf(cells: ComtradeCells): string | null {
  const date = cells.get('releaseDate').slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** The economy a side of the row names, by its code or ISO cell, described for a message by what the file calls it. */
function sideOf(cells: ComtradeCells, side: 'reporter' | 'partner'): { reading: EconomyReading; code: string; shown: string; field: ComtradeField } {
  const [codeField, isoField, nameField] = [`${side}Code`, `${side}Iso`, `${side}Name`] as const;
  const code = cells.get(codeField) || cells.get(isoField);
  const name = cells.get(nameField);
  const shown = [code, name && name !== code ? `(${name})` : ''].filter(Boolean).join(' ') || '(none)';
  return { reading: economyOfCells(cells.get(codeField), cells.get(isoField)), code: code || '(none)', shown, field: cells.get(codeField) || !cells.has(isoField) ? codeField : isoField };
}

const skipped = (skip: Skip): RowResult<never> => ({ kind: 'ignored', group: skip.group, reason: skip.reason });

/**
 * One Comtrade row as a candidate official figure, checked by the core's
 * rules, or why it is left out. Only whole trade in goods between two single
 * economies is kept (see comtrade-skips.ts); the cells of a row left out are
 * not checked, since none of them is imported.
 */
export function readComtradeRow(record: Record<string, string>, line: number, layout: ComtradeLayout): RowResult<OfficialFigureCandidate> {
  const row = new RowChecker(record, line);
  const cells = new ComtradeCells(row, layout);
  const part = partOfTradeSkip(cells);
  if (part) return skipped(part);
  const flow = flowOf(cells);
  if ('skip' in flow) return skipped(flow.skip);

  const partner = sideOf(cells, 'partner');
  if (partner.reading.kind === 'world') return skipped({ group: SKIP.partnerWorld, reason: `partner ${partner.code} is not a single economy` });
  if (partner.reading.kind === 'area') return skipped({ group: SKIP.partnerArea, reason: `partner ${partner.shown} is not a single economy` });
  const reporter = sideOf(cells, 'reporter');
  if (reporter.reading.kind === 'world' || reporter.reading.kind === 'area') {
    return skipped({ group: SKIP.reporterArea, reason: `reporter ${reporter.shown} is not a single economy` });
  }
  for (const [name, side] of [['reporter', reporter], ['partner', partner]] as const) {
    if (side.reading.kind !== 'unreadable') continue;
    if (side.code === '(none)') cells.fail(side.field, `The row names no ${name}: its ${name} code is empty.`);
    else cells.fail(side.field, `“${side.code.slice(0, 40)}” is not a Comtrade country code (a number such as 398 for Kazakhstan) or an ISO code (KAZ).`);
  }
  if (reporter.reading.kind === 'economy' && reporter.reading.code === (partner.reading.kind === 'economy' ? partner.reading.code : null)) {
    // Comtrade records goods coming back to the country they left (China's imports from China); no bilateral trade.
    return skipped({ group: SKIP.ownGoods, reason: `partner ${partner.shown} is the reporter itself` });
  }

  const valueText = cells.get('value');
  const value = Number(valueText);
  if (valueText === '' || !Number.isFinite(value)) {
    cells.fail('value', `“${valueText.slice(0, 40)}” is not a value in US dollars; write a plain number such as 547000000.`);
  }
  const period = comtradePeriod(cells);
  // A row whose cells could not be read is reported as it is, before the core's rules.
  if (!period || row.errors.length || reporter.reading.kind !== 'economy' || partner.reading.kind !== 'economy') return { kind: 'invalid', errors: row.errors };
  const candidate: OfficialFigureCandidate = {
    reporter: reporter.reading.code,
    partner: partner.reading.code,
    flow: flow.flow,
    period,
    valueUsd: value,
    source: COMTRADE_SOURCE,
    releaseDate: releaseDateOf(cells),
  };
  const check = checkOfficialFigure(candidate);
  if (!check.ok) {
    for (const [field, messages] of Object.entries(check.errors) as [keyof OfficialFigureErrors, string[]][]) {
      const column = field === 'reporter' ? reporter.field : field === 'partner' ? partner.field : FIELD_OF_ERROR[field];
      for (const message of messages) cells.fail(column, message);
    }
  }
  return row.result(() => candidate);
}

/**
 * Reads the rows of one file in order, with its earlier rows in mind: a row
 * that repeats a kept figure is left out (counted as a repeat), one that gives
 * the same figure another value refuses the file, since official_figures keeps
 * one value per source, reporter, partner, flow and period.
 */
export function comtradeReader(layout: ComtradeLayout): (record: Record<string, string>, line: number) => RowResult<OfficialFigureCandidate> {
  const repeats = new RepeatedFigures();
  return (record, line) => {
    const result = readComtradeRow(record, line, layout);
    if (result.kind !== 'row') return result;
    const repeat = repeats.check(result.value, line);
    if (repeat.kind === 'same') return { kind: 'ignored', group: SKIP.repeated, reason: `the same figure as line ${repeat.firstLine}` };
    if (repeat.kind === 'differs') return { kind: 'invalid', errors: [{ line, column: layout.columnOf.value ?? 'value', message: repeat.message }] };
    return result;
  };
}
