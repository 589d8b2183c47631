// @vitest-environment node
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/core/glossary/validate';
import { SHIPPED_PACKS } from '../../src/extension/packs';

// The JSON Schema for pack authors and the extension's own validator must agree.
const schema = JSON.parse(readFileSync('assets/pack.schema.json', 'utf8'));
const check = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const SOURCE = { title: 'Wikipedia: Meduza', url: 'https://en.wikipedia.org/wiki/Meduza' };
const good = () => ({
  id: 'p',
  version: '1',
  title: 'P',
  languages: ['en'],
  labels: [],
  entries: [{ id: 'meduza', kind: 'media', names: { en: ['Meduza'] }, summary: 's', sources: [SOURCE],
    designations: [{ jurisdiction: 'RU', type: 'foreign-agent', list: 'register', since: '2021-04-23', source: SOURCE }] }],
});

describe('pack JSON Schema', () => {
  it('and the validator both accept per-language texts', () => {
    const pack = good() as Record<string, any>;
    pack.title = { en: 'P', ru: 'П' };
    pack.entries[0].summary = { ru: 'Издание' };
    pack.entries[0].designations[0].list = { en: 'register', ru: 'реестр' };
    expect(check(pack), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
    expect(validatePack(pack).ok).toBe(true);
  });

  it.each(SHIPPED_PACKS.map((p) => [p.id, p] as const))('accepts the shipped pack %s', (_id, pack) => {
    expect(check(pack), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
  });

  const broken: [string, (p: ReturnType<typeof good>) => void][] = [
    ['an http source', (p) => (p.entries[0]!.sources[0] = { ...SOURCE, url: 'http://example.org/' })],
    ['a designation without since', (p) => delete (p.entries[0]!.designations[0] as Partial<(typeof p.entries)[0]['designations'][0]>).since],
    ['a bad designation type', (p) => (p.entries[0]!.designations[0]!.type = 'villain')],
    ['an entry without sources', (p) => (p.entries[0]!.sources = [])],
    ['an id with capitals', (p) => (p.id = 'My Pack')],
    ['a summary in a language the interface lacks', (p) => ((p.entries[0] as { summary: unknown }).summary = { de: 'Medium' })],
    ['a summary with no version', (p) => ((p.entries[0] as { summary: unknown }).summary = {})],
  ];
  it.each(broken)('and the validator both reject %s', (_what, breakIt) => {
    const pack = good();
    expect(check(pack)).toBe(true);
    expect(validatePack(pack).ok).toBe(true);
    breakIt(pack);
    expect(check(pack)).toBe(false);
    expect(validatePack(pack).ok).toBe(false);
  });
});
