import countries from 'i18n-iso-countries';
import es from 'i18n-iso-countries/langs/es.json';
import type { LanguageWords } from './words';

countries.registerLocale(es);

const EXTRA_NAMES: Record<string, string> = {
  'EE.UU.': 'USA', 'EE. UU.': 'USA', EEUU: 'USA', EUA: 'USA', 'Estados Unidos de América': 'USA', 'Unión Europea': 'EUU', UE: 'EUU',
  'Gran Bretaña': 'GBR', Inglaterra: 'GBR', Corea: 'KOR', 'Corea del Sur': 'KOR', 'Corea del Norte': 'PRK', Siria: 'SYR', EAU: 'ARE',
  'Arabia Saudí': 'SAU', Holanda: 'NLD', Birmania: 'MMR', Chequia: 'CZE', Kazajstán: 'KAZ', Laos: 'LAO', Moldova: 'MDA',
  'República Popular China': 'CHN', Belarús: 'BLR', Kirguizistán: 'KGZ', Vaticano: 'VAT', Esuatini: 'SWZ', 'Costa de Marfil': 'CIV',
  Irak: 'IRQ', Qatar: 'QAT', Bangladés: 'BGD', Nepal: 'NPL', Zimbabue: 'ZWE', Kenia: 'KEN', 'RD Congo': 'COD',
};
// ISO names that are also everyday words or first names: "Mauricio", "Granada", "Reunión", "Guadalupe".
const NOT_NAMES = new Set(['Mauricio', 'Granada', 'Reunión', 'Guadalupe', 'Jersey', 'Guernsey', 'Dominica']);

// Masculine singular adjectives; the other forms are built by the usual rules (see `adjectiveForms`).
const ADJECTIVES: Record<string, string> = {
  español: 'ESP', estadounidense: 'USA', norteamericano: 'USA', mexicano: 'MEX', chino: 'CHN', brasileño: 'BRA', argentino: 'ARG',
  chileno: 'CHL', colombiano: 'COL', peruano: 'PER', venezolano: 'VEN', ecuatoriano: 'ECU', boliviano: 'BOL', paraguayo: 'PRY',
  uruguayo: 'URY', cubano: 'CUB', dominicano: 'DOM', guatemalteco: 'GTM', hondureño: 'HND', salvadoreño: 'SLV', nicaragüense: 'NIC',
  costarricense: 'CRI', panameño: 'PAN', canadiense: 'CAN', japonés: 'JPN', coreano: 'KOR', surcoreano: 'KOR', norcoreano: 'PRK',
  vietnamita: 'VNM', tailandés: 'THA', indonesio: 'IDN', filipino: 'PHL', australiano: 'AUS', egipcio: 'EGY', marroquí: 'MAR',
  argelino: 'DZA', tunecino: 'TUN', nigeriano: 'NGA', sudafricano: 'ZAF', keniano: 'KEN', etíope: 'ETH', saudí: 'SAU', saudita: 'SAU',
  emiratí: 'ARE', iraní: 'IRN', israelí: 'ISR', turco: 'TUR', kazajo: 'KAZ', uzbeko: 'UZB', afgano: 'AFG', paquistaní: 'PAK',
  pakistaní: 'PAK', bangladesí: 'BGD', mongol: 'MNG', ucraniano: 'UKR', polaco: 'POL', alemán: 'DEU', francés: 'FRA', italiano: 'ITA',
  portugués: 'PRT', británico: 'GBR', holandés: 'NLD', neerlandés: 'NLD', belga: 'BEL', suizo: 'CHE', austriaco: 'AUT', sueco: 'SWE',
  noruego: 'NOR', danés: 'DNK', finlandés: 'FIN', griego: 'GRC', ruso: 'RUS', bielorruso: 'BLR', taiwanés: 'TWN', indio: 'IND',
  iraquí: 'IRQ', catarí: 'QAT', kuwaití: 'KWT', libanés: 'LBN', sirio: 'SYR', irlandés: 'IRL', rumano: 'ROU', húngaro: 'HUN',
  checo: 'CZE', serbio: 'SRB', malasio: 'MYS', singapurense: 'SGP', neozelandés: 'NZL', senegalés: 'SEN', angoleño: 'AGO',
};

// The first half of a pair adjective, read only before a hyphen: "sino-estadounidense", "hispano-marroquí".
const PREFIXES: Record<string, string> = {
  sino: 'CHN', hispano: 'ESP', franco: 'FRA', luso: 'PRT', germano: 'DEU', ítalo: 'ITA', nipo: 'JPN', indo: 'IND', ruso: 'RUS',
  anglo: 'GBR', greco: 'GRC', austro: 'AUT', chino: 'CHN', mexicano: 'MEX', colombo: 'COL', argentino: 'ARG', chileno: 'CHL',
  peruano: 'PER', brasileño: 'BRA', turco: 'TUR', irano: 'IRN', américo: 'USA', estadounidense: 'USA', ecuatoriano: 'ECU',
  venezolano: 'VEN', boliviano: 'BOL', paraguayo: 'PRY', uruguayo: 'URY', cubano: 'CUB', marroquí: 'MAR', argelino: 'DZA',
};

const CAPITALS: Record<string, string> = {
  Pekín: 'CHN', Beijing: 'CHN', Moscú: 'RUS', Washington: 'USA', Madrid: 'ESP', París: 'FRA', Berlín: 'DEU', Bruselas: 'EUU',
  Londres: 'GBR', Roma: 'ITA', 'Ciudad de México': 'MEX', Brasilia: 'BRA', 'Buenos Aires': 'ARG', Bogotá: 'COL', Caracas: 'VEN',
  'La Habana': 'CUB', Quito: 'ECU', Rabat: 'MAR', Tokio: 'JPN', Seúl: 'KOR', 'Nueva Delhi': 'IND', Ottawa: 'CAN', Argel: 'DZA',
  Kabul: 'AFG', Teherán: 'IRN', Ankara: 'TUR', Riad: 'SAU', Pretoria: 'ZAF', 'El Cairo': 'EGY', Canberra: 'AUS', Lima: 'PER',
  'Santiago de Chile': 'CHL', Montevideo: 'URY', Managua: 'NIC', Tegucigalpa: 'HND', Lisboa: 'PRT', Varsovia: 'POL', Kiev: 'UKR',
};

function isoNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [alpha2, written] of Object.entries(countries.getNames('es', { select: 'all' }))) {
    for (const full of written) {
      const name = full.split(/\s*\(/)[0];
      if (!NOT_NAMES.has(name)) names[name] = countries.alpha2ToAlpha3(alpha2)!;
    }
  }
  return names;
}

/** "chino" → china, chinos, chinas; "francés" → francesa, franceses, francesas; "marroquí" → marroquíes. */
export function spanishAdjectiveForms(masculine: string): string[] {
  const stem = masculine.slice(0, -2);
  if (masculine.endsWith('o')) return [masculine, `${masculine.slice(0, -1)}a`, `${masculine}s`, `${masculine.slice(0, -1)}as`];
  if (/[éá][sn]$/.test(masculine)) {
    const plain = stem + masculine.slice(-2).normalize('NFD')[0] + masculine.slice(-1);
    return [masculine, `${plain}a`, `${plain}es`, `${plain}as`];
  }
  if (/[íú]$/.test(masculine)) return [masculine, `${masculine}es`, `${masculine}s`];
  if (/[ea]$/.test(masculine)) return [masculine, `${masculine}s`];
  return [masculine, `${masculine}a`, `${masculine}es`, `${masculine}as`];
}

export const ES: LanguageWords = {
  names: { ...isoNames(), ...EXTRA_NAMES },
  adjectives: Object.fromEntries(Object.entries(ADJECTIVES).flatMap(([word, code]) => spanishAdjectiveForms(word).map((form) => [form, code]))),
  prefixes: PREFIXES,
  capitals: CAPITALS,
  regions: [
    'América Latina', 'Latinoamérica', 'América del Sur', 'Sudamérica', 'Suramérica', 'América del Norte', 'Norteamérica', 'Centroamérica',
    'América Central', 'Asia Central', 'Sudeste Asiático', 'Oriente Medio', 'Medio Oriente', 'Oriente Próximo', 'Norte de África',
    'África Occidental', 'océano Índico', 'golfo Pérsico', 'las Américas',
    ...['europeo', 'latinoamericano', 'asiático', 'africano', 'árabe', 'iberoamericano', 'centroamericano', 'sudamericano', 'suramericano']
      .flatMap(spanishAdjectiveForms),
  ],

  flows: {
    total: [
      'intercambio comercial', 'intercambios comerciales', 'intercambio*', 'comercio bilateral', 'comercio*', 'flujo* comercia*',
      'volumen comercial', 'volumen de comercio', 'exportaciones e importaciones', 'importaciones y exportaciones', 'relación comercial',
      'transacciones comerciales', 'intercambiaron', 'comerciaron',
    ],
    exports: ['exportaci*', 'exportó', 'exportaron', 'exportado*', 'exporta', 'exportan', 'envíos', 'ventas externas'],
    imports: ['importaci*', 'importó', 'importaron', 'importado*', 'compras'],
    surplus: ['superávit*', 'superávit comercial', 'superavitari*', 'saldo positivo', 'saldo favorable', 'saldo superavitario'],
    deficit: ['déficit*', 'déficit comercial', 'deficitari*', 'saldo negativo', 'saldo desfavorable', 'saldo deficitario'],
    partnerPhrases: ['en su comercio con', 'en el comercio con', 'en sus intercambios con', 'en el intercambio con'],
    balance: ['balanza comercial', 'saldo comercial', 'saldo'],
    otherBalances: [
      'déficit fiscal', 'déficit público', 'déficit presupuestario', 'superávit fiscal', 'superávit primario', 'balanza de pagos',
      'cuenta corriente', 'déficit de cuenta corriente', 'déficit por cuenta corriente', 'saldo fiscal', 'déficit financiero',
    ],
    notTrade: [
      'inversi*', 'invertid*', 'inversor*', 'inversionista*', 'IED', 'ayuda*', 'préstamo*', 'crédito*', 'deuda*', 'presupuesto*', 'PIB',
      'ingreso*', 'contrato*', 'acuerdo*', 'proyecto*', 'fondo*', 'financiamiento*', 'financiación', 'capital*', 'reserva*', 'remesa*',
      'arancel*', 'impuesto*', 'precio*', 'costo*', 'coste*', 'gasto*', 'facturación', 'mercado*', 'cuota* de mercado',
      'participación de mercado', 'producción', 'turismo', 'pago*', 'subsidio*', 'donaci*', 'recaudación',
    ],
  },
  flowAfter: ['en exportaciones', 'en importaciones', 'de comercio', 'de intercambio comercial', 'en intercambio comercial', 'de exportaciones', 'de importaciones'],
  commodities: [
    'petróleo', 'crudo', 'gas', 'soja', 'soya', 'trigo', 'maíz', 'cobre', 'litio', 'carne*', 'vino*', 'café', 'cacao', 'azúcar',
    'aguacate*', 'banano*', 'plátano*', 'flores', 'autos', 'automóviles', 'vehículos', 'acero', 'hierro', 'oro', 'plata', 'energía',
    'electricidad', 'armas', 'armamento*', 'granos', 'cereales', 'frutas', 'hortalizas', 'pescado*', 'mariscos', 'aceite*', 'algodón',
    'madera', 'fertilizantes', 'medicamentos', 'textiles', 'carbón', 'minerales', 'hidrocarburos', 'combustibles', 'gasolina', 'diésel',
    'petroler*', 'agrícola*', 'agropecuari*', 'energétic*', 'miner*', 'automotri*', 'automotor*', 'agroalimentari*', 'pesquer*',
  ],
  commodityExcluded: ['no', 'sin', 'excepto', 'salvo'],
  allPartners: ['exterior', 'exteriores', 'totales', 'globales', 'mundial', 'mundiales'],
  manyPartners: [
    'con el mundo', 'con el resto del mundo', 'con sus socios', 'con los países', 'con todo el mundo', 'con la región', 'con sus vecinos',
    'con el exterior',
  ],
  bilateral: [
    'ambos países', 'los dos países', 'dos países', 'nuestros países', 'nuestros dos países', 'ambas naciones', 'ambas partes',
    'las dos naciones', 'bilateral*', 'mutu*',
  ],

  projected: [
    'prevé', 'prevén', 'previsto*', 'previsi*', 'podría', 'podrían', 'podrá', 'podrán', 'puede alcanzar', 'pueden alcanzar', 'alcanzará',
    'alcanzarán', 'llegará', 'llegarán', 'superará', 'superarán', 'será', 'serán', 'ascenderá', 'ascenderán', 'sumará', 'sumarán', 'espera*',
    'meta', 'metas', 'objetivo*', 'planea*', 'plan', 'planes', 'planific*', 'pretende*', 'busca*', 'aspira*', 'proyecta*', 'proyección', 'proyecciones', 'alcanzar',
    'llegar a', 'superar', 'duplicar', 'triplicar', 'elevar', 'aumentar', 'potencial*', 'de aquí a', 'prevista*',
  ],
  reported: [
    'alcanzó', 'alcanzaron', 'sumó', 'sumaron', 'totalizó', 'totalizaron', 'fue', 'fueron', 'se situó', 'se situaron', 'se ubicó',
    'se ubicaron', 'ascendió', 'ascendieron', 'llegó', 'llegaron', 'superó', 'superaron', 'registró', 'registraron', 'creció', 'crecieron',
    'cayó', 'cayeron', 'aumentó', 'aumentaron', 'disminuyó', 'disminuyeron', 'rondó', 'rondaron', 'eran', 'ha sido', 'han sido',
    'se elevó', 'se elevaron', 'alcanzando', 'sumando', 'ha alcanzado', 'han alcanzado', 'ha superado', 'han superado',
    'alcanza', 'suma', 'asciende', 'ronda', 'totaliza', 'se sitúa', 'actualmente', 'hoy',
  ],
  changeBefore: [
    'aumentó en', 'aumentaron en', 'creció en', 'crecieron en', 'cayó en', 'cayeron en', 'disminuyó en', 'disminuyeron en', 'subió en',
    'bajó en', 'se incrementó en', 'se redujo en', 'aumento de', 'incremento de', 'alza de', 'caída de', 'descenso de', 'reducción de',
    'crecimiento de', 'aumentó', 'aumentaron', 'creció', 'crecieron', 'cayó', 'cayeron', 'disminuyó', 'disminuyeron',
  ],
  changeAfter: ['más', 'menos'],
  compared: ['frente a', 'contra', 'en comparación con', 'comparado con', 'respecto a', 'respecto de', 'desde'],
  anaphors: ['este monto', 'esta cifra', 'este volumen', 'esta suma', 'dicha cifra', 'dicho monto', 'ese monto', 'esa cifra', 'meta de', 'objetivo de'],
  clauseOpeners: ['que', 'lo que', 'pero', 'mientras', 'mientras que', 'aunque', 'si bien', 'lo cual'],
  connectors: {
    between: ['entre'],
    and: ['y', 'e'],
    from: ['desde', 'procedente de', 'procedentes de', 'proveniente de', 'provenientes de', 'originarias de', 'originarios de'],
    to: ['a', 'al', 'hacia', 'con destino a', 'rumbo a'],
    into: ['a', 'al', 'en', 'hacia', 'hasta'],
    with: ['con'],
    holder: ['a favor de', 'a favor del', 'favorable a', 'favorable para', 'para'],
    balancePartner: ['con', 'frente a', 'respecto a', 'respecto de', 'en su comercio con', 'en el comercio con'],
    of: ['de', 'del'],
    articles: ['la', 'el', 'los', 'las'],
    goods: ['bienes', 'productos', 'mercancías', 'mercaderías'],
    modifiers: ['comerciales', 'totales', 'bilaterales', 'anuales'],
    auxiliaries: ['ha', 'han', 'había', 'habían'],
  },
  currencyBefore: ['dólares', 'dólar', 'pesos', 'yuanes', 'rupias', 'dinares', 'reales', 'libras', 'francos', 'rublos', 'wones', 'yenes', 'rands', 'riyales', 'dírhams', 'coronas', 'soles', 'bolívares'],
  currencyAfter: [],
  groupBefore: ['países de', 'países del', 'Estados miembros de', 'miembros de', 'miembros del', 'naciones de'],
};
