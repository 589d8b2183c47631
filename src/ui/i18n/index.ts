import type { UiLang } from '../../core/glossary/local-text';
import { humanDate } from '../../core/notes/status';
import type { LanguageChoice } from '../../extension/settings-schema';
import { en, type Messages } from './en';
import { ru } from './ru';

// The interface language: the user's choice in the options, else the browser's language.

/** The interface languages, as pack texts have them (src/core/glossary/local-text.ts). */
export type UiLanguage = UiLang;

const MESSAGES: Record<UiLanguage, Messages> = { en, ru };

export function resolveLanguage(choice: LanguageChoice | undefined, browserLanguage: string): UiLanguage {
  if (choice === 'en' || choice === 'ru') return choice;
  return browserLanguage.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function messages(lang: UiLanguage): Messages {
  return MESSAGES[lang];
}

const RU_MONTHS = ['янв.', 'февр.', 'марта', 'апр.', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

/** "2025-04-17" -> "17 Apr 2025" (the engine's own English form) / "17 апр. 2025". */
export function formatDate(iso: string, lang: UiLanguage): string {
  if (lang === 'en') return humanDate(iso);
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${RU_MONTHS[m - 1] ?? '?'} ${y}`;
}

export type { Messages };
