// Russian writes a country's name in six cases ("Россия", "России", "Россией")
// and its adjective in some twelve forms ("российский", "российской",
// "российских"); these build them from the dictionary form, so the tables in
// ru.ts list each name once.

// The cases in order: nominative, genitive, dative, accusative, instrumental, prepositional.
type Endings = readonly [string, string, string, string, string, string];

const NOUN_IYA: Endings = ['ия', 'ии', 'ии', 'ию', 'ией', 'ии'];
const NOUN_YA: Endings = ['я', 'и', 'е', 'ю', 'ей', 'е'];
const NOUN_A: Endings = ['а', 'ы', 'е', 'у', 'ой', 'е'];
// After г, к, х, ж, ш, щ, ч the genitive is -и: "Мексики", "Польши".
const NOUN_A_SOFT: Endings = ['а', 'и', 'е', 'у', 'ой', 'е'];
const NOUN_Y: Endings = ['й', 'я', 'ю', 'й', 'ем', 'е'];
const NOUN_SOFT_MASCULINE: Endings = ['ь', 'я', 'ю', 'ь', 'ем', 'е'];
const NOUN_SOFT_FEMININE: Endings = ['ь', 'и', 'и', 'ь', 'ью', 'и'];
const NOUN_PLURAL: Endings = ['ы', 'ов', 'ам', 'ы', 'ами', 'ах'];
const NOUN_HARD: Endings = ['', 'а', 'у', '', 'ом', 'е'];
const ADJ_FEMININE: Endings = ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'];
const ADJ_PLURAL_HARD: Endings = ['ые', 'ых', 'ым', 'ые', 'ыми', 'ых'];
const ADJ_PLURAL_SOFT: Endings = ['ие', 'их', 'им', 'ие', 'ими', 'их'];
const ADJ_MASCULINE_SOFT: Endings = ['ий', 'ого', 'ому', 'ий', 'им', 'ом'];
const ADJ_MASCULINE_HARD: Endings = ['ый', 'ого', 'ому', 'ый', 'ым', 'ом'];
const ADJ_NEUTER: Endings = ['ое', 'ого', 'ому', 'ое', 'ым', 'ом'];

const ADJECTIVE_ENDINGS: [string, Endings][] = [
  ['ая', ADJ_FEMININE], ['ые', ADJ_PLURAL_HARD], ['ие', ADJ_PLURAL_SOFT], ['ий', ADJ_MASCULINE_SOFT], ['ый', ADJ_MASCULINE_HARD], ['ое', ADJ_NEUTER],
];

/** The endings of one word of a name, or null when it does not decline ("Перу", "США", "Марокко"). */
function nounEndings(word: string): Endings[] | null {
  if (word === word.toUpperCase()) return null;
  if (word.endsWith('ия')) return [NOUN_IYA];
  if (/[аеиоуэюя]я$/.test(word)) return [NOUN_YA];
  if (word.endsWith('я')) return [NOUN_YA];
  if (/[гкхжшщч]а$/.test(word)) return [NOUN_A_SOFT];
  if (word.endsWith('а')) return [NOUN_A];
  if (word.endsWith('й')) return [NOUN_Y];
  if (word.endsWith('ь')) return [NOUN_SOFT_MASCULINE, NOUN_SOFT_FEMININE];
  if (word.endsWith('ы')) return [NOUN_PLURAL];
  if (/[бвгдзклмнпрстфхцчшщж]$/.test(word)) return [NOUN_HARD];
  return null;
}

function adjectiveEndings(word: string): Endings | null {
  return ADJECTIVE_ENDINGS.find(([ending]) => word.endsWith(ending))?.[1] ?? null;
}

function decline(word: string, endings: Endings, index: number): string {
  return word.slice(0, word.length - endings[0].length) + endings[index];
}

/**
 * Every case of a name: each adjective and the first noun decline together,
 * the words after that noun stay as they are ("Соединённые Штаты Америки",
 * "Республика Корея"). A word written with a leading `~` never declines.
 */
export function russianNameForms(name: string): string[] {
  const words = name.split(' ');
  const forms = new Set<string>([name.replace(/~/g, '')]);
  for (let index = 0; index < 6; index++) {
    // Masculine and feminine soft nouns differ; build each reading.
    for (let variant = 0; variant < 2; variant++) {
      let nounSeen = false;
      const declined = words.map((word) => {
        if (word.startsWith('~')) return word.slice(1);
        if (nounSeen) return word;
        // A hyphenated word declines at its end ("Южно-Африканская", "Шри-Ланки"); a lone adjective is a name too ("Поднебесная").
        const adjective = adjectiveEndings(word);
        if (adjective && (words.length > 1 || /(?:ск|н)ая$/.test(word))) return decline(word, adjective, index);
        nounSeen = true;
        const endings = nounEndings(word);
        if (!endings) return word;
        return decline(word, endings[Math.min(variant, endings.length - 1)], index);
      });
      forms.add(declined.join(' '));
    }
  }
  return [...forms];
}

// Adjective stems end in -ск or -цк: "российск", "турецк"; the endings are the soft ones.
const ADJECTIVE_FORMS = ['ий', 'ая', 'ое', 'ие', 'ого', 'ой', 'ому', 'им', 'ую', 'ими', 'их', 'ом'] as const;

/** Every form of an adjective of nationality from its stem: "российск" → "российский", "российской"… */
export function russianAdjectiveForms(stem: string): string[] {
  return ADJECTIVE_FORMS.map((ending) => stem + ending);
}
