import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../app/lib/extract/periods/periods-in-text';

// Period words repeated over 100 KB of one "sentence": every pattern must stay linear,
// and a run of thousands of periods is read only as far as a real sentence goes.
const LIMIT_PER_100KB_MS = 1500;
const SIZE = 100_000;

function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const UNITS = [
  'in 2023 ', 'Q1 ', 'H1 ', '1Q24 ', 'FY2022-', 'FY24 ', '2023-', '2023/', 'the first ', 'the first nine months of ', 'the last ', '12 months ',
  'January-', 'January ', 'jan ', 'since ', 'by ', 'by the end of ', 'within ', 'in the next ', 'the same period ', 'a year earlier ',
  'of the current fiscal year ', 'the financial year of ', 'ended ', 'Iranian solar ', 'since the start of the ', 'so far ', 'than in ',
  'current levels ', "l'an ", 'de janvier à ', 'les neuf premiers mois de ', 'de enero a ', 'en el primer trimestre de ', 'в 2023 году ',
  'за январь-', 'по итогам ', 'чем в ', '    ', '\n', '(', 'é', 'Д',
];

describe('period reading time on hostile text', () => {
  it.each(UNITS)('reads 100 KB made of %j in linear time', (unit) => {
    const text = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    expect(cpuMs(() => findPeriods(text, '2023-10-17'))).toBeLessThan(LIMIT_PER_100KB_MS);
  });

  it('reads at most a hundred periods of one form from a run of them', () => {
    expect(findPeriods('in 2023, '.repeat(5000), '2023-10-17').length).toBeLessThanOrEqual(100);
  });
});
