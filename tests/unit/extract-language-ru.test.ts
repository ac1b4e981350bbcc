import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';
import { findEconomies } from '../../app/lib/extract/roles/economies-in-text';
import { splitSentences } from '../../app/lib/extract/text/sentences';
import { russianAdjectiveForms, russianNameForms } from '../../app/lib/domain/phrases/languages/ru-forms';

// Russian news: names in six cases ("России", "Россией"), adjectives in lower
// case ("российских"), pair adjectives ("российско-китайский"), and the words of
// trade ("товарооборот", "экспорт", "сальдо"), goals ("планируют довести") and decoys.

function read(text: string, statementDate = '2024-06-01'): string[] {
  return extractStatements({ text, statementDate }).map(
    (s) => `${s.kind} ${s.flow} ${s.economyA}-${s.economyB} ${s.qualifier} ${s.value} ${s.currency} ${s.periodStart}..${s.periodEnd}`,
  );
}

const codes = (text: string) => findEconomies(text).map((m) => m.code);

describe('Russian declension', () => {
  it('builds the six cases of a name, adjectives declining with their noun and a genitive left as it is', () => {
    expect(russianNameForms('Россия')).toEqual(expect.arrayContaining(['Россия', 'России', 'Россию', 'Россией']));
    expect(russianNameForms('Китай')).toEqual(expect.arrayContaining(['Китая', 'Китаю', 'Китаем', 'Китае']));
    expect(russianNameForms('Казахстан')).toEqual(expect.arrayContaining(['Казахстана', 'Казахстану', 'Казахстаном', 'Казахстане']));
    expect(russianNameForms('Мексика')).toEqual(expect.arrayContaining(['Мексики', 'Мексике', 'Мексикой']));
    expect(russianNameForms('Саудовская Аравия')).toEqual(expect.arrayContaining(['Саудовской Аравии', 'Саудовскую Аравию']));
    expect(russianNameForms('Соединённые Штаты ~Америки')).toEqual(expect.arrayContaining(['Соединённых Штатов Америки', 'Соединёнными Штатами Америки']));
    expect(russianNameForms('США')).toEqual(['США']);
  });

  it('builds the forms of an adjective from its stem', () => {
    expect(russianAdjectiveForms('российск')).toEqual(expect.arrayContaining(['российский', 'российская', 'российского', 'российских', 'российскую']));
  });
});

describe('Russian names of economies', () => {
  it.each([
    ['Россия', 'RUS'], ['России', 'RUS'], ['Россией', 'RUS'], ['Россию', 'RUS'], ['РФ', 'RUS'], ['Китай', 'CHN'], ['Китая', 'CHN'],
    ['Китаем', 'CHN'], ['КНР', 'CHN'], ['США', 'USA'], ['Соединенных Штатов', 'USA'], ['Монголией', 'MNG'], ['Казахстану', 'KAZ'],
    ['Афганистане', 'AFG'], ['Индии', 'IND'], ['Египта', 'EGY'], ['Беларусью', 'BLR'], ['Южной Кореи', 'KOR'], ['ОАЭ', 'ARE'],
    ['Евросоюзом', 'EUU'], ['ЕС', 'EUU'], ['Саудовской Аравией', 'SAU'],
  ])('reads %s as %s', (word, code) => {
    expect(codes(`Переговоры с ${word} прошли успешно.`)).toEqual([code]);
  });

  it('reads adjectives in lower case and both halves of a pair adjective', () => {
    expect(codes('российские компании, китайской стороны и российско-монгольский товарооборот')).toEqual(['RUS', 'CHN', 'RUS', 'MNG']);
    expect(codes('американо-китайские отношения')).toEqual(['USA', 'CHN']);
  });

  it('does not read a currency or a group as a party: долларов США, российских рублей, стран ЕС', () => {
    expect(codes('Сумма составила 5 млрд долларов США, или 400 млрд российских рублей, со странами ЕС.')).toEqual([]);
  });

  it('does not read regions: Латинской Америки, Центральной Азии', () => {
    expect(codes('Рынки Латинской Америки и Центральной Азии.')).toEqual([]);
  });
});

describe('Russian flows', () => {
  it.each([
    ['Товарооборот между Чили и Перу в 2023 году составил 4,2 млрд долларов.', 'reported total CHL-PER exact 4200000000 USD 2023-01-01..2023-12-31'],
    ['Российско-вьетнамский товарооборот по итогам 2023 года достиг $7,1 млрд.', 'reported total RUS-VNM exact 7100000000 USD 2023-01-01..2023-12-31'],
    ['Объем взаимной торговли России и Японии в 2023 году составил около 17 млрд долларов.', 'reported total RUS-JPN approximately 17000000000 USD 2023-01-01..2023-12-31'],
    ['Товарооборот Беларуси с Египтом в 2022 году вырос до 500 млн долларов.', 'reported total BLR-EGY exact 500000000 USD 2022-01-01..2022-12-31'],
    ['Экспорт Узбекистана в Китай в 2023 году вырос до 3 млрд долларов.', 'reported exports UZB-CHN exact 3000000000 USD 2023-01-01..2023-12-31'],
    ['Поставки из Казахстана в Афганистан за девять месяцев 2023 года составили 700 млн долларов.', 'reported exports KAZ-AFG exact 700000000 USD 2023-01-01..2023-09-30'],
    ['Импорт Киргизии из Китая в 2022 году составил 15 млрд долларов.', 'reported imports KGZ-CHN exact 15000000000 USD 2022-01-01..2022-12-31'],
  ])('reads “%s”', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it('reads a balance with its sign: дефицит, положительное сальдо', () => {
    expect(read('Дефицит торговли Индии с Россией в 2023 году превысил 57 млрд долларов.')).toEqual(['reported balance IND-RUS more than -57000000000 USD 2023-01-01..2023-12-31']);
    expect(read('Положительное сальдо Казахстана в торговле с Таджикистаном в 2022 году составило 900 млн долларов.')).toEqual([
      'reported balance KAZ-TJK exact 900000000 USD 2022-01-01..2022-12-31',
    ]);
  });

  it('reads goals and forecasts as projected: планируют увеличить, довести к, может достичь, превысит', () => {
    expect(read('Россия и Иран планируют увеличить товарооборот до 5 млрд долларов в 2025 году.')).toEqual(['projected total RUS-IRN exact 5000000000 USD 2025-01-01..2025-12-31']);
    expect(read('Стороны договорились довести взаимную торговлю между Россией и Вьетнамом до 10 млрд долларов к 2030 году.')).toEqual([
      'projected total RUS-VNM exact 10000000000 USD 2030-01-01..2030-12-31',
    ]);
    expect(read('Товарооборот Монголии и Китая может достичь 20 млрд долларов в 2026 году.')).toEqual(['projected total MNG-CHN exact 20000000000 USD 2026-01-01..2026-12-31']);
    expect(read('Прогнозируется, что товарооборот Турции и Азербайджана в 2025 году превысит 15 млрд долларов.')).toEqual([
      'projected total TUR-AZE more than 15000000000 USD 2025-01-01..2025-12-31',
    ]);
  });

  it('takes the pair from the sentence before for “обе страны”', () => {
    expect(read('Премьер-министр Узбекистана встретился с президентом Таджикистана. Обе страны намерены довести товарооборот до $2 млрд к 2030 году.')).toEqual([
      'projected total UZB-TJK exact 2000000000 USD 2030-01-01..2030-12-31',
    ]);
  });

  it.each([
    ['investment', 'Российские инвестиции в экономику Казахстана в 2023 году составили 2 млрд долларов.'],
    ['GDP', 'ВВП Монголии в 2023 году составил 19 млрд долларов.'],
    ['trade with the world', 'Внешнеторговый оборот России с миром в 2023 году составил 710 млрд долларов.'],
    ['one commodity', 'Экспорт российской нефти в Китай в 2023 году составил 60 млрд долларов.'],
    ['a group', 'Товарооборот между странами ЕАЭС и Китаем в 2023 году превысил 100 млрд долларов.'],
    ['a change', 'Экспорт Китая в Россию вырос на 10 млрд долларов.'],
    ['a loan', 'Китай выделил Киргизии кредит на 500 млн долларов.'],
  ])('does not read %s as trade', (_what, text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads the volume after a change: “вырос на 26 млрд … и составил 240 млрд”', () => {
    expect(read('Товарооборот между Россией и Китаем вырос на 26 млрд долларов и составил 240 млрд долларов в 2023 году.')).toEqual([
      'reported total RUS-CHN exact 240000000000 USD 2023-01-01..2023-12-31',
    ]);
  });
});

describe('Russian sentences', () => {
  it('does not end a sentence at “млрд. долл.” before a lower-case word, and does at a stop before a capital', () => {
    expect(splitSentences('Товарооборот составил 3 млрд. долл. в 2023 г. Это рекорд.').map((s) => s.text)).toEqual([
      'Товарооборот составил 3 млрд. долл. в 2023 г.', 'Это рекорд.',
    ]);
  });

  it('ends a sentence before a quotation in « »', () => {
    expect(splitSentences('«Мы довольны», — сказал он. «Торговля растёт».').map((s) => s.text)).toEqual(['«Мы довольны», — сказал он.', '«Торговля растёт».']);
  });

  it('keeps an initial with its name: “В. Путин”', () => {
    expect(splitSentences('Об этом заявил В. Путин на встрече.').map((s) => s.text)).toEqual(['Об этом заявил В. Путин на встрече.']);
  });
});

describe('Russian text in linear time', () => {
  it.each(['товарооборот России ', 'между Россией и ', 'экспорт российской ', 'Ааа ', 'в торговле с '])('reads 60 KB of %j quickly', (unit) => {
    const text = unit.repeat(Math.ceil(60_000 / unit.length)) + ' составил 5 млрд долларов.';
    const started = performance.now();
    extractStatements({ text, statementDate: '2024-06-01' });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
