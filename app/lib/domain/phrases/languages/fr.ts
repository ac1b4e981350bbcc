import countries from 'i18n-iso-countries';
import fr from 'i18n-iso-countries/langs/fr.json';
import type { LanguageWords } from './words';

countries.registerLocale(fr);

const EXTRA_NAMES: Record<string, string> = {
  'États-Unis': 'USA', 'Etats-Unis': 'USA', 'Union européenne': 'EUU', UE: 'EUU', 'Grande-Bretagne': 'GBR', Angleterre: 'GBR',
  'Émirats arabes unis': 'ARE', EAU: 'ARE', Émirats: 'ARE', Corée: 'KOR', "Côte d'Ivoire": 'CIV', RDC: 'COD', Centrafrique: 'CAF',
  'Viêt Nam': 'VNM', Bélarus: 'BLR', Hollande: 'NLD', Birmanie: 'MMR', Tchéquie: 'CZE', 'Chine populaire': 'CHN', Moldova: 'MDA',
  Kirghizstan: 'KGZ', Kazakstan: 'KAZ', Brunei: 'BRN', Eswatini: 'SWZ', Syrie: 'SYR', Vatican: 'VAT', Turkménistan: 'TKM',
};
// ISO names that are also everyday words or first names: "Maurice", "Dominique", "Grenade", "Réunion".
const NOT_NAMES = new Set(['Maurice', 'Dominique', 'Grenade', 'Réunion', 'Jersey', 'Guernesey']);

// Masculine singular adjectives; the other forms are built by the usual rules (see `adjectiveForms`).
const ADJECTIVES: Record<string, string> = {
  français: 'FRA', algérien: 'DZA', chinois: 'CHN', américain: 'USA', étasunien: 'USA', russe: 'RUS', indien: 'IND', allemand: 'DEU',
  espagnol: 'ESP', italien: 'ITA', japonais: 'JPN', marocain: 'MAR', tunisien: 'TUN', iranien: 'IRN', britannique: 'GBR',
  canadien: 'CAN', brésilien: 'BRA', mexicain: 'MEX', sénégalais: 'SEN', ivoirien: 'CIV', égyptien: 'EGY', saoudien: 'SAU',
  coréen: 'KOR', 'sud-coréen': 'KOR', 'nord-coréen': 'PRK', vietnamien: 'VNM', belge: 'BEL', suisse: 'CHE', néerlandais: 'NLD',
  portugais: 'PRT', polonais: 'POL', ukrainien: 'UKR', kazakh: 'KAZ', kazakhstanais: 'KAZ', mongol: 'MNG', afghan: 'AFG',
  pakistanais: 'PAK', australien: 'AUS', argentin: 'ARG', 'sud-africain': 'ZAF', nigérian: 'NGA', camerounais: 'CMR',
  libyen: 'LBY', malien: 'MLI', qatari: 'QAT', émirati: 'ARE', israélien: 'ISR', indonésien: 'IDN', thaïlandais: 'THA',
  malaisien: 'MYS', singapourien: 'SGP', ouzbek: 'UZB', azerbaïdjanais: 'AZE', autrichien: 'AUT', suédois: 'SWE',
  norvégien: 'NOR', danois: 'DNK', finlandais: 'FIN', irlandais: 'IRL', roumain: 'ROU', hongrois: 'HUN', tchèque: 'CZE',
  serbe: 'SRB', bulgare: 'BGR', chilien: 'CHL', colombien: 'COL', péruvien: 'PER', vénézuélien: 'VEN', cubain: 'CUB',
  bangladais: 'BGD', népalais: 'NPL', 'sri-lankais': 'LKA', irakien: 'IRQ', syrien: 'SYR', libanais: 'LBN', jordanien: 'JOR',
  koweïtien: 'KWT', omanais: 'OMN', mauritanien: 'MRT', nigérien: 'NER', burkinabè: 'BFA', gabonais: 'GAB', congolais: 'COG',
  kényan: 'KEN', éthiopien: 'ETH', angolais: 'AGO', tadjik: 'TJK', kirghiz: 'KGZ', turkmène: 'TKM', biélorusse: 'BLR',
  arménien: 'ARM', géorgien: 'GEO', philippin: 'PHL', birman: 'MMR', cambodgien: 'KHM', laotien: 'LAO', taïwanais: 'TWN',
};
// Forms the rules do not give.
const IRREGULAR: Record<string, string> = { turc: 'TUR', turque: 'TUR', turcs: 'TUR', turques: 'TUR', grec: 'GRC', grecque: 'GRC', grecs: 'GRC', grecques: 'GRC' };

// The first half of a pair adjective: "franco-algérien", "sino-américain".
const PREFIXES: Record<string, string> = {
  franco: 'FRA', algéro: 'DZA', sino: 'CHN', russo: 'RUS', américano: 'USA', indo: 'IND', germano: 'DEU', hispano: 'ESP',
  italo: 'ITA', nippo: 'JPN', turco: 'TUR', irano: 'IRN', maroco: 'MAR', tuniso: 'TUN', belgo: 'BEL', helvético: 'CHE',
  canado: 'CAN', brésilo: 'BRA', mexicano: 'MEX', afghano: 'AFG', pakistano: 'PAK', britannico: 'GBR', anglo: 'GBR', luso: 'PRT',
  sénégalo: 'SEN', ivoiro: 'CIV', égypto: 'EGY', saoudo: 'SAU', israélo: 'ISR', nigéro: 'NER', vietnamo: 'VNM', kazakho: 'KAZ',
  mongolo: 'MNG', ouzbéko: 'UZB', tchado: 'TCD', malo: 'MLI',
};

const CAPITALS: Record<string, string> = {
  Moscou: 'RUS', Pékin: 'CHN', Washington: 'USA', Alger: 'DZA', Paris: 'FRA', Rabat: 'MAR', Tunis: 'TUN', Berlin: 'DEU',
  Bruxelles: 'EUU', Madrid: 'ESP', Rome: 'ITA', Londres: 'GBR', Ottawa: 'CAN', Kaboul: 'AFG', 'New Delhi': 'IND', Téhéran: 'IRN',
  Ankara: 'TUR', Dakar: 'SEN', Tokyo: 'JPN', Séoul: 'KOR', Brasilia: 'BRA', Pretoria: 'ZAF', Riyad: 'SAU', 'Abou Dhabi': 'ARE',
  Doha: 'QAT', Astana: 'KAZ', Tachkent: 'UZB', 'Oulan-Bator': 'MNG', Islamabad: 'PAK', Hanoï: 'VNM', Bamako: 'MLI', Niamey: 'NER',
  Nouakchott: 'MRT', Tripoli: 'LBY', 'Le Caire': 'EGY', Kiev: 'UKR', Kyiv: 'UKR', Varsovie: 'POL', Lisbonne: 'PRT',
};

function isoNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [alpha2, written] of Object.entries(countries.getNames('fr', { select: 'all' }))) {
    for (const full of written) {
      const name = full.split(/\s*\(/)[0];
      if (!NOT_NAMES.has(name)) names[name] = countries.alpha2ToAlpha3(alpha2)!;
    }
  }
  return names;
}

/** "algérien" → algérienne, algériens, algériennes; "français" → française, françaises; "russe" → russes. */
export function frenchAdjectiveForms(masculine: string): string[] {
  if (masculine.endsWith('ien') || masculine.endsWith('éen')) return [masculine, `${masculine}ne`, `${masculine}s`, `${masculine}nes`];
  if (/[sx]$/.test(masculine)) return [masculine, `${masculine}e`, `${masculine}es`];
  if (masculine.endsWith('e') || masculine.endsWith('è')) return [masculine, `${masculine}s`];
  return [masculine, `${masculine}e`, `${masculine}s`, `${masculine}es`];
}

export const FR: LanguageWords = {
  names: { ...isoNames(), ...EXTRA_NAMES },
  adjectives: {
    ...Object.fromEntries(Object.entries(ADJECTIVES).flatMap(([word, code]) => frenchAdjectiveForms(word).map((form) => [form, code]))),
    ...IRREGULAR,
  },
  prefixes: PREFIXES,
  capitals: CAPITALS,
  regions: [
    'Amérique latine', 'Amérique du Sud', 'Amérique du Nord', 'Amérique centrale', 'Asie centrale', 'Asie du Sud-Est', 'Moyen-Orient',
    'Proche-Orient', 'Afrique du Nord', "Afrique de l'Ouest", "Afrique de l'Est", 'Afrique subsaharienne', 'océan Indien', 'golfe Persique',
    ...['européen', 'africain', 'asiatique', 'arabe', 'latino-américain', 'maghrébin', 'sahélien'].flatMap(frenchAdjectiveForms),
  ],

  flows: {
    total: [
      'échanges commerciaux', 'échange* bilatéra*', 'échange*', 'commerce bilatéral', 'commerce*', 'flux commerciaux', 'volume* des échanges',
      'volume* commercia*', 'exportations et importations', 'importations et exportations', 'relations commerciales', 'ont échangé',
    ],
    exports: ['exportation*', 'exporté*', 'exporte', 'exportent', 'exportait', 'exportaient', 'livraison*', 'expédition*'],
    imports: ['importation*', 'importé*', 'importent', 'importait', 'importaient', 'achats'],
    surplus: ['excédent*', 'excédent* commercia*', 'excédent* des échanges', 'excédentaire*', 'solde positif', 'solde excédentaire'],
    deficit: ['déficit*', 'déficit* commercia*', 'déficit* des échanges', 'déficitaire*', 'solde négatif', 'solde déficitaire'],
    partnerPhrases: ['dans ses échanges avec', 'dans leurs échanges avec', 'dans son commerce avec', 'dans les échanges avec'],
    balance: ['balance commerciale', 'balance des échanges', 'solde commercial', 'solde des échanges', 'solde'],
    otherBalances: [
      'déficit* budgétaire*', 'déficit* public*', 'déficit* du budget', 'excédent* budgétaire*', 'balance des paiements', 'compte courant',
      'déficit* courant*', 'déficit* du compte courant', 'solde budgétaire', 'solde courant', 'déficit* de financement',
    ],
    notTrade: [
      'investissement*', 'investi*', 'investisseur*', 'IDE', 'aide*', 'prêt*', 'crédit*', 'dette*', 'budget*', 'PIB', 'recette*',
      'revenu*', 'contrat*', 'accord', 'accords', 'protocole*', 'projet*', 'fonds', 'financement*', 'capital', 'capitaux', 'réserve*',
      'transferts de fonds', 'droits de douane', 'tarif*', 'taxe*', 'prix', 'coût*', 'dépense*', "chiffre* d'affaires", 'marché*',
      'part* de marché', 'production', 'tourisme', 'paiement*', 'subvention*', 'dons', 'enveloppe*',
    ],
  },
  flowAfter: ["d'échanges", "d'échanges commerciaux", "d'exportations", "d'importations", 'de commerce', 'de commerce bilatéral'],
  commodities: [
    'pétrole', 'brut', 'gaz', 'GNL', 'blé', 'céréales', 'maïs', 'vin', 'vins', 'spiritueux', 'armes', 'armement*', 'voitures', 'automobiles',
    'véhicules', 'acier', 'fer', "d'or", 'énergie', 'électricité', 'hydrocarbures', 'charbon', 'produits agricoles', 'produits agroalimentaires',
    'médicaments', 'produits pharmaceutiques', 'textiles', 'bois', 'poisson*', 'viande*', 'lait', 'sucre', 'café', 'cacao', 'coton', 'engrais',
    'phosphates', 'minerai*', 'uranium', 'carburant*', 'pétroli*', 'gazi*', 'agricole*', 'agroalimentaire*', 'énergétique*', 'céréalière*',
    'militaire*', 'pharmaceutique*',
  ],
  commodityExcluded: ['hors', 'non', 'sans', 'excepté'],
  allPartners: ['extérieur', 'extérieurs', 'extérieure', 'extérieures', 'totaux', 'totales', 'globaux', 'globales', 'mondial', 'mondiaux', 'mondiale', 'mondiales'],
  manyPartners: [
    'avec le monde', 'avec le reste du monde', 'avec ses partenaires', 'avec leurs partenaires', 'avec les pays', 'avec le monde entier',
    'avec la région', 'avec ses voisins', "avec l'ensemble de ses partenaires",
  ],
  bilateral: [
    'les deux pays', 'deux pays', 'nos deux pays', 'leurs deux pays', 'nos pays', 'les deux parties', 'les deux nations', 'bilatéra*', 'mutuel*',
  ],

  projected: [
    'devrait', 'devraient', 'pourrait', 'pourraient', 'pourra', 'pourront', 'va atteindre', 'vont atteindre', 'atteindra', 'atteindront',
    'dépassera', 'dépasseront', 'sera', 'seront', "s'élèvera", "s'élèveront", 'doublera', 'doubleront', 'objectif*', 'cible*', 'ambition*',
    'ambitionn*', 'prévoi*', 'prévu*', 'prévision*', 'vise', 'visent', 'visant', 'entend', 'entendent', 'espère*', 'souhait*', 'compte porter',
    'comptent porter', 'porter', 'atteindre', 'dépasser', 'doubler', 'tripler', "d'ici", "à l'horizon", 'potentiel*',
  ],
  reported: [
    'a atteint', 'ont atteint', 'avait atteint', 'atteint', 'atteignant', "s'est élevé*", 'se sont élevé*', "s'élevait", "s'élevaient",
    "s'élève", "s'élèvent", "s'établit", "s'établissent", "s'est établi*", 'se sont établi*', "s'établissait", 'a totalisé', 'ont totalisé',
    'totalisant', 'a progressé', 'ont progressé', 'a augmenté', 'ont augmenté', 'a reculé', 'ont reculé', 'a baissé', 'ont baissé',
    'a diminué', 'ont diminué', 'a enregistré', 'ont enregistré', 'était', 'étaient', 'a été', 'ont été', 'représentait', 'représentaient',
    'a dépassé', 'ont dépassé', 'se chiffrait', 'se chiffre', 'se chiffrent', 'avoisinait', 'a franchi', 'ont franchi', 'est passé*', 'sont passé*',
    'représente', 'représentent', 'se situe', 'se situent', 'avoisine', 'avoisinent', 'actuellement', "aujourd'hui",
  ],
  changeBefore: [
    'a augmenté de', 'ont augmenté de', 'a progressé de', 'ont progressé de', 'a baissé de', 'ont baissé de', 'a diminué de', 'ont diminué de',
    'a reculé de', 'ont reculé de', 'a chuté de', 'ont chuté de', 'hausse de', 'baisse de', 'augmentation de', 'diminution de', 'recul de',
    'progression de', 'croissance de', 'augmenté de', 'diminué de',
  ],
  changeAfter: ['de plus', 'de moins'],
  compared: ['contre', 'par rapport à', 'comparativement à', 'comparé à', 'en comparaison avec'],
  anaphors: ['ce montant', 'ce chiffre', 'cette somme', 'ce volume', 'cet indicateur', 'ce niveau', 'objectif de', "objectif d'"],
  clauseOpeners: ['qui', 'ce qui', 'mais', 'alors que', 'tandis que', 'bien que', 'même si', 'soit une hausse', 'soit une baisse'],
  connectors: {
    between: ['entre'],
    and: ['et'],
    from: ['en provenance de', 'en provenance du', 'en provenance des', "en provenance d'", 'depuis', 'provenant de', 'provenant du', 'provenant des', "provenant d'"],
    to: ['vers', 'à destination de', 'à destination du', 'à destination des', "à destination d'", 'à', 'au', 'aux', 'en'],
    into: ['en', 'vers', 'à', 'au', 'aux', 'dans'],
    with: ['avec'],
    holder: ['en faveur de', 'en faveur du', 'en faveur des', "en faveur d'", 'au profit de', 'au profit du', "au profit d'", 'pour'],
    balancePartner: ['avec', 'vis-à-vis de', 'vis-à-vis du', 'vis-à-vis des', "vis-à-vis d'", 'face à', "à l'égard de", 'dans ses échanges avec', 'dans son commerce avec'],
    of: ['de', "d'", 'du', 'des'],
    articles: ['la', 'le', 'les', "l'"],
    goods: ['biens', 'produits', 'marchandises'],
    modifiers: ['commerciaux', 'commerciales', 'totaux', 'totales', 'bilatéraux', 'bilatérales', 'annuels', 'annuelles'],
    auxiliaries: ['a', 'ont', 'avait', 'avaient'],
  },
  currencyBefore: ['dollars', 'dollar', 'yuans', 'roupies', 'dinars', 'francs', 'livres', 'pesos', 'wons', 'yens', 'roubles', 'rands', 'riyals', 'dirhams', 'couronnes', 'réals', 'reais', 'nairas', 'shillings'],
  currencyAfter: [],
  groupBefore: ['pays de', 'pays du', 'pays des', "pays de l'", 'États membres de', "États membres de l'", 'membres de', "membres de l'"],
};
