// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/glossary/pack';
import { packSet } from '../../src/core/match/compiled-pack';
import { findMatches, prepareText } from '../../src/core/match/matcher';
import type { StoredPack } from '../../src/extension/pack-store';
import { compileUserLibrary, readUserLibrary } from '../../src/extension/user-library';

const pack = (id: string, name: string): Pack => ({
  id,
  version: '1',
  title: id,
  languages: ['en'],
  entries: [{ id: 'e', kind: 'organization', names: { en: [name] }, summary: name, sources: [{ title: 'x', url: 'https://example.org/' }] }],
  labels: [],
});
const stored: StoredPack[] = [
  { pack: pack('reader-a', 'Harbour Watch'), importedAt: '2026-12-01T10:00:00.000Z' },
  { pack: pack('reader-b', 'Lantern Fund'), importedAt: '2026-12-01T11:00:00.000Z' },
];

describe('the user library', () => {
  it('is compiled once and read back as it was stored', () => {
    const saved = structuredClone(compileUserLibrary(stored)); // as IndexedDB keeps it
    const library = readUserLibrary(saved, stored)!;
    const refs = findMatches(packSet([library]), prepareText('Harbour Watch and the Lantern Fund.')).map((m) => m.ref);
    expect(refs).toEqual(['reader-a/e', 'reader-b/e']);
  });

  it('is compiled again when it no longer fits the stored packs, its compiler, or cannot be read', () => {
    const saved = compileUserLibrary(stored);
    expect(readUserLibrary(saved, stored.slice(0, 1))).toBeNull(); // a pack was removed since
    expect(readUserLibrary({ ...saved, key: 'older' }, stored)).toBeNull();
    expect(readUserLibrary({ ...saved, bytes: saved.bytes.slice(0, 100) }, stored)).toBeNull();
    expect(readUserLibrary({ ...saved, bytes: 'not bytes' }, stored)).toBeNull();
    expect(readUserLibrary(null, stored)).toBeNull();
    expect(readUserLibrary('corrupt', stored)).toBeNull();
  });
});
