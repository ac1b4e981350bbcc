import { describe, expect, it } from 'vitest';
import type { Period } from '../../app/lib/domain/period';
import { findPeriods } from '../../app/lib/extract/periods/periods-in-text';

// Periods in French, Spanish and Russian, read against a statement made on 17 October 2023.
const SAID_ON = '2023-10-17';

function only(sentence: string, anchor: Period | null = null, date = SAID_ON) {
  const found = findPeriods(sentence, date);
  expect(found.map((p) => sentence.slice(p.start, p.end))).toHaveLength(1);
  return { ...found[0].resolve(anchor), target: found[0].target, text: sentence.slice(found[0].start, found[0].end) };
}
const lastYearAnchor: Period = { start: '2023-01-01', end: '2023-06-30', label: 'H1 2023' };

describe('French', () => {
  it.each([
    ['Les échanges ont atteint 5 milliards en 2022.', '2022-01-01', '2022-12-31'],
    ['Les échanges ont progressé l’an dernier.', '2022-01-01', '2022-12-31'],
    ["Les échanges ont progressé l'année dernière.", '2022-01-01', '2022-12-31'],
    ['Les échanges progressent cette année.', '2023-01-01', '2023-12-31'],
    ['Les échanges progresseront l’année prochaine.', '2024-01-01', '2024-12-31'],
    ['Les échanges ont progressé au premier trimestre 2023.', '2023-01-01', '2023-03-31'],
    ['Les échanges ont progressé au premier trimestre.', '2023-01-01', '2023-03-31'],
    ['Les échanges ont progressé au deuxième semestre de l’année dernière.', '2022-07-01', '2022-12-31'],
    ['Les échanges ont progressé sur les neuf premiers mois de 2023.', '2023-01-01', '2023-09-30'],
    ['Les échanges ont progressé au cours des 9 premiers mois de l’année.', '2023-01-01', '2023-09-30'],
    ['Les échanges ont progressé de janvier à mai 2023.', '2023-01-01', '2023-05-31'],
    ['Les échanges ont progressé entre janvier et septembre.', '2023-01-01', '2023-09-30'],
    ['Les échanges ont progressé d’avril à juin.', '2023-04-01', '2023-06-30'],
    ['Les échanges ont progressé en septembre.', '2023-09-01', '2023-09-30'],
    ['Les échanges ont progressé en février 2017.', '2017-02-01', '2017-02-28'],
  ])('“%s” is %s..%s', (sentence, start, end) => {
    expect(only(sentence)).toMatchObject({ start, end, target: false });
  });

  it.each([
    ['Les échanges doivent atteindre 10 milliards d’ici 2030.', '2030-01-01'],
    ['Les échanges doivent atteindre 10 milliards à l’horizon 2030.', '2030-01-01'],
    ['Les échanges doivent doubler d’ici la fin de l’année.', '2023-01-01'],
    ['Les échanges doivent doubler dans les cinq prochaines années.', '2028-01-01'],
    ['Les échanges doivent doubler à moyen terme.', '2024-01-01'],
  ])('reads “%s” as a goal', (sentence, start) => {
    expect(only(sentence)).toMatchObject({ start, target: true });
  });

  it('reads “l’année précédente” and “la même période de l’année dernière” against the figure before', () => {
    expect(only('Les échanges étaient plus faibles l’année précédente.', lastYearAnchor)).toMatchObject({ start: '2022-01-01', end: '2022-06-30' });
    expect(only('Ils étaient plus faibles sur la même période de l’année dernière.', lastYearAnchor)).toMatchObject({ start: '2022-01-01', end: '2022-06-30' });
  });

  it('gives no period for spans of years, and none for a month that is a planet', () => {
    expect(only('Les échanges ont doublé depuis 2015.')).toMatchObject({ text: 'depuis 2015' });
    expect(findPeriods('Les échanges ont doublé depuis 2015.', SAID_ON)[0].resolve(null)).toBeNull();
    expect(findPeriods('Une mission vers Mars a coûté 2 milliards.', SAID_ON)).toEqual([]);
  });
});

describe('Spanish', () => {
  it.each([
    ['El comercio sumó 5.000 millones en 2022.', '2022-01-01', '2022-12-31'],
    ['El comercio creció el año pasado.', '2022-01-01', '2022-12-31'],
    ['El comercio creció el pasado año.', '2022-01-01', '2022-12-31'],
    ['El comercio crece este año.', '2023-01-01', '2023-12-31'],
    ['El comercio crecerá el próximo año.', '2024-01-01', '2024-12-31'],
    ['El comercio crecerá el año que viene.', '2024-01-01', '2024-12-31'],
    ['El comercio creció en el primer semestre.', '2023-01-01', '2023-06-30'],
    ['El comercio creció en el primer trimestre de 2023.', '2023-01-01', '2023-03-31'],
    ['El comercio creció durante el segundo semestre del año pasado.', '2022-07-01', '2022-12-31'],
    ['El comercio creció en los primeros nueve meses del año.', '2023-01-01', '2023-09-30'],
    ['El comercio creció en los nueve primeros meses de 2022.', '2022-01-01', '2022-09-30'],
    ['El comercio creció de enero a mayo.', '2023-01-01', '2023-05-31'],
    ['El comercio creció entre enero y septiembre de 2022.', '2022-01-01', '2022-09-30'],
    ['El comercio creció en septiembre.', '2023-09-01', '2023-09-30'],
    ['El comercio creció en febrero de 2017.', '2017-02-01', '2017-02-28'],
  ])('“%s” is %s..%s', (sentence, start, end) => {
    expect(only(sentence)).toMatchObject({ start, end, target: false });
  });

  it.each([
    ['El comercio llegará a 10.000 millones para 2030.', '2030-01-01'],
    ['El comercio llegará a 10.000 millones para finales de 2025.', '2025-01-01'],
    ['El comercio se duplicará en los próximos cinco años.', '2028-01-01'],
    ['El comercio se duplicará en los próximos años.', '2024-01-01'],
    ['El comercio se duplicará a mediano plazo.', '2024-01-01'],
  ])('reads “%s” as a goal', (sentence, start) => {
    expect(only(sentence)).toMatchObject({ start, target: true });
  });

  it('reads “el año anterior” and “el mismo período del año pasado” against the figure before', () => {
    expect(only('El comercio fue menor el año anterior.', lastYearAnchor)).toMatchObject({ start: '2022-01-01', end: '2022-06-30' });
    expect(only('Fue menor en el mismo período del año pasado.', lastYearAnchor)).toMatchObject({ start: '2022-01-01', end: '2022-06-30' });
  });

  it('gives no period for spans of years', () => {
    expect(findPeriods('El comercio se duplicó desde 2015.', SAID_ON)[0].resolve(null)).toBeNull();
    expect(findPeriods('El comercio se duplicó entre 2019 y 2022.', SAID_ON)[0].resolve(null)).toBeNull();
  });
});

describe('Russian', () => {
  it.each([
    ['Товарооборот составил 5 млрд долларов в 2022 году.', '2022-01-01', '2022-12-31'],
    ['Товарооборот за 2022 год составил 5 млрд долларов.', '2022-01-01', '2022-12-31'],
    ['Товарооборот по итогам прошлого года вырос.', '2022-01-01', '2022-12-31'],
    ['Товарооборот в прошлом году вырос.', '2022-01-01', '2022-12-31'],
    ['Товарооборот в этом году вырастет.', '2023-01-01', '2023-12-31'],
    ['Товарооборот в следующем году вырастет.', '2024-01-01', '2024-12-31'],
    ['Товарооборот за январь-май вырос.', '2023-01-01', '2023-05-31'],
    ['Товарооборот в январе - сентябре текущего года вырос.', '2023-01-01', '2023-09-30'],
    ['Товарооборот с января по май 2022 года вырос.', '2022-01-01', '2022-05-31'],
    ['Товарооборот в первом квартале вырос.', '2023-01-01', '2023-03-31'],
    ['Товарооборот в I полугодии 2022 года вырос.', '2022-01-01', '2022-06-30'],
    ['Товарооборот за девять месяцев 2022 года вырос.', '2022-01-01', '2022-09-30'],
    ['Товарооборот за первые пять месяцев вырос.', '2023-01-01', '2023-05-31'],
    ['Товарооборот в сентябре вырос.', '2023-09-01', '2023-09-30'],
    ['Товарооборот за февраль 2017 года вырос.', '2017-02-01', '2017-02-28'],
  ])('“%s” is %s..%s', (sentence, start, end) => {
    expect(only(sentence)).toMatchObject({ start, end, target: false });
  });

  it.each([
    ['Товарооборот достигнет 10 млрд долларов к 2030 году.', '2030-01-01'],
    ['Товарооборот достигнет 10 млрд долларов до конца года.', '2023-01-01'],
    ['Товарооборот удвоится в ближайшие пять лет.', '2028-01-01'],
    ['Товарооборот удвоится в течение трех лет.', '2026-01-01'],
    ['Товарооборот удвоится в ближайшие годы.', '2024-01-01'],
  ])('reads “%s” as a goal', (sentence, start) => {
    expect(only(sentence)).toMatchObject({ start, target: true });
  });

  it('reads “по итогам года” as the whole year of the statement, “годом ранее” against the figure before', () => {
    expect(only('Ожидаем, что по итогам года он превысит 2 млрд долларов.')).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(only('Годом ранее он был ниже.', lastYearAnchor)).toMatchObject({ start: '2022-01-01', end: '2022-06-30' });
    expect(only('За аналогичный период прошлого года он был ниже.', lastYearAnchor)).toMatchObject({ start: '2022-01-01', end: '2022-06-30' });
  });

  it('gives no period for spans of years, nor for a lighthouse that begins like May', () => {
    expect(findPeriods('Товарооборот вырос с 2015 года.', SAID_ON)[0].resolve(null)).toBeNull();
    expect(findPeriods('Товарооборот вырос в 2020-2022 годах.', SAID_ON)[0].resolve(null)).toBeNull();
    expect(findPeriods('Маяк в маяке стоит.', SAID_ON)).toEqual([]);
  });
});

describe('a period a change is measured against', () => {
  it.each([
    ['Это на 31% больше, чем в 2020 году.'],
    ['C’est 5% de plus par rapport à l’année précédente.'],
    ['Es un 5% más respecto al año pasado.'],
    ['It is 31% more than in 2020.'],
    ['It rose 4% compared with last year.'],
  ])('marks the period of “%s” as a baseline', (sentence) => {
    const [found] = findPeriods(sentence, SAID_ON);
    expect(found.baseline).toBe(true);
  });
});
