import type { StatementInput } from '../domain/statement';

/** A seed statement: the stored fields, with links between statements by key. */
type Optional = 'speaker' | 'speakerRole' | 'organisation' | 'outlet' | 'sourceUrl' | 'quote' | 'publishedDate' | 'notes' | 'derivation' | 'usdRate' | 'rateOrigin' | 'rateSource';
// Without a usdRate, a figure in another currency is priced by the exchange-rate table, as any save is.
export type SeedStatement = Omit<StatementInput, 'derivedFromId' | 'valueUsd' | Optional> &
  Partial<Pick<StatementInput, Optional>> & {
    key: string;
    derivedFromKey?: string;
  };

const year = (y: number) => ({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, periodLabel: String(y) });

const KABULNOW = {
  speaker: 'Serik Zhumangarin',
  speakerRole: 'Deputy Prime Minister of Kazakhstan',
  organisation: 'Government of Kazakhstan',
  outlet: 'KabulNow',
  sourceUrl: 'https://kabulnow.com/2023/04/kazakhstan-is-ready-to-accept-our-diplomats-says-the-taliban/',
  statementDate: '2023-04-15',
  notes: 'As quoted by the office of Mullah Abdul Ghani Baradar in a tweet, as reported by KabulNow. The page dates the article April 2023 without a day.',
};
const KABULNOW_2022_QUOTE =
  'The Kazakh official added that the two countries had a trade volume of approximately one billion dollars last year, a twofold rise from the year before.';

const KAZINFORM = {
  speaker: "Kazakh Prime Minister's office",
  organisation: 'Office of the Prime Minister of Kazakhstan',
  outlet: 'Kazinform',
  sourceUrl: 'https://www.inform.kz/en/afghan-business-delegation-arrives-in-astana_a4096663/amp',
  statementDate: '2023-08-02',
  publishedDate: '2023-08-02',
};
const KAZINFORM_ANNUAL_QUOTE =
  'Commodity turnover between Kazakhstan and Afghanistan in 2022 made 987.9 million US dollars, which is 2.1 times higher than in the same period in 2021 (474.3 million US dollars).';
const KAZINFORM_5_MONTHS_QUOTE =
  'The trade between the two states in 5 months of 2023 has made 316.6 million US dollars, 310 million US dollars of which are exports from Kazakhstan.';

const INTERFAX = {
  speaker: 'Kazakh Deputy Minister of Agriculture',
  organisation: 'Ministry of Agriculture of Kazakhstan',
  outlet: 'Interfax',
  statementDate: '2024-10-22',
  // The same words as migration 0010 gives databases seeded before it.
  notes: 'Reported by Interfax on 22 October 2024, citing Kazakhstan’s Deputy Minister of Agriculture. No web address or verbatim quote is on file yet, so the figure cannot be checked here.',
};

const ASTANA_TIMES = {
  speaker: 'Serik Zhumangarin',
  speakerRole: 'Deputy Prime Minister and Minister of Trade and Integration of Kazakhstan',
  organisation: 'Government of Kazakhstan',
  outlet: 'The Astana Times',
  statementDate: '2025-10-29',
  notes: 'Reported by The Astana Times on 29 October 2025, citing Serik Zhumangarin, Kazakhstan’s Deputy Prime Minister and Minister of Trade and Integration. No web address or verbatim quote is on file yet, so the figure cannot be checked here.',
};

const kazAfg: SeedStatement[] = [
  { key: 'kabulnow-2022', economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', ...year(2022), valueText: 'approximately one billion dollars', valueStated: 1e9, currency: 'USD', hedge: 'approximately', ...KABULNOW, quote: KABULNOW_2022_QUOTE },
  { key: 'kabulnow-2021-derived', derivedFromKey: 'kabulnow-2022', economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', ...year(2021), valueText: 'a twofold rise from the year before', valueStated: 0.5e9, currency: 'USD', hedge: 'approximately', ...KABULNOW, quote: KABULNOW_2022_QUOTE, derivation: 'About $1 billion in 2022 was “a twofold rise from the year before”: $1 billion ÷ 2 for 2021.' },
  { key: 'kabulnow-2023-target', economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'projected', ...year(2023), valueText: 'surpass $3 billion', valueStated: 3e9, currency: 'USD', hedge: 'more than', ...KABULNOW, quote: 'He also said that this amount will surpass $3 billion this year.' },
  { key: 'kazinform-2021', economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', ...year(2021), valueText: '474.3 million US dollars', valueStated: 474.3e6, currency: 'USD', hedge: 'exact', ...KAZINFORM, quote: KAZINFORM_ANNUAL_QUOTE },
  { key: 'kazinform-2022', economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', ...year(2022), valueText: '987.9 million US dollars', valueStated: 987.9e6, currency: 'USD', hedge: 'exact', ...KAZINFORM, quote: KAZINFORM_ANNUAL_QUOTE },
  { key: 'kazinform-2023-5m', economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', periodStart: '2023-01-01', periodEnd: '2023-05-31', periodLabel: 'Jan–May 2023', valueText: '316.6 million US dollars', valueStated: 316.6e6, currency: 'USD', hedge: 'exact', ...KAZINFORM, quote: KAZINFORM_5_MONTHS_QUOTE },
  { key: 'kazinform-2023-5m-exports', economyA: 'KAZ', economyB: 'AFG', flow: 'exports', kind: 'reported', periodStart: '2023-01-01', periodEnd: '2023-05-31', periodLabel: 'Jan–May 2023', valueText: '310 million US dollars', valueStated: 310e6, currency: 'USD', hedge: 'exact', ...KAZINFORM, quote: KAZINFORM_5_MONTHS_QUOTE },
  { key: 'interfax-2023', economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', ...year(2023), valueText: '567.5 million dollars', valueStated: 567.5e6, currency: 'USD', hedge: 'exact', ...INTERFAX },
  { key: 'interfax-2023-exports', economyA: 'KAZ', economyB: 'AFG', flow: 'exports', kind: 'reported', ...year(2023), valueText: '547 million dollars', valueStated: 547e6, currency: 'USD', hedge: 'exact', ...INTERFAX },
  { key: 'astana-times-2024', economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', ...year(2024), valueText: '545.2 million dollars', valueStated: 545.2e6, currency: 'USD', hedge: 'exact', ...ASTANA_TIMES },
  { key: 'astana-times-2025-8m', economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', periodStart: '2025-01-01', periodEnd: '2025-08-31', periodLabel: 'Jan–Aug 2025', valueText: '335.9 million dollars', valueStated: 335.9e6, currency: 'USD', hedge: 'exact', ...ASTANA_TIMES },
];

const RUSSIA_AFGHANISTAN = {
  speaker: 'Rustam Khabibullin',
  speakerRole: 'Head of the Russian Business Center in Afghanistan',
  organisation: 'Russian Business Center in Afghanistan',
  outlet: 'DFNC, citing an interview with RIA Novosti',
  sourceUrl: 'https://dfnc.ru/en/russia-news/trade-between-russia-and-afghanistan-increased-fivefold/',
  statementDate: '2024-05-15',
  quote: 'Khabibullin stated that in 2022, the trade turnover between the two countries was about $170 million, but this year it has exceeded $1 billion.',
};

const UZBEK_AMBASSADOR = {
  speaker: 'Oybek Usmanov',
  speakerRole: 'Uzbek ambassador to Kabul',
  organisation: 'Embassy of Uzbekistan in Kabul',
  outlet: 'The Frontier Post, citing Pajhwok',
  sourceUrl: 'https://thefrontierpost.com/afghan-uzbek-trade-volume-exceeds-1b/',
  statementDate: '2025-04-10',
  publishedDate: '2025-04-10',
  quote: 'The Uzbek ambassador to Kabul has said that trade volume between Afghanistan and Uzbekistan has reached $1.1 billion and is expected to rise to $2 billion next year.',
};

const SBP = {
  speaker: 'State Bank of Pakistan',
  organisation: 'State Bank of Pakistan',
  outlet: 'The Nation',
  sourceUrl: 'https://www.nation.com.pk/05-Mar-2023/pakistan-s-exports-to-afghanistan-increase-by-10-58pc-in-7-months',
  statementDate: '2023-03-05',
  publishedDate: '2023-03-05',
  quote: 'The overall exports to Afghanistan were recorded at $285.177 million during July-January (2022-23) against exports of $257.888 million during July-January (2021-22), showing growth of 10.58 percent, SBP data revealed.',
  notes: 'Goods and services, first seven months of Pakistan’s fiscal year (July–January).',
};

const JAISHANKAR = {
  speaker: 'S. Jaishankar',
  speakerRole: 'External Affairs Minister of India',
  organisation: 'Government of India',
  outlet: 'Greater Kashmir',
  sourceUrl: 'https://www.greaterkashmir.com/national-2/india-russia-crossed-bilateral-trade-target-of-usd-30-billion-before-2025-jaishankar',
  statementDate: '2023-04-17',
  publishedDate: '2023-04-17',
};

const CHINA_CUSTOMS = {
  speaker: 'China General Administration of Customs',
  organisation: 'General Administration of Customs of China',
};

const NEPAL_EMBASSY = {
  speaker: 'Embassy of Nepal, New Delhi',
  organisation: 'Embassy of Nepal in India (citing Nepal Rastra Bank)',
  outlet: 'Embassy of Nepal, New Delhi (official page)',
  sourceUrl: 'https://in.nepalembassy.gov.np/trade-and-commerce/',
  statementDate: '2023-12-01',
  quote: 'The volume of bilateral trade has reached over NRS 1134.53 billion during the last fiscal year 2022-23 with imports from India amounting to NPR1027.84 billion and exports to India standing over NPR 106.69 billion.',
  // Nepal's fiscal year 2079/80 ran from 17 July 2022 to 16 July 2023.
  periodStart: '2022-07-17',
  periodEnd: '2023-07-16',
  periodLabel: 'FY2022-23 (Nepal)',
  currency: 'NPR',
  notes: 'The page is undated; the statement date is the date it was read.',
};

const otherPairs: SeedStatement[] = [
  { key: 'dfnc-2022', economyA: 'RUS', economyB: 'AFG', flow: 'total', kind: 'reported', ...year(2022), valueText: 'about $170 million', valueStated: 170e6, currency: 'USD', hedge: 'approximately', ...RUSSIA_AFGHANISTAN },
  { key: 'dfnc-2024-ytd', economyA: 'RUS', economyB: 'AFG', flow: 'total', kind: 'reported', periodStart: '2024-01-01', periodEnd: '2024-05-15', periodLabel: '2024 to mid-May', valueText: 'exceeded $1 billion', valueStated: 1e9, currency: 'USD', hedge: 'more than', ...RUSSIA_AFGHANISTAN, notes: '“This year” at the time of the interview (Kazan, 15 May 2024): a year-to-date figure.' },
  { key: 'frontier-post-current', economyA: 'AFG', economyB: 'UZB', flow: 'total', kind: 'reported', ...year(2024), valueText: '$1.1 billion', valueStated: 1.1e9, currency: 'USD', hedge: 'exact', ...UZBEK_AMBASSADOR, notes: 'The ambassador did not name the period; the previous calendar year, 2024, is the likeliest reading.' },
  { key: 'frontier-post-2026', economyA: 'AFG', economyB: 'UZB', flow: 'total', kind: 'projected', ...year(2026), valueText: '$2 billion', valueStated: 2e9, currency: 'USD', hedge: 'exact', ...UZBEK_AMBASSADOR },
  { key: 'nation-fy23-7m', economyA: 'PAK', economyB: 'AFG', flow: 'exports', kind: 'reported', periodStart: '2022-07-01', periodEnd: '2023-01-31', periodLabel: 'Jul–Jan FY2022-23', valueText: '$285.177 million', valueStated: 285.177e6, currency: 'USD', hedge: 'exact', ...SBP },
  { key: 'nation-fy22-7m', economyA: 'PAK', economyB: 'AFG', flow: 'exports', kind: 'reported', periodStart: '2021-07-01', periodEnd: '2022-01-31', periodLabel: 'Jul–Jan FY2021-22', valueText: '$257.888 million', valueStated: 257.888e6, currency: 'USD', hedge: 'exact', ...SBP },
  { key: 'greater-kashmir-target-2025', economyA: 'IND', economyB: 'RUS', flow: 'total', kind: 'projected', ...year(2025), periodLabel: 'by 2025', valueText: 'USD 30 billion', valueStated: 30e9, currency: 'USD', hedge: 'exact', ...JAISHANKAR, quote: 'We have crossed the bilateral trade target of USD 30 billion before the year 2025 which was the target year given to us by our leadership.', notes: 'A past target, said to be already met.' },
  { key: 'greater-kashmir-apr-feb', economyA: 'IND', economyB: 'RUS', flow: 'total', kind: 'reported', periodStart: '2022-04-01', periodEnd: '2023-02-28', periodLabel: 'Apr 2022–Feb 2023', valueText: 'about USD 45 billion', valueStated: 45e9, currency: 'USD', hedge: 'approximately', ...JAISHANKAR, quote: 'And in fact, for the period April 2022 - February 2023, I understand that the trade is actually about USD 45 billion and the expectation is that this will continue to grow.' },
  { key: 'reuters-2023', economyA: 'CHN', economyB: 'RUS', flow: 'total', kind: 'reported', ...year(2023), valueText: '1.69 trillion yuan', valueStated: 1.69e12, currency: 'CNY', usdRate: 235.9 / 1690, rateOrigin: 'text', rateSource: 'The article’s own equivalent: $235.90 billion for 1.69 trillion yuan', hedge: 'exact', ...CHINA_CUSTOMS, outlet: 'Reuters, via Morning Strong', sourceUrl: 'https://morningstrong.com/?p=7237', statementDate: '2024-01-12', quote: 'In yuan terms, two-way trade value between China and Russia stood at 1.69 trillion yuan ($235.90 billion) last year, up 32.7% year-on-year, the customs data showed.', notes: 'Converted at the rate implied by the article itself: $235.90 billion for 1.69 trillion yuan.' },
  { key: 'sputnik-2023-9m', economyA: 'USA', economyB: 'CHN', flow: 'total', kind: 'reported', periodStart: '2023-01-01', periodEnd: '2023-09-30', periodLabel: 'Jan–Sep 2023', valueText: '$495.9 billion', valueStated: 495.9e9, currency: 'USD', hedge: 'exact', ...CHINA_CUSTOMS, outlet: 'Sputnik Africa', sourceUrl: 'https://en.sputniknews.africa/20231013/china-russia-trade-in-first-nine-months-of-2023-up-295-to-1764-bln-chinese-customs-1062751775.html', statementDate: '2023-10-13', publishedDate: '2023-10-13', quote: "Meanwhile, US-China trade in January-September 2023 decreased 14% year-on-year to $495.9 billion, China's General Administration of Customs said." },
  { key: 'sputnik-2023-9m-chn-exports', economyA: 'CHN', economyB: 'USA', flow: 'exports', kind: 'reported', periodStart: '2023-01-01', periodEnd: '2023-09-30', periodLabel: 'Jan–Sep 2023', valueText: '$372.2 billion', valueStated: 372.2e9, currency: 'USD', hedge: 'exact', ...CHINA_CUSTOMS, outlet: 'Sputnik Africa', sourceUrl: 'https://en.sputniknews.africa/20231013/china-russia-trade-in-first-nine-months-of-2023-up-295-to-1764-bln-chinese-customs-1062751775.html', statementDate: '2023-10-13', publishedDate: '2023-10-13', quote: 'Chinese exports to the US in the reporting period shrunk 16.4% year on year to $372.2 billion; deliveries from the US to China dropped 6% to $123.7 billion.' },
  { key: 'sputnik-2023-9m-usa-exports', economyA: 'USA', economyB: 'CHN', flow: 'exports', kind: 'reported', periodStart: '2023-01-01', periodEnd: '2023-09-30', periodLabel: 'Jan–Sep 2023', valueText: '$123.7 billion', valueStated: 123.7e9, currency: 'USD', hedge: 'exact', ...CHINA_CUSTOMS, outlet: 'Sputnik Africa', sourceUrl: 'https://en.sputniknews.africa/20231013/china-russia-trade-in-first-nine-months-of-2023-up-295-to-1764-bln-chinese-customs-1062751775.html', statementDate: '2023-10-13', publishedDate: '2023-10-13', quote: 'Chinese exports to the US in the reporting period shrunk 16.4% year on year to $372.2 billion; deliveries from the US to China dropped 6% to $123.7 billion.' },
  { key: 'nepal-embassy-fy23-total', economyA: 'NPL', economyB: 'IND', flow: 'total', kind: 'reported', valueText: 'over NRS 1134.53 billion', valueStated: 1134.53e9, hedge: 'more than', ...NEPAL_EMBASSY },
  { key: 'nepal-embassy-fy23-imports', economyA: 'NPL', economyB: 'IND', flow: 'imports', kind: 'reported', valueText: 'NPR1027.84 billion', valueStated: 1027.84e9, hedge: 'exact', ...NEPAL_EMBASSY },
  { key: 'nepal-embassy-fy23-exports', economyA: 'NPL', economyB: 'IND', flow: 'exports', kind: 'reported', valueText: 'over NPR 106.69 billion', valueStated: 106.69e9, hedge: 'more than', ...NEPAL_EMBASSY },
];

export const SEED_STATEMENTS: SeedStatement[] = [...kazAfg, ...otherPairs];
