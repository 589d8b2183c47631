import WORDS from './language-words.json';
import { squash } from './text-weight';

// The language of a text, from what it is written in: its script first (Greek, Hebrew, Bengali... each tell
// one language or a few), then, for scripts that many languages share (Latin, Cyrillic), the share of each
// language's most frequent words. Used when the page declares no language, and to overrule a declaration the
// text contradicts (a Greek page marked "en-US").

type Script = 'latin' | 'cyrillic' | 'cjk' | 'greek' | 'hebrew' | 'arabic' | 'devanagari' | 'bengali' | 'thai' | 'georgian' | 'armenian';

/** Code point ranges of the scripts told apart, in ascending order; CJK is Han, kana and Hangul together. */
const RANGES: [number, number, Script][] = [
  [0x370, 0x3ff, 'greek'], [0x400, 0x52f, 'cyrillic'], [0x530, 0x58f, 'armenian'], [0x590, 0x5ff, 'hebrew'],
  [0x600, 0x6ff, 'arabic'], [0x750, 0x77f, 'arabic'], [0x900, 0x97f, 'devanagari'], [0x980, 0x9ff, 'bengali'],
  [0xe00, 0xe7f, 'thai'], [0x10a0, 0x10ff, 'georgian'], [0x1100, 0x11ff, 'cjk'], [0x1f00, 0x1fff, 'greek'],
  [0x3040, 0x30ff, 'cjk'], [0x3130, 0x318f, 'cjk'], [0x3400, 0x4dbf, 'cjk'], [0x4e00, 0x9fff, 'cjk'],
  [0xac00, 0xd7af, 'cjk'], [0xf900, 0xfaff, 'cjk'],
];

/** The languages written in each script: a declared language among them stands; the first is the default. */
const SCRIPT_LANGS: Record<Exclude<Script, 'latin'>, string[]> = {
  cyrillic: ['ru', 'uk', 'bg', 'be', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn', 'tt', 'ba', 'cv', 'ce', 'os', 'sah', 'ab', 'av', 'rue', 'cu', 'kv', 'udm', 'mhr', 'myv', 'mdf', 'bua', 'tyv', 'xal', 'krc', 'kbd', 'ady', 'lez', 'dar', 'inh', 'lbe', 'tab', 'alt'],
  cjk: ['zh', 'ja', 'ko', 'yue', 'wuu', 'lzh'],
  greek: ['el', 'grc'],
  hebrew: ['he', 'iw', 'yi'],
  arabic: ['ar', 'fa', 'ur', 'ps', 'ku', 'sd', 'ug'],
  devanagari: ['hi', 'mr', 'ne', 'sa', 'mai', 'bho'],
  bengali: ['bn', 'as'],
  thai: ['th'],
  georgian: ['ka'],
  armenian: ['hy'],
};

const WORD_SETS = {
  latin: Object.entries(WORDS.latin).map(([lang, words]) => [lang, new Set(words)] as const),
  cyrillic: Object.entries(WORDS.cyrillic).map(([lang, words]) => [lang, new Set(words)] as const),
};

/** Fewer letters than this tell nothing; a language's words need this many hits and this lead over the next. */
const MIN_LETTERS = 20;
const MIN_WORD_HITS = 5;
const MIN_LEAD = 1.3;

/** Up to 2000 characters of the body's text: enough to tell the script and the words. */
export function sampleText(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  for (const p of el.querySelectorAll('p')) {
    out += `${p.textContent} `;
    if (out.length > 2000) break;
  }
  return out.length >= 200 ? out.slice(0, 2000) : squash(el.textContent).slice(0, 2000);
}

/** The declared language, unless the text is plainly in a script it is not written in; else the text's own. */
export function checkLangAgainstText(declared: string | null, text: string): string | null {
  const script = dominantScript(text);
  if (!declared) return script ? languageIn(script, text) : null;
  if (!script || script === 'latin') return declared;
  return SCRIPT_LANGS[script].includes(declared.split('-')[0]!) ? declared : (languageIn(script, text) ?? declared);
}

/** The language a text tells by itself, or null: Cyrillic Russian, Ukrainian or Bulgarian, kana Japanese... */
export function langFromText(text: string): string | null {
  const script = dominantScript(text);
  return script ? languageIn(script, text) : null;
}

function languageIn(script: Script, text: string): string | null {
  if (script === 'latin') return byWords(text, WORD_SETS.latin);
  if (script === 'cyrillic') return /[іїєґ]/i.test(text) ? 'uk' : (byWords(text, WORD_SETS.cyrillic) ?? 'ru');
  if (script === 'cjk') return cjkLanguage(text);
  return SCRIPT_LANGS[script][0]!;
}

/** The script of more than half of the text's letters, or null. One loop over character codes (cheap). */
function dominantScript(text: string): Script | null {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    let script: Script | null = null;
    if (c < 0x80) {
      const l = c | 0x20;
      if (l >= 0x61 && l <= 0x7a) script = 'latin';
    } else if (c < 0x250) {
      if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) script = 'latin';
    } else {
      for (const [lo, hi, s] of RANGES) {
        if (c < lo) break;
        if (c <= hi) {
          script = s;
          break;
        }
      }
    }
    if (!script) continue;
    letters++;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (letters < MIN_LETTERS) return null;
  for (const [script, n] of counts) if (n / letters > 0.5) return script;
  return null;
}

function cjkLanguage(text: string): string {
  let kana = 0;
  let hangul = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
  }
  if (hangul > kana && hangul > han * 0.2) return 'ko';
  if (kana > 0.05 * (kana + han)) return 'ja';
  return 'zh';
}

/** The language whose frequent words the text uses most, when it leads clearly; else null. */
function byWords(text: string, sets: readonly (readonly [string, Set<string>])[]): string | null {
  const hits = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!word) continue;
    for (const [lang, set] of sets) if (set.has(word)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_WORD_HITS || (second && first[1] < second[1] * MIN_LEAD)) return null;
  return first[0];
}
