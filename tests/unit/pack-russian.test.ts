// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LocalText, textIn } from '../../src/core/glossary/local-text';
import type { Pack } from '../../src/core/glossary/pack';

// Russian everywhere a reader reads a designation: every label, every designated entity (curated and from the
// registers), every list name, in both languages; and the two versions of a text name the same dates and numbers,
// so a translation cannot carry a wrong date.

const load = (name: string) => JSON.parse(readFileSync(`assets/packs/${name}.json`, 'utf8')) as Pack;
const DESIGNATION_PACKS = ['designated-entities', 'ru-register-foreign-agents', 'ru-register-undesirable'].map(load);
const labels = load('ru-designation-labels');

const bothLanguages = (text: LocalText | undefined) => typeof text === 'object' && typeof text.en === 'string' && typeof text.ru === 'string';

/** The numbers a text holds: dates, article and law numbers, sums ("2,000" and "2 000" are one number). */
export function numbersIn(text: string): string[] {
  const joined = text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1');
  return [...new Set(joined.match(/\d+(?:\.\d+)?/g) ?? [])].sort();
}

describe('Russian texts in the shipped packs', () => {
  it('every label has its title, explanation, law and penalty in English and Russian', () => {
    const missing: string[] = [];
    for (const l of labels.labels)
      for (const field of ['title', 'explanation', 'law', 'penalty'] as const)
        if ((l[field] !== undefined || field !== 'penalty') && !bothLanguages(l[field])) missing.push(`${l.id}.${field}`);
    expect(missing).toEqual([]);
  });

  it('every designated entity has its summary, list names and notes in English and Russian', () => {
    const missing: string[] = [];
    for (const pack of DESIGNATION_PACKS) {
      if (!bothLanguages(pack.title)) missing.push(`${pack.id}.title`);
      for (const e of pack.entries) {
        if (!e.designations?.length) continue;
        if (!bothLanguages(e.summary)) missing.push(`${pack.id}/${e.id}.summary`);
        e.designations.forEach((d, i) => {
          if (!bothLanguages(d.list)) missing.push(`${pack.id}/${e.id}.designations[${i}].list`);
          if (d.note !== undefined && !bothLanguages(d.note)) missing.push(`${pack.id}/${e.id}.designations[${i}].note`);
        });
      }
    }
    expect(missing).toEqual([]);
  });

  it('the Russian and English versions of each text name the same numbers and dates', () => {
    const differ: string[] = [];
    const check = (where: string, text: LocalText | undefined) => {
      if (typeof text !== 'object') return;
      const [en, ru] = [numbersIn(textIn(text, 'en')), numbersIn(textIn(text, 'ru'))];
      if (en.join() !== ru.join()) differ.push(`${where}: en ${en.join(' ')} / ru ${ru.join(' ')}`);
    };
    for (const l of labels.labels) for (const f of ['title', 'explanation', 'law', 'penalty'] as const) check(`${l.id}.${f}`, l[f]);
    for (const pack of DESIGNATION_PACKS)
      for (const e of pack.entries) {
        // Register summaries write "27 Jun 2013" and "27 июня 2013 г.": the same numbers either way.
        check(`${pack.id}/${e.id}.summary`, e.summary);
        e.designations?.forEach((d, i) => check(`${pack.id}/${e.id}.designations[${i}].note`, d.note));
      }
    expect(differ).toEqual([]);
  });

  it('reads numbers written either way alike, and tells different ones apart', () => {
    expect(numbersIn('2,000-2,500 RUB, 40,000 RUB, art. 13.15 part 2, 14 February 2003')).toEqual(numbersIn('2000–2500 руб., 40 000 руб., ч. 2 ст. 13.15, 14 февраля 2003 г.'));
    expect(numbersIn('on 17 April 2025')).not.toEqual(numbersIn('17 апреля 2024 г.'));
  });
});
