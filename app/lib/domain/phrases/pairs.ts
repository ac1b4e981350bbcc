// The words that say who trades with whom, each list written once for the
// extraction engine's patterns.

/** Nouns for a pair already named: "the two countries", "both sides". */
export const PAIR_NOUNS = ['countries', 'nations', 'states', 'sides', 'economies', 'neighbours', 'neighbors', 'parties'] as const;
/** Nouns for many economies: "EU countries", "Gulf states". */
export const GROUP_NOUNS = ['countries', 'nations', 'member states', 'states', 'economies'] as const;
/** Words that say the figure is between the two economies already named. */
export const BILATERAL_WORDS = ['bilateral', 'mutual', 'two-way'] as const;
/** Words between an economy and its flow word that keep them together: "Pakistan’s overall exports". */
export const FLOW_MODIFIERS = ['overall', 'total', 'bilateral', 'annual', 'mutual', 'two-way', 'merchandise', 'goods', 'non-oil', 'monthly'] as const;
/** Words before a flow word that count every partner: "total trade", "foreign trade". */
export const ALL_PARTNER_WORDS = ['total', 'foreign', 'external', 'global', 'overall', 'world', 'international', 'worldwide', 'aggregate'] as const;
/** Partners that are many economies: "trade with the world", "with its partners". */
export const MANY_PARTNERS = ['world', 'rest of the world', 'region', 'neighbouring countries', 'neighboring countries', 'other countries', 'all countries'] as const;
/**
 * Regions and blocs that are not one economy of the table (the EU is one): trade with them is not bilateral.
 * Written as running text has them: "China-Africa trade", "trade with ASEAN", "exports to Central Asia".
 */
export const REGION_NAMES = [
  'Africa', 'Sub-Saharan Africa', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa', 'Asia', 'Central Asia',
  'South Asia', 'Southeast Asia', 'South-East Asia', 'East Asia', 'West Asia', 'Asia-Pacific', 'Europe', 'Eastern Europe',
  'Latin America', 'South America', 'North America', 'Central America', 'the Americas', 'Caribbean', 'Oceania', 'Middle East',
  'Gulf', 'Arab world', 'Maghreb', 'Sahel', 'Balkans', 'Eurasia', 'ASEAN', 'Mercosur', 'GCC', 'BRICS', 'SCO', 'CIS', 'EAEU',
  'Eurasian Economic Union', 'OPEC', 'G7', 'G20', 'Commonwealth', 'eurozone', 'euro area', 'Global South',
] as const;
/** Words that open a clause about all partners: "Overall, Japan logged a trade deficit of…". */
export const OVERALL_WORDS = [
  'overall', 'in total', 'all told', 'in all', 'altogether', 'globally', 'worldwide',
  'au total', 'globalement', 'en total', 'en conjunto', 'в целом', 'всего',
] as const;
/** How a balance names the economy whose surplus it is: "a surplus of €16.5 billion for India", "in favour of China". */
export const BALANCE_HOLDER_LEADS = ['for', 'in favour of', 'in favor of', 'in favour', 'in favor'] as const;
/** How a balance names the partner: "deficit with China", "surplus against the US". */
export const BALANCE_PARTNER_LEADS = ['with', 'against', 'vis-à-vis', 'vis-a-vis', 'over', 'in its trade with', 'in trade with'] as const;

const nouns = (list: readonly string[]) => `(?:${list.join('|')})`;
/** The sentence speaks of a pair already named: "bilateral trade", "the two countries", "both sides". */
export const BILATERAL = new RegExp(
  `\\b(?:${BILATERAL_WORDS.join('|')}|(?:the|our|their)\\s+two\\s+${nouns(PAIR_NOUNS)}|(?:our|their)\\s+${nouns(['countries', 'nations', 'economies'])}|both\\s+${nouns(PAIR_NOUNS.filter((n) => !n.startsWith('neighbo')))}|the\\s+sides)\\b`,
  'i',
);
