import type { Flow } from '../vocabulary';

// The words that say what a figure measures, each list written once: the
// extraction engine builds its patterns from them and the form and tables
// label the flows with `flowPhrase`.

/** Words for trade in both directions; "exports and imports" together is total trade too. */
export const TOTAL_WORDS = ['exports and imports', 'export and import', 'imports and exports', 'import and export', 'trade', 'trading', 'turnover', 'commerce'] as const;
export const EXPORT_WORDS = ['exports', 'export', 'exported', 'exporting', 'deliveries', 'shipments', 'shipped', 'supplies', 'supplied', 'sold', 'sent', 'shipping'] as const;
export const IMPORT_WORDS = ['imports', 'import', 'imported', 'importing', 'purchases', 'purchased', 'bought'] as const;

/** A trade balance: economy A's surplus is positive, its deficit negative. */
export const SURPLUS_WORDS = ['trade surpluses', 'trade surplus', 'surpluses', 'surplus'] as const;
export const DEFICIT_WORDS = ['trade deficits', 'trade deficit', 'trade gap', 'deficits', 'deficit'] as const;
/** A balance that states no sign by itself: "with the balance standing at ¥111.77 billion". */
export const BALANCE_WORDS = ['trade balance', 'balance of trade', 'balance'] as const;
/** Balances that are not of trade between two economies. */
export const OTHER_BALANCE_LEADS = ['budget', 'budgetary', 'fiscal', 'current account', 'current-account', 'primary', 'revenue', 'financial', 'capital account', 'payments'] as const;

/** Sums named near a figure that make it something other than a trade volume. */
export const NOT_TRADE_WORDS = [
  'investment', 'investments', 'invested', 'investor', 'investors', 'aid', 'assistance', 'loan', 'loans', 'credit', 'credits',
  'grant', 'grants', 'debt', 'debts', 'budget', 'gdp', 'revenue', 'revenues', 'contract', 'contracts', 'deal', 'deals',
  'agreement', 'agreements', 'mou', 'mous', 'project', 'projects', 'fund', 'funds', 'funding', 'financing', 'capital',
  'reserves', 'remittances', 'tariff', 'tariffs', 'duties', 'price', 'prices', 'cost', 'costs', 'spending', 'sales', 'market',
  'share', 'output', 'production', 'tourism', 'payment', 'payments', 'fdi', 'inflows', 'outflows', 'deposit', 'deposits',
  'bonds', 'securities',
] as const;

/** Words a figure is compared with or a flow is named by, after "against" or "from": "against exports of $257.9 million". */
export const COMPARED_FLOW_WORDS = ['exports', 'export', 'imports', 'import', 'trade', 'turnover'] as const;
/** Words for the level a change starts from: "from current levels of $2.7 billion". */
export const BASELINE_WORDS = ['current', 'present', 'existing', 'today’s', "today's", 'level', 'levels', 'figure', 'value', 'volume'] as const;

/** The flow in words for one pair, economy names given: "Kazakhstan’s exports to Afghanistan". */
export function flowPhrase(flow: Flow, a: string, b: string): string {
  switch (flow) {
    case 'total':
      return `total trade between ${a} and ${b}`;
    case 'exports':
      return `${a}’s exports to ${b}`;
    case 'imports':
      return `${a}’s imports from ${b}`;
    case 'balance':
      return `${a}’s trade balance with ${b}`;
  }
}

/** How the sign of a balance reads, for labels and hints. */
export const BALANCE_SIGN_HINT = 'surplus +, deficit −';
