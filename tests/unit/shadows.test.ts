// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Entry, Pack } from '../../src/core/glossary/pack';
import { compileLibrary, packSet } from '../../src/core/match/compiled-pack';
import { shadowedNames } from '../../src/core/match/shadows';
import { SHIPPED_PACKS } from '../../src/extension/packs';

// Which names of a pack another pack's entry takes, and so which entries a reader's import never shows.

const entry = (id: string, names: Entry['names'], extra: Partial<Entry> = {}): Entry => ({ id, kind: 'organization', names, summary: `About ${id}.`, sources: [], ...extra });
const pack = (id: string, entries: Entry[]): Pack => ({ id, version: '1', title: id, languages: ['en', 'ru'], entries, labels: [] });

const shipped = pack('base', [entry('taliban', { en: ['Taliban'], ru: ['Талибан'] })]);

describe('shadowedNames', () => {
  it('finds an imported name that a shipped entry takes, and leaves its other names alone', () => {
    const mine = pack('mine', [entry('taleban', { en: ['taliban', 'Islamic Emirate movement'] })]);
    const set = packSet([compileLibrary([shipped]), compileLibrary([mine])]);
    expect(shadowedNames(set, mine)).toEqual([{ name: 'taliban', entry: 'mine/taleban', by: 'base/taliban' }]);
    expect(shadowedNames(set, shipped)).toEqual([]);
  });

  it('between imports, the earlier import takes the name', () => {
    const first = pack('first', [entry('a', { en: ['Border Service'] })]);
    const second = pack('second', [entry('b', { en: ['border  service'] })]);
    const set = packSet([compileLibrary([shipped]), compileLibrary([first, second])]);
    expect(shadowedNames(set, second)).toEqual([{ name: 'border  service', entry: 'second/b', by: 'first/a' }]);
    expect(shadowedNames(set, first)).toEqual([]);
  });

  it('says nothing when the entries are joined by sameAs, or the other pack is off', () => {
    const joined = pack('mine', [entry('taleban', { en: ['Taliban'] }, { sameAs: 'base/taliban' })]);
    expect(shadowedNames(packSet([compileLibrary([shipped]), compileLibrary([joined])]), joined)).toEqual([]);
    const mine = pack('mine', [entry('taleban', { en: ['Taliban'] })]);
    expect(shadowedNames(packSet([compileLibrary([shipped]), compileLibrary([mine])], (id) => id !== 'base'), mine)).toEqual([]);
    expect(shadowedNames(packSet([compileLibrary([shipped]), compileLibrary([mine])], (id) => id !== 'mine'), mine)).toEqual([]);
  });

  it('finds the shipped entry a real import would lose against', () => {
    const mine = pack('mine', [entry('fbk', { ru: ['ФБК'], en: ['Anti-Corruption Foundation'] })]);
    const set = packSet([compileLibrary(SHIPPED_PACKS), compileLibrary([mine])]);
    const shadows = shadowedNames(set, mine);
    expect(shadows.length).toBeGreaterThan(0);
    expect(shadows.every((s) => s.by.startsWith('designated-entities/') || s.by.startsWith('ru-register-'))).toBe(true);
  });
});
