import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../app/lib/extract/periods/periods-in-text';

// Calendar periods in English running text, read against a statement made on 17 October 2023.
const SAID_ON = '2023-10-17';

/** Each period of a sentence: its words and the months it covers. */
function periods(sentence: string, date = SAID_ON) {
  return findPeriods(sentence, date).map((p) => {
    const period = p.resolve(null);
    return { text: sentence.slice(p.start, p.end), start: period?.start ?? null, end: period?.end ?? null, target: p.target };
  });
}
function only(sentence: string, date = SAID_ON) {
  const found = periods(sentence, date);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('quarters and halves', () => {
  it.each([
    ['Shipments rose in Q1 2024.', '2024-01-01', '2024-03-31'],
    ['Shipments rose in the third quarter of 2022.', '2022-07-01', '2022-09-30'],
    ['Shipments rose in the 2nd quarter of last year.', '2022-04-01', '2022-06-30'],
    ['Shipments rose in the second half of 2021.', '2021-07-01', '2021-12-31'],
    ['Shipments rose in H2 2020.', '2020-07-01', '2020-12-31'],
    ['Shipments rose in 2021-Q3.', '2021-07-01', '2021-09-30'],
    ['Shipments rose in 3Q22.', '2022-07-01', '2022-09-30'],
    ['Shipments rose in Q2’21.', '2021-04-01', '2021-06-30'],
    ['Shipments rose in the final quarter of 2019.', '2019-10-01', '2019-12-31'],
    ['Shipments rose in the last quarter of 2019.', '2019-10-01', '2019-12-31'],
  ])('“%s” is %s..%s', (sentence, start, end) => {
    expect(only(sentence)).toMatchObject({ start, end });
  });

  it('reads a quarter or half without a year as the latest one by the statement date', () => {
    expect(only('Shipments rose in the first quarter.')).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
    expect(only('Shipments rose in the first half.')).toMatchObject({ start: '2023-01-01', end: '2023-06-30' });
    expect(only('Shipments rose in H1.')).toMatchObject({ start: '2023-01-01', end: '2023-06-30' });
    // Said in February, the fourth quarter is last year's.
    expect(only('Shipments rose in the fourth quarter.', '2024-02-10')).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
    expect(only('Shipments rose in Q3.', '2024-02-10')).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
  });

  it('reads “last quarter” as the quarter before the statement’s', () => {
    expect(only('Shipments rose last quarter.')).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
    expect(only('Shipments rose last quarter.', '2024-02-10')).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
  });

  it('reads “the January-March quarter” as those months', () => {
    expect(only('Shipments rose in the January-March quarter.')).toMatchObject({ start: '2023-01-01', end: '2023-03-31' });
  });

  it('does not read “quarter-on-quarter” or a virus name as a quarter', () => {
    expect(periods('Shipments rose 3% in the first quarter-on-quarter comparison.')).toEqual([]);
    expect(periods('The H1N1 outbreak slowed the port.')).toEqual([]);
  });
});

describe('months', () => {
  it.each([
    ['Sales abroad rose in February 2017.', '2017-02-01', '2017-02-28'],
    ['Sales abroad rose in Sept. 2021.', '2021-09-01', '2021-09-30'],
    ['Sales abroad rose in March this year.', '2023-03-01', '2023-03-31'],
    ['Sales abroad rose during the month of May 2022.', '2022-05-01', '2022-05-31'],
  ])('“%s” is %s..%s', (sentence, start, end) => {
    expect(only(sentence)).toMatchObject({ start, end });
  });

  it('reads a month without a year as the latest one by the statement date', () => {
    expect(only('Sales abroad rose in September.')).toMatchObject({ start: '2023-09-01', end: '2023-09-30' });
    expect(only('Sales abroad rose in November.')).toMatchObject({ start: '2022-11-01', end: '2022-11-30' });
    expect(only('Sales abroad rose in December.', '2024-01-08')).toMatchObject({ start: '2023-12-01', end: '2023-12-31' });
  });

  it('reads “last month” and “this month”', () => {
    expect(only('Sales abroad rose last month.')).toMatchObject({ start: '2023-09-01', end: '2023-09-30' });
    expect(only('Sales abroad rose last month.', '2024-01-08')).toMatchObject({ start: '2023-12-01', end: '2023-12-31' });
    expect(only('Sales abroad rose this month.')).toMatchObject({ start: '2023-10-01', end: '2023-10-31' });
  });

  it('does not read the verb “may” or a word that begins like a month', () => {
    expect(periods('Sales abroad may rise, the market expects.')).toEqual([]);
    expect(periods('Sales abroad to the Mayor of Decatur rose.')).toEqual([]);
    expect(periods('Sales abroad fell in January and may rise in the spring.').map((p) => p.text)).toEqual(['in January']);
  });
});

describe('ranges of months', () => {
  it.each([
    ['Sales rose in January-September 2023.', '2023-01-01', '2023-09-30'],
    ['Sales rose from January through June 2024.', '2024-01-01', '2024-06-30'],
    ['Sales rose between March and June 2021.', '2021-03-01', '2021-06-30'],
    ['Sales rose from November 2021 to February 2022.', '2021-11-01', '2022-02-28'],
    ['Sales rose in January-May this year.', '2023-01-01', '2023-05-31'],
    ['Sales rose in Jan-May last year.', '2022-01-01', '2022-05-31'],
  ])('“%s” is %s..%s', (sentence, start, end) => {
    expect(only(sentence)).toMatchObject({ start, end });
  });

  it('reads a range without a year as the latest one, a range across December from the year before', () => {
    expect(only('Sales rose from January to May.')).toMatchObject({ start: '2023-01-01', end: '2023-05-31' });
    expect(only('Sales rose in Jan-May.')).toMatchObject({ start: '2023-01-01', end: '2023-05-31' });
    expect(only('Sales rose in November-February.', '2024-03-05')).toMatchObject({ start: '2023-11-01', end: '2024-02-29' });
  });
});

describe('the first or last N months', () => {
  it.each([
    ['Sales rose in the first nine months of 2022.', '2022-01-01', '2022-09-30'],
    ['Sales rose in the first 5 months of this year.', '2023-01-01', '2023-05-31'],
    ['Sales rose in the first nine months.', '2023-01-01', '2023-09-30'],
    ['Sales rose in the nine months to September 2023.', '2023-01-01', '2023-09-30'],
    ['Sales rose in the 12 months to June 2024.', '2023-07-01', '2024-06-30'],
    ['Sales rose in the year to March 2024.', '2023-04-01', '2024-03-31'],
    ['Sales rose in the last three months of 2022.', '2022-10-01', '2022-12-31'],
    ['Sales rose in the past 12 months.', '2022-10-01', '2023-09-30'],
  ])('“%s” is %s..%s', (sentence, start, end) => {
    expect(only(sentence)).toMatchObject({ start, end });
  });

  it('reads “the last nine months of 2023”, said in October 2023, as January to September', () => {
    expect(only('Sales rose over the last nine months of 2023.')).toMatchObject({ start: '2023-01-01', end: '2023-09-30' });
  });

  it('reads the first months without a year in the last year that has had them', () => {
    expect(only('Sales rose in the first eleven months.', '2024-02-10')).toMatchObject({ start: '2023-01-01', end: '2023-11-30' });
  });

  it('reads “in nine months” as this year’s first nine only when they are over', () => {
    expect(only('The total in nine months reached a record.')).toMatchObject({ start: '2023-01-01', end: '2023-09-30' });
    expect(periods('The total in nine months reached a record.', '2023-05-02')).toEqual([]);
    expect(periods('A visa for six months costs more.')).toEqual([]);
  });

  it('gives the first months and a month of one sentence each their own period', () => {
    expect(periods('Sales were $8 billion in September, and $70 billion in the first nine months.')).toMatchObject([
      { text: 'in September', start: '2023-09-01', end: '2023-09-30' },
      { text: 'the first nine months', start: '2023-01-01', end: '2023-09-30' },
    ]);
  });
});

describe('years and the year so far', () => {
  it.each([
    ['Sales rose in 2019.', '2019-01-01', '2019-12-31'],
    ['Sales rose for the year 2019.', '2019-01-01', '2019-12-31'],
    ['Sales rose in calendar 2019.', '2019-01-01', '2019-12-31'],
    ['Sales rose in CY2019.', '2019-01-01', '2019-12-31'],
    ['Sales rose throughout the whole of 2019.', '2019-01-01', '2019-12-31'],
    ['2019’s sales rose.', '2019-01-01', '2019-12-31'],
    ['Sales rose so far this year.', '2023-01-01', '2023-10-17'],
    ['Sales year-to-date rose.', '2023-01-01', '2023-10-17'],
    ['Sales since the start of the year rose.', '2023-01-01', '2023-10-17'],
    ['Sales since January rose.', '2023-01-01', '2023-10-17'],
    ['Sales since the beginning of 2022 rose.', '2022-01-01', '2023-10-17'],
  ])('“%s” is %s..%s', (sentence, start, end) => {
    expect(only(sentence)).toMatchObject({ start, end });
  });

  it('gives no single period for spans of years, nor for the first such figure “since” a month', () => {
    for (const sentence of ['Sales grew since 2015.', 'Sales grew between 2020 and 2022.', 'Sales grew over the past decade.', 'Sales grew in the past five years.', 'It is the first surplus since February 2012.']) {
      expect(only(sentence)).toMatchObject({ start: null });
    }
  });
});

describe('deadlines and the years ahead', () => {
  it.each([
    ['Trade should reach $9 billion by 2030.', '2030-01-01', '2030-12-31'],
    ['Trade should reach $9 billion by end-2026.', '2026-01-01', '2026-12-31'],
    ['Trade should reach $9 billion by 2026-end.', '2026-01-01', '2026-12-31'],
    ['Trade should reach $9 billion by the end of next year.', '2024-01-01', '2024-12-31'],
    ['Trade should reach $9 billion by the end of the year.', '2023-01-01', '2023-12-31'],
    ['Trade should double within five years.', '2028-01-01', '2028-12-31'],
    ['Trade should double within a year.', '2024-01-01', '2024-12-31'],
    ['Trade should double over the next three years.', '2026-01-01', '2026-12-31'],
    ['Trade should double within the next two to three years.', '2026-01-01', '2026-12-31'],
    ['Trade should double in five years’ time.', '2028-01-01', '2028-12-31'],
    ['Trade should double in the coming years.', '2024-01-01', '2028-12-31'],
    ['Trade should double in the medium term.', '2024-01-01', '2028-12-31'],
  ])('reads “%s” as a goal for %s..%s', (sentence, start, end) => {
    expect(only(sentence)).toMatchObject({ start, end, target: true });
  });
});

describe('what is not a period', () => {
  it.each([
    'The port handled 2023 tonnes of grain.',
    'Trucks take Route 66 to the border.',
    'Leaders met at the G20 in Delhi.',
    'It is part of the 2030 Agenda for sustainable development.',
    'Trade fell during COVID-19.',
    'A 2-year-old was found at the border.',
    'Sales rose for the first time in four years.',
    'Sales were counted by year and by country.',
    'Sales rose 4% year-on-year.',
  ])('finds no period in “%s”', (sentence) => {
    expect(periods(sentence).filter((p) => p.start !== null)).toEqual([]);
  });
});
