import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';
import { findEconomies } from '../../app/lib/extract/roles/economies-in-text';
import { splitSentences } from '../../app/lib/extract/text/sentences';

// French news: "l’Algérie", "les États-Unis", adjectives after the noun
// ("exportations françaises"), pair adjectives ("franco-allemand"), and the
// words of trade ("échanges commerciaux", "excédent"), goals ("devrait atteindre") and decoys.

function read(text: string, statementDate = '2024-06-01'): string[] {
  return extractStatements({ text, statementDate }).map(
    (s) => `${s.kind} ${s.flow} ${s.economyA}-${s.economyB} ${s.qualifier} ${s.value} ${s.currency} ${s.periodStart}..${s.periodEnd}`,
  );
}

const codes = (text: string) => findEconomies(text).map((m) => m.code);

describe('French names of economies', () => {
  it.each([
    ['l’Algérie', 'DZA'], ['la France', 'FRA'], ['les États-Unis', 'USA'], ['la Chine', 'CHN'], ["l'Inde", 'IND'], ["l'Union européenne", 'EUU'],
    ["l'UE", 'EUU'], ['le Maroc', 'MAR'], ['la Corée du Sud', 'KOR'], ['l’Allemagne', 'DEU'], ['le Royaume-Uni', 'GBR'], ['la Côte d’Ivoire', 'CIV'],
  ])('reads %s as %s', (words, code) => {
    expect(codes(`Des entretiens avec ${words} ont eu lieu.`)).toEqual([code]);
  });

  it('reads adjectives in lower case, in every gender and number, and both halves of a pair adjective', () => {
    expect(codes('des entreprises françaises, le gaz algérien, les produits chinois, une banque russe')).toEqual(['FRA', 'DZA', 'CHN', 'RUS']);
    expect(codes('le commerce franco-algérien et les relations sino-américaines')).toEqual(['FRA', 'DZA', 'CHN', 'USA']);
  });

  it('does not read regions, currencies or groups as parties', () => {
    expect(codes('En Amérique latine et dans l’océan Indien.')).toEqual([]);
    expect(codes('Cinq milliards de dollars américains avec les pays de l’UE.')).toEqual([]);
  });

  it('does not take first names for islands: Maurice (Mauritius), Dominique (Dominica)', () => {
    expect(codes('Maurice Dupont et Dominique Martin sont arrivés.')).toEqual([]);
  });
});

describe('French flows', () => {
  it.each([
    ['Les échanges commerciaux entre le Maroc et l’Espagne ont atteint 22,5 milliards d’euros en 2023.', 'reported total MAR-ESP exact 22500000000 EUR 2023-01-01..2023-12-31'],
    ["Le commerce franco-allemand s'est élevé à 180 milliards d'euros en 2022.", 'reported total FRA-DEU exact 180000000000 EUR 2022-01-01..2022-12-31'],
    ["Les échanges entre l'UE et la Chine ont atteint 740 milliards d'euros en 2023.", 'reported total EUU-CHN exact 740000000000 EUR 2023-01-01..2023-12-31'],
    ['Les exportations françaises vers le Maroc ont atteint 6,1 milliards d’euros en 2023.', 'reported exports FRA-MAR exact 6100000000 EUR 2023-01-01..2023-12-31'],
    ["Les exportations de la Tunisie vers l'Italie se sont établies à 4,2 milliards d'euros en 2022.", 'reported exports TUN-ITA exact 4200000000 EUR 2022-01-01..2022-12-31'],
    ["Les importations de biens chinois en Belgique ont totalisé 25 milliards d’euros en 2023.", 'reported imports BEL-CHN exact 25000000000 EUR 2023-01-01..2023-12-31'],
    ['Les importations du Sénégal en provenance de Chine ont atteint 1,9 milliard de dollars en 2023.', 'reported imports SEN-CHN exact 1900000000 USD 2023-01-01..2023-12-31'],
    ["Les importations chinoises en provenance d'Australie ont totalisé 150 milliards de dollars en 2023.", 'reported imports CHN-AUS exact 150000000000 USD 2023-01-01..2023-12-31'],
  ])('reads “%s”', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads a balance with its sign and its holder: déficit de la France avec, excédent de l’Algérie vis-à-vis de', () => {
    expect(read("Le déficit commercial de la France avec la Chine s'est établi à 46 milliards d'euros en 2023.")).toEqual([
      'reported balance FRA-CHN exact -46000000000 EUR 2023-01-01..2023-12-31',
    ]);
    expect(read("L'excédent commercial de l'Algérie vis-à-vis de l'Espagne a atteint 3 milliards de dollars en 2022.")).toEqual([
      'reported balance DZA-ESP exact 3000000000 USD 2022-01-01..2022-12-31',
    ]);
  });

  it('reads goals and forecasts as projected: devrait atteindre, pourrait atteindre, porter à … d’ici', () => {
    expect(read("Le commerce bilatéral entre l'Inde et la France devrait atteindre 20 milliards d'euros en 2026.")).toEqual([
      'projected total IND-FRA exact 20000000000 EUR 2026-01-01..2026-12-31',
    ]);
    expect(read('Le commerce entre le Canada et le Mexique pourrait atteindre 50 milliards de dollars en 2025.')).toEqual([
      'projected total CAN-MEX exact 50000000000 USD 2025-01-01..2025-12-31',
    ]);
    expect(read("Le président sénégalais a reçu son homologue mauritanien à Dakar. Les deux pays visent à porter leurs échanges à 10 milliards de dollars d'ici 2030.")).toEqual([
      'projected total SEN-MRT exact 10000000000 USD 2030-01-01..2030-12-31',
    ]);
  });

  it('reads a flow written after the figure: “5 milliards d’euros d’échanges”', () => {
    expect(read("« Nous visons 5 milliards d'euros d'échanges d'ici 2027 », a déclaré M. Martin à propos du commerce entre la Tunisie et l'Italie.")).toEqual([
      'projected total TUN-ITA exact 5000000000 EUR 2027-01-01..2027-12-31',
    ]);
  });

  it.each([
    ['investment', "Les investissements français au Maroc ont atteint 1,5 milliard d'euros en 2023."],
    ['GDP', "Le PIB de l'Algérie a atteint 240 milliards de dollars en 2023."],
    ['trade with the world', "Le commerce extérieur de la France avec le reste du monde s'est élevé à 1 300 milliards d'euros en 2023."],
    ['one commodity', "Les exportations de pétrole de l'Algérie vers l'Italie ont atteint 12 milliards de dollars en 2022."],
    ['a change', "Les exportations françaises vers l'Algérie ont augmenté de 500 millions d'euros en 2023."],
    ['a contract', "La France et l'Égypte ont signé des contrats d'une valeur de 4 milliards d'euros."],
  ])('does not read %s as trade', (_what, text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads exports outside hydrocarbons as exports: “hors hydrocarbures” excludes the commodity', () => {
    expect(read('Les exportations algériennes hors hydrocarbures vers la France ont atteint 1,2 milliard de dollars en 2023.')).toEqual([
      'reported exports DZA-FRA exact 1200000000 USD 2023-01-01..2023-12-31',
    ]);
  });
});

describe('French sentences', () => {
  it('keeps “M.” and “Mme” with their names', () => {
    expect(splitSentences('M. Macron a reçu Mme Meloni. Ils ont parlé commerce.').map((s) => s.text)).toEqual(['M. Macron a reçu Mme Meloni.', 'Ils ont parlé commerce.']);
  });

  it('ends a sentence after a closing « » with its space', () => {
    expect(splitSentences('Il a déclaré : « Les échanges ont atteint 5 milliards. » Le ministre a ajouté un mot.').map((s) => s.text)).toEqual([
      'Il a déclaré : « Les échanges ont atteint 5 milliards. »', 'Le ministre a ajouté un mot.',
    ]);
  });
});
