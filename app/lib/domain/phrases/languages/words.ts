// The words of one language that the extraction engine reads, each list written
// once per language (es.ts, fr.ts, ru.ts); index.ts joins them. A phrase is
// written as running text would have it, with two marks of its own:
// a `*` ends a stem ("товарооборот*" is every case of the word, "exportation*"
// both numbers) and a `'` matches either apostrophe. Matching ignores case.

export interface LanguageWords {
  /** Names and short forms of economies, capitalised as written: "Algérie", "EE.UU.", "США". */
  names: Readonly<Record<string, string>>;
  /** Adjectives of nationality, written in lower case as these languages write them: "française", "российской". */
  adjectives: Readonly<Record<string, string>>;
  /** The first half of a pair adjective, read only before a hyphen: "franco-algérien", "российско-монгольский". */
  prefixes: Readonly<Record<string, string>>;
  /** Capitals standing for their governments, trusted only inside a pair: "Москва и Кабул". */
  capitals: Readonly<Record<string, string>>;
  /** Places that look like an economy and are not one: "América Latina", "océan Indien". */
  regions: readonly string[];

  flows: {
    total: readonly string[];
    exports: readonly string[];
    imports: readonly string[];
    surplus: readonly string[];
    deficit: readonly string[];
    /** A balance that states no sign by itself: "balance commerciale", "сальдо". */
    balance: readonly string[];
    /** Balances that are not of trade: "déficit budgétaire", "дефицит бюджета" (whole phrases). */
    otherBalances: readonly string[];
    /** Sums near a figure that make it something other than a trade volume. */
    notTrade: readonly string[];
    /** Flow words that only lead a partner, "a surplus in its trade with": not a cue of their own. */
    partnerPhrases: readonly string[];
  };
  /** Flow words right after a figure that name its flow: "5 milliards d'euros d'échanges", "на $1 млрд товаров" is not one. */
  flowAfter: readonly string[];
  /** Goods that make a flow one commodity's: "exportations de pétrole", "экспорт нефти". */
  commodities: readonly string[];
  /** Words that say a commodity is excluded, so the flow is still general: "hors hydrocarbures". */
  commodityExcluded: readonly string[];
  /** Words next to a flow word that count every partner: "commerce extérieur", "внешняя торговля". */
  allPartners: readonly string[];
  /** Partners after a flow word that are many economies: "avec le reste du monde", "с миром". */
  manyPartners: readonly string[];
  /** The sentence speaks of a pair already named: "les deux pays", "обе страны", "bilateral". */
  bilateral: readonly string[];

  /** Words that make a figure a goal, forecast or plan. */
  projected: readonly string[];
  /** Verbs that report a figure already reached. */
  reported: readonly string[];
  /** Words right before a figure that make it a change, not a volume: "a augmenté de", "вырос на". */
  changeBefore: readonly string[];
  /** Words right after a figure that make it a change: "de plus", "больше". */
  changeAfter: readonly string[];
  /** Words before a figure given to compare with: "contre", "frente a", "против". */
  compared: readonly string[];
  /** Words that point back to the figure before: "ce montant", "этот показатель". */
  anaphors: readonly string[];
  /** Words after a comma that open a new clause: ", qui", ", что", ", mientras". */
  clauseOpeners: readonly string[];

  connectors: {
    /** "entre la France et l’Algérie", "между Россией и Китаем". */
    between: readonly string[];
    and: readonly string[];
    /** The origin of goods: "desde China", "из России", "en provenance de". */
    from: readonly string[];
    /** The destination of exports: "vers l’Algérie", "a México", "в Китай". */
    to: readonly string[];
    /** Where imports arrive: "en France". */
    into: readonly string[];
    with: readonly string[];
    /** Whose surplus it is: "en faveur de", "a favor de", "в пользу". */
    holder: readonly string[];
    /** The partner of a balance: "avec", "con", "с", "face à". */
    balancePartner: readonly string[];
    /** "of", read by what follows: "de la France" is the owner; "de Chine" (no article) the origin. */
    of: readonly string[];
    /** Articles and contractions that may stand before a name: "la", "l'", "el", "du", "des". */
    articles: readonly string[];
    /** Goods whose adjective names their origin: "biens algériens", "productos chinos". */
    goods: readonly string[];
    /** Words beside a flow word that keep an economy with it: "échanges commerciaux", "российский несырьевой экспорт". */
    modifiers: readonly string[];
    /** Auxiliaries between an economy and its flow verb: "la France a exporté", "México ha exportado". */
    auxiliaries: readonly string[];
  };
  /** Currency names before a country word, which then names the currency: "долларов США", "dólares estadounidenses". */
  currencyBefore: readonly string[];
  /** Currency names after a country adjective, which then names the currency: "российских рублей". */
  currencyAfter: readonly string[];
  /** Words before an economy that make it a group of economies: "pays de l'UE", "стран ЕС". */
  groupBefore: readonly string[];
}
