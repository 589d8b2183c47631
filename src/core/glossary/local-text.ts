// A text a reader reads, in one language or in several: a plain string (the pack's language, as packs were
// written before), or one version per UI language, `{ "en": "…", "ru": "…" }`. The reader gets their language
// and, where the pack has no version in it, the other one: a note in the wrong language beats no note.

export type UiLang = 'en' | 'ru';
export const UI_LANGS: readonly UiLang[] = ['en', 'ru'];

export type LocalText = string | { en?: string; ru?: string };

/** The text in `lang`, else in the other UI language; '' when there is none. */
export function textIn(text: LocalText | undefined, lang: UiLang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang === 'en' ? 'ru' : 'en'] ?? '';
}
