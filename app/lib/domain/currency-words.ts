import { isCurrencyCode } from './currencies';
import type { StatedBy } from './stated-by';

/**
 * Currency words and marks, and which currency each means.
 *
 * A mark or name of one currency ("NPR", "US$", "€", "₹", "A$", "yuan") always
 * means it. A word several economies use ("Rs", "rupees", "dinar", "riyal",
 * "pound", "¥") means the currency of the economy that states the figure:
 * economy A first, then economy B, then the word's usual reading when neither
 * uses it (`otherwise`; null when there is none and the ISO code must be typed).
 * "Rs 10 billion" stated for Nepal is NPR, for Pakistan PKR, for India INR.
 *
 * A bare "$" or "dollars" is US dollars whoever states the figure: trade
 * between two economies is reported and invoiced in US dollars, and every other
 * dollar has its own mark (A$, C$, NZ$, S$, HK$) or name ("Canadian dollars").
 * The table still lists each economy's dollar, for "<economy> dollars".
 *
 * Russian, French and Spanish names sit beside the English ones and are read
 * the same way: "долларов" and "dólares" are the bare "dollars", "сом" the som
 * Kyrgyzstan and Uzbekistan share, "рублей" rubles; "долларов США",
 * "dollars américains" and "dólares estadounidenses" name the US dollar.
 */
export interface SharedCurrencyWord {
  /** How the word is named in messages: "Rs", "dinar". */
  key: string;
  words: string[];
  byEconomy: Record<string, string>;
  otherwise: string | null;
  /** False for "$" and "dollars": the bare word keeps `otherwise`; only "<economy> dollars" reads the table. */
  bareByEconomy: boolean;
}

const RUPEES = { IND: 'INR', NPL: 'NPR', PAK: 'PKR', LKA: 'LKR', MUS: 'MUR', SYC: 'SCR' };
const DOLLARS = {
  USA: 'USD', CAN: 'CAD', AUS: 'AUD', NZL: 'NZD', SGP: 'SGD', HKG: 'HKD', TWN: 'TWD', JAM: 'JMD', BHS: 'BSD',
  BRB: 'BBD', BZE: 'BZD', FJI: 'FJD', GUY: 'GYD', LBR: 'LRD', NAM: 'NAD', SLB: 'SBD', SUR: 'SRD', TTO: 'TTD', ZWE: 'USD',
  ECU: 'USD', SLV: 'USD', PAN: 'USD', TLS: 'USD', BRN: 'BND',
};
const RIALS = { SAU: 'SAR', QAT: 'QAR', OMN: 'OMR', IRN: 'IRR', YEM: 'YER' };
const DINARS = { DZA: 'DZD', IRQ: 'IQD', KWT: 'KWD', BHR: 'BHD', JOR: 'JOD', LBY: 'LYD', TUN: 'TND', SRB: 'RSD', MKD: 'MKD' };
const POUNDS = { GBR: 'GBP', EGY: 'EGP', SDN: 'SDG', SSD: 'SSP', LBN: 'LBP', SYR: 'SYP' };
const PESOS = { MEX: 'MXN', ARG: 'ARS', CHL: 'CLP', COL: 'COP', PHL: 'PHP', URY: 'UYU', CUB: 'CUP', DOM: 'DOP' };
const CFA = (code: string, economies: string[]) => Object.fromEntries(economies.map((e) => [e, code]));
const FRANCS = {
  CHE: 'CHF', LIE: 'CHF', GIN: 'GNF', RWA: 'RWF', BDI: 'BIF', DJI: 'DJF', COM: 'KMF', COD: 'CDF',
  ...CFA('XOF', ['BEN', 'BFA', 'CIV', 'GNB', 'MLI', 'NER', 'SEN', 'TGO']),
  ...CFA('XAF', ['CMR', 'CAF', 'TCD', 'COG', 'GNQ', 'GAB']),
};
const KRONOR = { SWE: 'SEK', ISL: 'ISK', NOR: 'NOK', DNK: 'DKK' };
const RAND = { ZAF: 'ZAR', LSO: 'ZAR', NAM: 'ZAR', SWZ: 'ZAR' };
const SOMS = { KGZ: 'KGS', UZB: 'UZS' };

export const SHARED_CURRENCY_WORDS: readonly SharedCurrencyWord[] = [
  { key: 'Rs', words: ['rs', 'rs.', '₨'], byEconomy: RUPEES, otherwise: 'INR', bareByEconomy: true },
  { key: 'rupees', words: ['rupees', 'rupee', 'рупий', 'рупии', 'roupies', 'roupie', 'rupias', 'rupia'], byEconomy: RUPEES, otherwise: 'INR', bareByEconomy: true },
  { key: '$', words: ['$'], byEconomy: DOLLARS, otherwise: 'USD', bareByEconomy: false },
  { key: 'dollars', words: ['dollars', 'dollar', 'долларов', 'доллара', 'доллар', 'долл.', 'долл', 'дол.', 'dólares', 'dolares', 'dólar'], byEconomy: DOLLARS, otherwise: 'USD', bareByEconomy: false },
  { key: '¥', words: ['¥'], byEconomy: { CHN: 'CNY', JPN: 'JPY' }, otherwise: 'CNY', bareByEconomy: true },
  { key: 'riyal', words: ['riyals', 'riyal', 'риялов', 'риалов', 'риала'], byEconomy: RIALS, otherwise: null, bareByEconomy: true },
  { key: 'rial', words: ['rials', 'rial'], byEconomy: RIALS, otherwise: 'IRR', bareByEconomy: true },
  { key: 'dinar', words: ['dinars', 'dinar', 'динаров', 'динара', 'dinares'], byEconomy: DINARS, otherwise: null, bareByEconomy: true },
  { key: 'pounds', words: ['pounds', 'pound', 'фунтов', 'фунта'], byEconomy: POUNDS, otherwise: 'GBP', bareByEconomy: true },
  { key: 'peso', words: ['pesos', 'peso', 'песо'], byEconomy: PESOS, otherwise: null, bareByEconomy: true },
  { key: 'franc', words: ['francs', 'franc', 'франков', 'fcfa', 'cfa francs', 'francs cfa'], byEconomy: FRANCS, otherwise: null, bareByEconomy: true },
  { key: 'krona', words: ['kronor', 'krona', 'kronur'], byEconomy: KRONOR, otherwise: null, bareByEconomy: true },
  { key: 'krone', words: ['kroner', 'krone'], byEconomy: KRONOR, otherwise: null, bareByEconomy: true },
  { key: 'won', words: ['won', 'wons', 'вон'], byEconomy: { KOR: 'KRW', PRK: 'KPW' }, otherwise: 'KRW', bareByEconomy: true },
  { key: 'lira', words: ['liras', 'lira', 'lire', 'лир', 'лиры', 'livres turques', 'liras turcas'], byEconomy: { TUR: 'TRY', LBN: 'LBP', SYR: 'SYP' }, otherwise: 'TRY', bareByEconomy: true },
  { key: 'dirham', words: ['dirhams', 'dirham', 'дирхамов', 'дирхама', 'dírhams', 'dh', 'dhs'], byEconomy: { ARE: 'AED', MAR: 'MAD' }, otherwise: null, bareByEconomy: true },
  { key: 'manat', words: ['manats', 'manat', 'манатов', 'маната'], byEconomy: { AZE: 'AZN', TKM: 'TMT' }, otherwise: null, bareByEconomy: true },
  { key: 'shilling', words: ['shillings', 'shilling', 'шиллингов', 'sh'], byEconomy: { KEN: 'KES', UGA: 'UGX', TZA: 'TZS', SOM: 'SOS' }, otherwise: null, bareByEconomy: true },
  { key: 'som', words: ['soms', 'som', 'сомов', 'сома', 'сом'], byEconomy: SOMS, otherwise: null, bareByEconomy: true },
  { key: 'soum', words: ['soums', 'soum', 'sums', "so'm", 'сумов', 'сума', 'сум'], byEconomy: SOMS, otherwise: 'UZS', bareByEconomy: true },
  { key: 'rand', words: ['rand', 'rands', 'рэндов', 'рандов'], byEconomy: RAND, otherwise: 'ZAR', bareByEconomy: true },
  // "R188.4 billion" in South African text; R$ is Brazil's real, a mark of its own.
  { key: 'R', words: ['r'], byEconomy: RAND, otherwise: 'ZAR', bareByEconomy: true },
  { key: 'rubles', words: ['rubles', 'ruble', 'roubles', 'rouble', 'рублей', 'рубля', 'рубль', 'руб.', 'руб', 'rublos', 'rublo'], byEconomy: { RUS: 'RUB', BLR: 'BYN' }, otherwise: 'RUB', bareByEconomy: false },
];

/** Marks and names of one currency each; "<economy> <shared word>" ("Kuwaiti dinars") is read from the table above. */
export const CURRENCY_NAMES: Readonly<Record<string, string[]>> = {
  USD: [
    'us$', 'us $', 'u.s.$', 'usd', 'greenbacks', 'долларов сша', 'доллара сша', 'доллар сша', 'долл. сша', 'долл сша',
    'американских долларов', 'dollars américains', 'dollars us', 'dollars des états-unis', 'dólares estadounidenses',
    'dólares americanos', 'dólares de estados unidos', 'dólares de ee.uu.', 'dólares de eeuu',
  ],
  EUR: ['€', 'eur', 'euros', 'euro', 'евро'],
  GBP: ['£', 'gbp', 'sterling', 'pounds sterling', 'фунтов стерлингов', 'livres sterling', 'libras esterlinas'],
  CNY: ['cny', 'rmb', 'cn¥', 'yuan', 'yuans', 'yuanes', 'renminbi', 'yuan renminbi', 'юаней', 'юаня', 'юань', 'китайских юаней'],
  INR: ['₹', 'inr', 'индийских рупий', 'roupies indiennes', 'rupias indias'],
  NPR: ['npr', 'nrs.', 'nrs', 'непальских рупий'],
  PKR: ['pkr', 'пакистанских рупий'],
  RUB: ['₽', 'rub', 'российских рублей', 'roubles russes', 'rublos rusos'],
  BYN: ['byn', 'белорусских рублей'],
  KZT: ['₸', 'kzt', 'tenge', 'тенге'],
  TRY: ['₺', 'try', 'tl'],
  AFN: ['؋', 'afn', 'afghanis', 'afghani', 'афгани', 'afganis'],
  JPY: ['yen', 'yens', 'yenes', 'иен', 'иены', 'йен', 'йены', 'jp¥', '円'],
  KRW: ['₩', 'krw'],
  AUD: ['a$', 'au$', 'aud', 'австралийских долларов', 'dollars australiens', 'dólares australianos'],
  CAD: ['c$', 'ca$', 'cad', 'канадских долларов', 'dollars canadiens', 'dólares canadienses'],
  NZD: ['nz$', 'новозеландских долларов', 'dollars néo-zélandais', 'dólares neozelandeses'],
  SGD: ['s$', 'сингапурских долларов', 'dollars de singapour', 'dólares de singapur'],
  HKD: ['hk$', 'гонконгских долларов', 'dollars de hong kong', 'dólares de hong kong'],
  TWD: ['nt$'],
  BRL: ['r$', 'reais', 'reales', 'реалов'],
  EGP: ['e£', 'le'],
  PHP: ['₱'],
  NGN: ['₦', 'n', 'naira', 'nairas', 'найр', 'найры'],
  BDT: ['৳', 'tk', 'tk.', 'taka', 'takas', 'така'],
  VND: ['₫', 'dong', 'донгов'],
  UAH: ['₴', 'hryvnias', 'hryvnia', 'гривен', 'гривны'],
  ILS: ['₪', 'shekels', 'shekel', 'шекелей'],
  THB: ['฿', 'baht', 'батов'],
  MYR: ['ringgit', 'rm', 'ринггитов'],
  IDR: ['rupiah', 'rp'],
  TJS: ['somoni', 'сомони'],
  MNT: ['₮', 'tugriks', 'tugrik', 'togrog', 'тугриков', 'тугрика'],
  GEL: ['₾', 'lari', 'лари'],
  AZN: ['₼'],
  PLN: ['zł', 'zloty', 'zlotys', 'злотых'],
  SAR: ['sr'],
  QAR: ['qr'],
  KES: ['ksh', 'kshs'],
  DZD: ['da', 'dinars algériens', 'dinares argelinos'],
  KWD: ['kd'],
  BHD: ['bd'],
  ETB: ['birr', 'br'],
  GHS: ['gh₵', 'cedis', 'cedi'],
  CHF: ['chf', 'швейцарских франков', 'francs suisses', 'francos suizos'],
};

/**
 * Abbreviations written right before a figure, capitalised: "Rs 50 billion", "Tk 500 crore", "R188.4 billion",
 * "N1.2 trillion" (naira), "SR20 billion" (Saudi riyals), "KSh 10 billion", "TL 5 billion".
 */
export const MARKS_BEFORE_FIGURES = ['Rs', 'NRs', 'Tk', 'Rp', 'R', 'N', 'SR', 'QR', 'KSh', 'Ksh', 'Kshs', 'Sh', 'TL', 'RM', 'Dh', 'Dhs', 'DA', 'KD', 'BD', 'LE', 'Br'] as const;

/** Abbreviations written right after a figure: "500 crore Tk", "5 milliards DA", "5 mrd TL", "3 milliards FCFA". */
export const MARKS_AFTER_FIGURES = ['Tk', 'Rs', 'DA', 'TL', 'Dh', 'Dhs', 'FCFA', 'KSh', 'Ksh', 'Kshs'] as const;

/**
 * Marks so short that other things are written the same way before digits ("R2" a road, "N95" a mask, "DA 5"):
 * read as money only before a figure with a unit or grouped digits ("R188.4 billion", "N1,200,000").
 */
export const MARKS_NEEDING_SCALE: ReadonlySet<string> = new Set(['R', 'N', 'SR', 'QR', 'Sh', 'TL', 'RM', 'Dh', 'Dhs', 'DA', 'KD', 'BD', 'LE', 'Br']);

/** Why a currency was chosen, for the form to say so. */
export interface CurrencyChoice {
  /** The word as written: "Rs", "dinars". */
  written: string;
  code: string;
  /**
   * 'economyA' / 'economyB': that economy states the figure and uses the word; 'named': "<economy> dollars";
   * 'usual': neither economy uses the word; 'convention': the bare word is read one way whoever states it ("$");
   * 'marked': a mark or name of one currency ("NPR", "€").
   */
  because: 'economyA' | 'economyB' | 'named' | 'usual' | 'convention' | 'marked';
  /** The economy whose currency it is, for 'economyA', 'economyB' and 'named'. */
  economy: string | null;
}

const SHARED_BY_WORD = new Map(SHARED_CURRENCY_WORDS.flatMap((w) => w.words.map((word) => [word, w] as const)));

export function sharedCurrencyWord(word: string): SharedCurrencyWord | undefined {
  return SHARED_BY_WORD.get(word.toLowerCase());
}

/** The names written after a figure ("dollars", "rupees", "pounds sterling"): words, not marks or codes. */
export function currencyNouns(): string[] {
  const abbreviations = new Set([...MARKS_BEFORE_FIGURES, ...MARKS_AFTER_FIGURES].map((m) => m.toLowerCase()));
  return allCurrencyWords().filter((w) => /^[\p{Ll}' ]+$/u.test(w) && !abbreviations.has(w) && !(w.length === 3 && isCurrencyCode(w.toUpperCase())));
}

/** Every word and mark the tables know, for patterns that find money in text. */
export function allCurrencyWords(): string[] {
  return [...Object.values(CURRENCY_NAMES).flat(), ...SHARED_BY_WORD.keys()];
}

/**
 * The currency a shared word means when `statedBy` states it, or when
 * `qualifier` (an economy: "Kuwaiti" in "Kuwaiti dinars") names it. Null when
 * nothing decides and the word has no usual reading.
 */
export function resolveSharedWord(word: SharedCurrencyWord, written: string, statedBy: StatedBy, qualifier: string | null = null): CurrencyChoice | null {
  if (qualifier) {
    const code = word.byEconomy[qualifier];
    return code ? { written, code, because: 'named', economy: qualifier } : null;
  }
  if (word.bareByEconomy) {
    for (const side of ['economyA', 'economyB'] as const) {
      const economy = statedBy[side];
      const code = economy ? word.byEconomy[economy] : undefined;
      if (economy && code) return { written, code, because: side, economy };
    }
  }
  if (!word.otherwise) return null;
  return { written, code: word.otherwise, because: word.bareByEconomy ? 'usual' : 'convention', economy: null };
}

/** The economies a word may belong to, for a message asking for the code: "Algeria DZD, Iraq IQD, …". */
export function codesOf(word: SharedCurrencyWord): string[] {
  return [...new Set(Object.values(word.byEconomy))];
}
