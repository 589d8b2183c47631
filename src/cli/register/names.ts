import petrovich from 'petrovich';

// Name forms for register entries, made at build time (petrovich never ships in the extension): a person's
// name in the orders text uses and in all six cases, with the gender the patronymic (or the given name) tells,
// and the English form English-language media write.

export const CASES = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;

export interface PersonName {
  last: string;
  first: string;
  middle?: string;
}

/** "Фамилия Имя Отчество" as the register writes it; a part in brackets (a pseudonym, a former name) is left out. */
export function parsePersonName(registerName: string): PersonName | null {
  const words = registerName
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /^\p{L}[\p{L}-]*$/u.test(w));
  if (words.length < 2) return null;
  const [last, first, middle] = words as [string, string, string | undefined];
  return middle ? { last, first, middle } : { last, first };
}

/** Every form a text may use: "Имя Фамилия", "Фамилия Имя", "Имя Отчество Фамилия", "Фамилия Имя Отчество", in each case. */
export function personForms(name: PersonName): { full: string[]; surname: string[] } {
  const gender = genderOf(name);
  const full = new Set<string>();
  const surname = new Set<string>();
  for (const c of CASES) {
    const f = c === 'nominative' ? { ...name } : (petrovich({ gender, first: name.first, middle: name.middle ?? '', last: name.last }, c) as PersonName);
    full.add(`${f.first} ${f.last}`);
    full.add(`${f.last} ${f.first}`);
    if (name.middle && f.middle) {
      full.add(`${f.first} ${f.middle} ${f.last}`);
      full.add(`${f.last} ${f.first} ${f.middle}`);
    }
    surname.add(f.last);
  }
  return { full: [...full], surname: [...surname] };
}

function genderOf(name: PersonName): 'male' | 'female' | 'androgynous' {
  if (name.middle) {
    const g = petrovich.detect_gender(name.middle) as string;
    if (g === 'male' || g === 'female') return g;
  }
  // Without a patronymic: a given name ending in -а/-я is usually female ("Елена"), not always ("Илья", "Никита").
  if (/(илья|никита|кузьма|фома|лука|савва)$/iu.test(name.first)) return 'male';
  return /[ая]$/iu.test(name.first) ? 'female' : 'male';
}

const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const VOWELS = new Set([...'аеёиоуыэюяьъ']);

/** English-media spelling: "Юрий Дудь" -> "Yury Dud", "Екатерина" -> "Yekaterina", "Жуков" -> "Zhukov". */
export function transliterate(text: string): string {
  return text
    .split(/(\s+|-)/)
    .map((word) => {
      const low = word.toLowerCase().replace(/(ий|ый)$/u, 'y');
      let out = '';
      for (let i = 0; i < low.length; i++) {
        const ch = low[i]!;
        // е at the start of a word or after a vowel is "ye".
        if (ch === 'е' && (i === 0 || VOWELS.has(low[i - 1]!))) out += 'ye';
        else out += LETTERS[ch] ?? ch;
      }
      return out ? out[0]!.toUpperCase() + out.slice(1) : out;
    })
    .join('');
}
