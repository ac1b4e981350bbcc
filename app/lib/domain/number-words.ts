const SMALL = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

const SCALES = new Map(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));

type Last = 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'half';

/**
 * English number words to a number: "twenty-five", "one hundred and twenty",
 * "one and a half billion", "half a million". Null when the text is anything else,
 * including digits.
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
    } else if (word === 'and' && next === 'a' && afterNext === 'half' && last !== 'none' && last !== 'half') {
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
