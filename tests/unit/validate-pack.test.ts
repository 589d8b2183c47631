// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatPackError, PACK_LIMITS, type PackResult, parsePack, validatePack } from '../../src/core/glossary/validate';

const src = { title: 'Wikipedia: Meduza', url: 'https://en.wikipedia.org/wiki/Meduza' };

function validPack(): Record<string, any> {
  return {
    id: 'my-pack',
    version: '1.0.0',
    title: 'My pack',
    languages: ['en', 'ru'],
    entries: [
      {
        id: 'meduza',
        kind: 'media',
        names: { en: ['Meduza'], ru: ['Медуза'] },
        stems: [{ lang: 'ru', stem: 'медуз', maxSuffix: 2 }],
        caseSensitive: ['MDZ'],
        summary: 'News outlet.',
        designations: [
          { jurisdiction: 'RU', type: 'foreign-agent', list: 'Register', since: '2021-04-23', source: src },
          { jurisdiction: 'RU', type: 'undesirable', list: 'List', since: '2023-01-26', suspended: '2024-02-29', until: '2025-01-01', note: 'x', source: src },
        ],
        sources: [src],
      },
    ],
    labels: [
      {
        id: 'fa',
        jurisdiction: 'RU',
        type: 'foreign-agent',
        title: 'Foreign agent',
        phrases: { en: ['recognized as a foreign agent'] },
        explanation: 'A register.',
        law: '255-FZ',
        penalty: 'Fines',
        sources: [src],
      },
    ],
  };
}

function errorsOf(result: PackResult): string[] {
  return result.ok ? [] : result.errors.map(formatPackError);
}

function errorsAfter(change: (p: Record<string, any>) => void): string[] {
  const p = validPack();
  change(p);
  return errorsOf(validatePack(p));
}

describe('validatePack', () => {
  it('accepts a valid pack and returns it', () => {
    const data = validPack();
    const r = validatePack(data);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack).toBe(data);
  });

  it('names the path and reason of a bad date', () => {
    expect(errorsAfter((p) => (p.entries[0].designations[0].since = '23.04.2021'))).toEqual(['entries[0].designations[0].since: not a date']);
    expect(errorsAfter((p) => (p.entries[0].designations[1].until = '2021-02-30'))).toEqual(['entries[0].designations[1].until: not a date']);
    expect(errorsAfter((p) => (p.entries[0].designations[1].suspended = '2023-13-01'))).toEqual(['entries[0].designations[1].suspended: not a date']);
    expect(errorsAfter((p) => delete p.entries[0].designations[0].since)).toEqual(['entries[0].designations[0].since: not a date']);
  });

  it('rejects source links that are not https', () => {
    expect(errorsAfter((p) => (p.entries[0].sources[0] = { title: 'x', url: 'http://example.org/' }))).toEqual([
      'entries[0].sources[0].url: not an https link',
    ]);
    expect(errorsAfter((p) => (p.labels[0].sources[0] = { title: 'x', url: 'javascript:alert(1)' }))).toEqual([
      'labels[0].sources[0].url: not an https link',
    ]);
    expect(errorsAfter((p) => (p.entries[0].designations[0].source = { title: 'x', url: 'not a url' }))).toEqual([
      'entries[0].designations[0].source.url: not an https link',
    ]);
  });

  it('rejects duplicate entry ids and duplicate label ids', () => {
    expect(errorsAfter((p) => p.entries.push(structuredClone(p.entries[0])))).toEqual(['entries[1].id: duplicate id "meduza"']);
    expect(errorsAfter((p) => p.labels.push(structuredClone(p.labels[0])))).toEqual(['labels[1].id: duplicate id "fa"']);
  });

  it('rejects ids that are not lower-case slugs', () => {
    expect(errorsAfter((p) => (p.id = 'My Pack'))).toEqual(['id: not an id (lower-case letters, digits, . _ -)']);
    expect(errorsAfter((p) => (p.entries[0].id = '../x'))).toEqual(['entries[0].id: not an id (lower-case letters, digits, . _ -)']);
  });

  it('checks the data date, the listing date and label terms', () => {
    expect(errorsAfter((p) => (p.dataAsOf = '2025-02-30'))).toEqual(['dataAsOf: not a date']);
    expect(errorsAfter((p) => (p.entries[0].designations[0].listed = '2000-01-01'))).toEqual([
      'entries[0].designations[0].listed: before since (a list is updated after the decision)',
    ]);
    expect(errorsAfter((p) => (p.labels[0].terms = { ru: ['ино(агент)*', 'ин*'] }))).toEqual([
      'labels[0].terms.ru[0]: "ино(агент)*" is not a word or a stem',
      'labels[0].terms.ru[1]: stem "ин*" is shorter than 3 letters',
    ]);
  });

  it('accepts ambiguous names only among the entry\'s names', () => {
    expect(errorsAfter((p) => (p.entries[0].ambiguous = ['Nobody']))).toEqual(["entries[0].ambiguous[0]: not one of the entry's names"]);
  });

  it('rejects unknown designation and label types', () => {
    expect(errorsAfter((p) => (p.entries[0].designations[0].type = 'spy'))).toEqual([
      'entries[0].designations[0].type: not one of terrorist, extremist, foreign-agent, undesirable, banned, sanctioned, terrorist-extremist-list',
    ]);
    expect(errorsAfter((p) => (p.labels[0].type = 'bad'))[0]).toMatch(/^labels\[0\]\.type: not one of/);
  });

  it('checks stems: language, at least three letters, a suffix of 1 to 4', () => {
    expect(
      errorsAfter((p) => (p.entries[0].stems = [{ lang: 'Russian', stem: 'ме', maxSuffix: 10 }, { lang: 'ru', stem: 'медуз', maxSuffix: 1.5 }])),
    ).toEqual([
      'entries[0].stems[0].lang: not a language code',
      'entries[0].stems[0].stem: shorter than 3 letters',
      'entries[0].stems[0].maxSuffix: not a whole number from 1 to 4',
      'entries[0].stems[1].maxSuffix: not a whole number from 1 to 4',
    ]);
  });

  it('checks names: an object of language -> list of non-empty text', () => {
    expect(errorsAfter((p) => (p.entries[0].names = ['Meduza']))).toEqual(['entries[0].names: not an object of language -> names']);
    expect(errorsAfter((p) => (p.entries[0].names = {}))).toEqual(['entries[0].names: has no language']);
    expect(errorsAfter((p) => (p.entries[0].names = { english: ['Meduza'] }))).toEqual(['entries[0].names.english: not a language code']);
    expect(errorsAfter((p) => (p.entries[0].names = { en: 'Meduza' }))).toEqual(['entries[0].names.en: not a list']);
    expect(errorsAfter((p) => (p.entries[0].names = { en: ['Meduza', '  ', 5] }))).toEqual([
      'entries[0].names.en[1]: missing or not text',
      'entries[0].names.en[2]: missing or not text',
    ]);
  });

  it('enforces length limits', () => {
    const long = 'x'.repeat(PACK_LIMITS.nameLength + 1);
    expect(errorsAfter((p) => (p.entries[0].names.en = [long]))).toEqual([`entries[0].names.en[0]: longer than ${PACK_LIMITS.nameLength} characters`]);
    expect(errorsAfter((p) => (p.entries[0].summary = 'x'.repeat(PACK_LIMITS.textLength + 1)))).toEqual([
      `entries[0].summary: longer than ${PACK_LIMITS.textLength} characters`,
    ]);
    expect(errorsAfter((p) => (p.entries[0].names.en = Array(PACK_LIMITS.namesPerEntry + 1).fill('a')))).toEqual([
      `entries[0].names.en: more than ${PACK_LIMITS.namesPerEntry} items`,
    ]);
  });

  it('needs at least one source for entries and labels', () => {
    expect(errorsAfter((p) => (p.entries[0].sources = []))).toEqual(['entries[0].sources: needs at least one source']);
    expect(errorsAfter((p) => delete p.labels[0].sources)).toEqual(['labels[0].sources: not a list']);
  });

  it('reports every problem, not only the first', () => {
    const errors = errorsAfter((p) => {
      p.version = '';
      p.languages = ['en', 'EN'];
      p.entries[0].kind = 7;
      p.labels[0].law = undefined;
    });
    expect(errors).toEqual([
      'version: missing or not text',
      'languages[1]: not a language code',
      'entries[0].kind: missing or not text',
      'labels[0].law: missing, or neither text nor { "en": …, "ru": … }',
    ]);
  });

  it('takes reader texts in one language or one version per interface language, and refuses anything else', () => {
    expect(errorsAfter((p) => {
      p.title = { en: 'My pack', ru: 'Мой пакет' };
      p.entries[0].summary = { ru: 'Издание.' };
      p.entries[0].designations[0].list = { en: 'Register', ru: 'Реестр' };
      p.entries[0].designations[1].note = { en: 'x', ru: 'х' };
      p.labels[0].title = { en: 'Foreign agent', ru: 'Иноагент' };
      p.labels[0].explanation = { en: 'A register.', ru: 'Реестр.' };
      p.labels[0].penalty = { ru: 'Штрафы' };
    })).toEqual([]);
    expect(errorsAfter((p) => {
      p.entries[0].summary = {};
      p.labels[0].title = { de: 'Auslandsagent' };
      p.labels[0].explanation = { en: 'A register.', ru: 42 };
      p.labels[0].law = ['255-FZ'];
      p.entries[0].designations[0].list = { en: 'x'.repeat(301) };
      p.entries[0].designations[1].note = JSON.parse('{"__proto__": "x"}');
    })).toEqual([
      'entries[0].designations[1].note.__proto__: "__proto__" is not allowed as a key',
      'entries[0].summary: has no language version',
      'entries[0].designations[0].list.en: longer than 300 characters',
      'labels[0].title.de: not a language of the interface (en, ru)',
      'labels[0].explanation.ru: missing or not text',
      'labels[0].law: missing, or neither text nor { "en": …, "ru": … }',
    ]);
  });

  it('rejects what is not an object, and missing lists', () => {
    for (const bad of [null, 42, 'pack', []]) expect(errorsOf(validatePack(bad))).toEqual(['(pack): not an object']);
    expect(errorsAfter((p) => delete p.entries)).toEqual(['entries: not a list']);
    expect(errorsAfter((p) => (p.entries = [null]))).toEqual(['entries[0]: not an object']);
  });

  it('stops collecting after 200 errors', () => {
    const r = validatePack({ ...validPack(), entries: Array.from({ length: 300 }, () => ({})) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toHaveLength(200);
  });

  it('accepts translation notes and checks them like the rest', () => {
    const note = {
      id: 'tehran-province',
      phrases: { en: ['Tehran province'] },
      meaning: 'Probably Takhar province, misread in translation.',
      context: ['Afghanistan'],
      sources: [src],
    };
    expect(errorsAfter((p) => (p.translationNotes = [note]))).toEqual([]);
    expect(errorsAfter((p) => (p.translationNotes = [{ ...note, context: [] }, { ...note, sources: [{ title: 'x', url: 'http://x.example/' }] }]))).toEqual([
      'translationNotes[0].context: needs at least one context word',
      'translationNotes[1].id: duplicate id "tehran-province"',
      'translationNotes[1].sources[0].url: not an https link',
    ]);
    expect(errorsAfter((p) => (p.translationNotes = 'none'))).toEqual(['translationNotes: not a list']);
  });

  it('does not let a __proto__ key through as a language', () => {
    const r = parsePack(JSON.stringify(validPack()).replace('"names":{"en"', '"names":{"__proto__":["x"],"en"'));
    expect(errorsOf(r)).toEqual(['entries[0].names.__proto__: "__proto__" is not allowed as a key']);
  });

  it('lists every bad word of one label term, not only the first (one place may have several reasons)', () => {
    expect(errorsAfter((p) => (p.labels[0].terms = { ru: ['ино(агент) ин*'] }))).toEqual([
      'labels[0].terms.ru[0]: "ино(агент)" is not a word or a stem',
      'labels[0].terms.ru[0]: stem "ин*" is shorter than 3 letters',
    ]);
  });

  it('refuses a prototype key anywhere, with every other error, and nesting deeper than a pack needs', () => {
    const keyed = parsePack(JSON.stringify(validPack()).replace('"sources":[{', '"sources":[{"constructor":{"prototype":1},'));
    expect(errorsOf(keyed)).toEqual(['entries[0].sources[0].constructor: "constructor" is not allowed as a key']);
    const deep = parsePack(JSON.stringify(validPack()).replace('"kind":"media"', `"kind":${'['.repeat(40)}${']'.repeat(40)}`));
    expect(errorsOf(deep)).toEqual([expect.stringMatching(/^entries\[0\]\.kind(\[0\])+: nested deeper than 12 levels$/)]);
  });
});

describe('parsePack', () => {
  it('parses and validates JSON text', () => {
    expect(parsePack(JSON.stringify(validPack())).ok).toBe(true);
  });

  it('reports broken JSON', () => {
    const errors = errorsOf(parsePack('{"id": "x",'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\(pack\): not JSON: /);
  });

  it('refuses an oversized pack before parsing it', () => {
    expect(errorsOf(parsePack(' '.repeat(PACK_LIMITS.bytes + 1)))).toEqual([`(pack): larger than ${PACK_LIMITS.bytes} bytes`]);
  });
});
