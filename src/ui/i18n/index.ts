import { en, type Messages } from './en';
import { ru } from './ru';

// The interface language: the user's choice in the options, else the browser's language.

export type UiLanguage = 'en' | 'ru';
export type LanguageChoice = 'auto' | UiLanguage;
export const UI_LANGUAGES: UiLanguage[] = ['en', 'ru'];

const MESSAGES: Record<UiLanguage, Messages> = { en, ru };

export function resolveLanguage(choice: LanguageChoice | undefined, browserLanguage: string): UiLanguage {
  if (choice === 'en' || choice === 'ru') return choice;
  return browserLanguage.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function messages(lang: UiLanguage): Messages {
  return MESSAGES[lang];
}

const MONTHS: Record<UiLanguage, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};

/** "2025-04-17" -> "17 Apr 2025" / "17 апр. 2025". */
export function formatDate(iso: string, lang: UiLanguage): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[lang][m - 1] ?? '?'} ${y}`;
}

export type { Messages };
