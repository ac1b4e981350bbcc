import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';
import { findEconomies } from '../../app/lib/extract/roles/economies-in-text';
import { splitSentences } from '../../app/lib/extract/text/sentences';
import { isForeignSentence } from '../../app/lib/extract/roles/sentence-language';

// Spanish news: "EE.UU.", "la UE", adjectives after the noun ("exportaciones
// chilenas"), "de España a México", "desde Brasil", and the words of trade
// ("intercambio comercial", "superávit"), goals ("podría alcanzar", "meta") and decoys.

function read(text: string, statementDate = '2024-06-01'): string[] {
  return extractStatements({ text, statementDate }).map(
    (s) => `${s.kind} ${s.flow} ${s.economyA}-${s.economyB} ${s.qualifier} ${s.value} ${s.currency} ${s.periodStart}..${s.periodEnd}`,
  );
}

const codes = (text: string) => findEconomies(text).map((m) => m.code);

describe('Spanish names of economies', () => {
  it.each([
    ['España', 'ESP'], ['Estados Unidos', 'USA'], ['EE.UU.', 'USA'], ['EE. UU.', 'USA'], ['EEUU', 'USA'], ['China', 'CHN'], ['México', 'MEX'],
    ['la Unión Europea', 'EUU'], ['la UE', 'EUU'], ['Brasil', 'BRA'], ['Marruecos', 'MAR'], ['Corea del Sur', 'KOR'], ['Perú', 'PER'], ['Japón', 'JPN'],
  ])('reads %s as %s', (words, code) => {
    expect(codes(`Las conversaciones con ${words} avanzan.`)).toEqual([code]);
  });

  it('reads adjectives in lower case, in every gender and number, and both halves of a pair adjective', () => {
    expect(codes('la economía china, los productos españoles, las empresas mexicanas, el gobierno francés')).toEqual(['CHN', 'ESP', 'MEX', 'FRA']);
    expect(codes('el comercio chino-estadounidense y las relaciones hispano-marroquíes')).toEqual(['CHN', 'USA', 'ESP', 'MAR']);
  });

  it('does not read “sino” (but rather) as China, nor regions and currencies as parties', () => {
    expect(codes('No solo en América Latina, sino también en 5.000 millones de dólares estadounidenses.')).toEqual([]);
  });

  it('does not take first names and cities for islands: Mauricio, Granada', () => {
    expect(codes('Mauricio García viajó a Granada.')).toEqual([]);
  });
});

describe('Spanish flows', () => {
  it.each([
    ['El intercambio comercial entre España y Marruecos alcanzó 22.500 millones de euros en 2023.', 'reported total ESP-MAR exact 22500000000 EUR 2023-01-01..2023-12-31'],
    ['El comercio bilateral entre México y Brasil sumó 13.200 millones de dólares en 2022.', 'reported total MEX-BRA exact 13200000000 USD 2022-01-01..2022-12-31'],
    ['El comercio chino-estadounidense alcanzó 575.000 millones de dólares en 2023.', 'reported total CHN-USA exact 575000000000 USD 2023-01-01..2023-12-31'],
    ['El comercio entre la UE y China alcanzó 740.000 millones de euros en 2023.', 'reported total EUU-CHN exact 740000000000 EUR 2023-01-01..2023-12-31'],
    ['Las exportaciones de España a México ascendieron a 5.400 millones de euros en 2023.', 'reported exports ESP-MEX exact 5400000000 EUR 2023-01-01..2023-12-31'],
    ['Las exportaciones chilenas a China totalizaron 38.000 millones de dólares en 2022.', 'reported exports CHL-CHN exact 38000000000 USD 2022-01-01..2022-12-31'],
    ['Las exportaciones de la UE a EE.UU. sumaron 500.000 millones de euros en 2023.', 'reported exports EUU-USA exact 500000000000 EUR 2023-01-01..2023-12-31'],
    ['Las importaciones de Argentina desde Brasil sumaron 14.000 millones de dólares en 2023.', 'reported imports ARG-BRA exact 14000000000 USD 2023-01-01..2023-12-31'],
    ['Las importaciones mexicanas procedentes de China alcanzaron 115.000 millones de dólares en 2023.', 'reported imports MEX-CHN exact 115000000000 USD 2023-01-01..2023-12-31'],
    ['Las exportaciones de Argentina a Brasil entre enero y junio de 2024 sumaron 6.100 millones de dólares.', 'reported exports ARG-BRA exact 6100000000 USD 2024-01-01..2024-06-30'],
  ])('reads “%s”', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads both figures of “exportaciones …, mientras que las importaciones desde …”', () => {
    expect(read('Las exportaciones de Perú a China sumaron 23.000 millones de dólares en 2023, mientras que las importaciones desde China alcanzaron 14.000 millones.')).toEqual([
      'reported exports PER-CHN exact 23000000000 USD 2023-01-01..2023-12-31',
      'reported imports PER-CHN exact 14000000000 USD 2023-01-01..2023-12-31',
    ]);
  });

  it('reads a balance with its sign and its holder: déficit de México con, superávit a favor de', () => {
    expect(read('El déficit comercial de México con China fue de 100.000 millones de dólares en 2023.')).toEqual([
      'reported balance MEX-CHN exact -100000000000 USD 2023-01-01..2023-12-31',
    ]);
    expect(read('El superávit comercial de Chile con EE.UU. se situó en 4.500 millones de dólares en 2022.')).toEqual([
      'reported balance CHL-USA exact 4500000000 USD 2022-01-01..2022-12-31',
    ]);
    expect(read('El superávit de 5.000 millones de dólares a favor de Uruguay en su comercio con Paraguay se registró en 2023.')).toEqual([
      'reported balance URY-PRY exact 5000000000 USD 2023-01-01..2023-12-31',
    ]);
  });

  it('reads goals and forecasts as projected: podría alcanzar, la meta de … para 2030', () => {
    expect(read('El comercio entre Colombia y Ecuador podría alcanzar 3.000 millones de dólares en 2025.')).toEqual([
      'projected total COL-ECU exact 3000000000 USD 2025-01-01..2025-12-31',
    ]);
    expect(read('El canciller de Colombia se reunió con su par de Ecuador en Quito. Ambos países se fijaron la meta de alcanzar un comercio de 10.000 millones de dólares para 2030.')).toEqual([
      'projected total COL-ECU exact 10000000000 USD 2030-01-01..2030-12-31',
    ]);
  });

  it.each([
    ['investment', 'La inversión española en México alcanzó 5.000 millones de euros en 2023.'],
    ['GDP', 'El PIB de Colombia fue de 360.000 millones de dólares en 2023.'],
    ['trade with the world', 'El comercio exterior de España con el resto del mundo sumó 800.000 millones de euros en 2023.'],
    ['one commodity', 'Las exportaciones de soja de Brasil a China alcanzaron 30.000 millones de dólares en 2023.'],
    ['a change', 'Las exportaciones españolas a Marruecos crecieron 500 millones de euros en 2023.'],
    ['remittances', 'Las remesas de Estados Unidos a México sumaron 63.000 millones de dólares en 2023.'],
  ])('does not read %s as trade', (_what, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('Spanish sentences', () => {
  it('keeps “Sr.” and “EE. UU.” inside the sentence, and ends one before “¿”', () => {
    expect(splitSentences('El Sr. García dijo que las exportaciones a EE. UU. crecieron. ¿Cuánto? Mucho.').map((s) => s.text)).toEqual([
      'El Sr. García dijo que las exportaciones a EE. UU. crecieron.', '¿Cuánto?', 'Mucho.',
    ]);
  });
});

describe('English sentences keep English connectors', () => {
  it('tells a Spanish sentence from an English one', () => {
    expect(isForeignSentence('Las exportaciones de Chile a Perú crecieron.')).toBe(true);
    expect(isForeignSentence('Exports from Chile to Peru grew, a Chilean official said.')).toBe(false);
  });

  it('still reads an English sentence with a word that is a decoy in Spanish or French (“according”)', () => {
    expect(read('Trade between Chile and Peru, according to officials, reached $4 billion in 2023.')).toEqual([
      'reported total CHL-PER exact 4000000000 USD 2023-01-01..2023-12-31',
    ]);
  });

  it('does not read “a” before a demonym as a destination in an English sentence', () => {
    expect(read('Chile’s exports, a Peruvian official said, reached $4 billion in 2023.')).toEqual([]);
  });
});
