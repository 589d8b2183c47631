// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from '../../src/ui/i18n/en';
import { formatDate, resolveLanguage } from '../../src/ui/i18n';
import { ru } from '../../src/ui/i18n/ru';

describe('interface strings', () => {
  it('exist in both languages, with the same keys in nested tables', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      if (value && typeof value === 'object') expect(Object.keys(ru[key as keyof typeof ru] as object).sort(), key).toEqual(Object.keys(value).sort());
    }
  });

  it('are translated, not copied (apart from the product name)', () => {
    const same = Object.keys(en).filter((k) => typeof en[k as keyof typeof en] === 'string' && en[k as keyof typeof en] === ru[k as keyof typeof ru]);
    expect(same).toEqual(['appName']);
  });

  it('say why a labelled name has no note of its own, in both languages', () => {
    for (const t of [en, ru]) {
      const [plain, noRecord, unnamed] = (['not-in-packs', 'no-record', 'unnamed'] as const).map((r) => t.unlistedSummary('X', r, 'Dushanbe'));
      expect(new Set([plain, noRecord, unnamed]).size).toBe(3);
      expect(noRecord).toContain('Dushanbe');
      for (const s of [plain, noRecord, unnamed]) expect(s).toContain('X');
    }
  });

  it('use Russian plural forms', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => ru.notesCount(n))).toEqual([
      '1 заметка', '2 заметки', '5 заметок', '11 заметок', '21 заметка', '22 заметки', '25 заметок',
    ]);
    expect(en.notesCount(1)).toBe('1 note');
    expect(en.notesCount(3)).toBe('3 notes');
  });
});

describe('language choice', () => {
  it('follows the browser unless the options say otherwise', () => {
    expect(resolveLanguage('auto', 'ru-RU')).toBe('ru');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage('en', 'ru-RU')).toBe('en');
    expect(resolveLanguage(undefined, 'ru')).toBe('ru');
  });

  it('formats dates per language', () => {
    expect(formatDate('2025-04-17', 'en')).toBe('17 Apr 2025');
    expect(formatDate('2025-04-17T10:00:00Z', 'ru')).toBe('17 апр. 2025');
  });
});
