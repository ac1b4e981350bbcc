const SMALL = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

const SCALES = new Map(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));

type Last = 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'half' | 'decimal';

/**
 * English number words to a number: "twenty-five", "one hundred and twenty",
 * "one and a half billion", "half a million", "nine point nine billion" (spoken
 * decimals, one digit a word). Null when the text is anything else, including digits.
 */
export function parseNumberWords(text: string): number | null {
  const words = text.toLowerCase().trim().split(/[\s-]+/).filter(Boolean);
  let total = 0;
  let group: number | null = null; // the part not yet multiplied by a scale word
  let lastScale = Infinity;
  let last: Last = 'none';

  for (let i = 0; i < words.length; i++) {
    const [word, next, afterNext] = [words[i], words[i + 1], words[i + 2]];
    const small = SMALL.get(word);
    const scale = SCALES.get(word);
    if ((word === 'a' || word === 'an') && last === 'none' && (next === 'hundred' || SCALES.has(next))) {
      group = 1;
      last = 'unit';
    } else if (word === 'half' && last === 'none') {
      group = 0.5;
      last = 'half';
      if (next === 'a' || next === 'an') i++;
    } else if (word === 'point' && group !== null && (last === 'unit' || last === 'tens') && SMALL.get(next ?? '')! < 10) {
      let digits = '';
      for (; SMALL.get(words[i + 1] ?? '')! < 10; i++) digits += String(SMALL.get(words[i + 1]));
      group = Number(`${group}.${digits}`);
      last = 'decimal';
    } else if (word === 'and' && next === 'a' && afterNext === 'half' && last !== 'none' && last !== 'half' && last !== 'decimal') {
      // After a scale word the half is of that scale: "a billion and a half".
      if (group === null) total += lastScale / 2;
      else group += 0.5;
      last = 'half';
      i += 2;
    } else if (word === 'and' && (last === 'hundred' || last === 'scale') && SMALL.has(next)) {
      continue;
    } else if (small !== undefined) {
      const afterTens = last === 'tens' && small > 0 && small < 10;
      if (!afterTens && last !== 'none' && last !== 'hundred' && last !== 'scale') return null;
      group = (group ?? 0) + small;
      last = small >= 20 ? 'tens' : 'unit';
    } else if (word === 'hundred') {
      if (group === null || group >= 100 || last === 'hundred') return null;
      group *= 100;
      last = 'hundred';
    } else if (scale !== undefined) {
      if (group === null || scale >= lastScale) return null;
      total += group * scale;
      group = null;
      lastScale = scale;
      last = 'scale';
    } else {
      return null;
    }
  }
  return last === 'none' ? null : total + (group ?? 0);
}

// French, Spanish and Russian numbers as news writes them before a unit: "deux milliards",
// "dos mil millones", "трех млрд", "полтора миллиарда" (Russian in its cases). Larger
// numbers are written in digits there, so single words are enough.
const FOREIGN = new Map<string, number>([
  ...pairs(1, ['un', 'une', 'uno', 'una', 'один', 'одна', 'одного', 'одной', 'одному']),
  ...pairs(1.5, ['полтора', 'полторы', 'полутора']),
  ...pairs(2, ['deux', 'dos', 'два', 'две', 'двух']),
  ...pairs(3, ['trois', 'tres', 'три', 'трех', 'трёх']),
  ...pairs(4, ['quatre', 'cuatro', 'четыре', 'четырех', 'четырёх']),
  ...pairs(5, ['cinq', 'cinco', 'пять', 'пяти']),
  ...pairs(6, ['six', 'seis', 'шесть', 'шести']),
  ...pairs(7, ['sept', 'siete', 'семь', 'семи']),
  ...pairs(8, ['huit', 'ocho', 'восемь', 'восьми']),
  ...pairs(9, ['neuf', 'nueve', 'девять', 'девяти']),
  ...pairs(10, ['dix', 'diez', 'десять', 'десяти']),
  ...pairs(20, ['vingt', 'veinte', 'двадцать', 'двадцати']),
  ...pairs(30, ['trente', 'treinta', 'тридцать', 'тридцати']),
  ...pairs(40, ['quarante', 'cuarenta', 'сорок', 'сорока']),
  ...pairs(50, ['cinquante', 'cincuenta', 'пятьдесят', 'пятидесяти']),
  ...pairs(100, ['cent', 'cien', 'сто', 'ста']),
  ...pairs(1000, ['mil']),
]);

function pairs(value: number, words: string[]): [string, number][] {
  return words.map((w) => [w, value]);
}

/** A French, Spanish or Russian number word ("deux", "dos", "трех", "mil"); undefined for any other word. */
export function foreignNumberWord(word: string): number | undefined {
  return FOREIGN.get(word.toLowerCase());
}

/** Every word `foreignNumberWord` reads, for patterns. */
export function foreignNumberWords(): string[] {
  return [...FOREIGN.keys()];
}
