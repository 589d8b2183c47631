// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Entry, Pack } from '../../src/core/glossary/pack';
import { compileLibrary, packSet } from '../../src/core/match/compiled-pack';
import { COMPILER_KEY, decodeLibrary, encodeLibrary, PackBinaryError } from '../../src/core/match/pack-binary';
import { findMatchesAndAnchors, prepareText } from '../../src/core/match/matcher';
import { SHIPPED_PACKS } from '../../src/extension/packs';

const src = { title: 'Example', url: 'https://example.org/' };
const entry = (id: string, names: Record<string, string[]>, extra: Partial<Entry> = {}): Entry => ({ id, kind: 'organization', names, summary: id, sources: [src], ...extra });
const pack = (id: string, entries: Entry[]): Pack => ({ id, version: '1', title: id, languages: ['en', 'ru'], entries, labels: [] });

const TEXTS = [
  'Талибан (движение запрещено в России) и «Медуза» (признана иноагентом) пишут о МК и Meta.',
  'The Taliban, banned in Russia, met Meduza reporters; SCO leaders met in Shanghai.',
];

const summary = (compiled: ReturnType<typeof packSet>, text: string) => findMatchesAndAnchors(compiled, prepareText(text));

describe('compiled library, stored and loaded', () => {
  const library = compileLibrary(SHIPPED_PACKS);
  const bytes = encodeLibrary(library);

  it('loads into a library that finds exactly what the freshly compiled one finds', () => {
    const fresh = packSet([library]);
    const loaded = packSet([decodeLibrary(bytes.slice().buffer)]);
    for (const t of TEXTS) expect(summary(loaded, t)).toEqual(summary(fresh, t));
    expect(summary(fresh, TEXTS[0]!).matches.length).toBeGreaterThan(2);
    expect([...loaded.entries.keys()]).toEqual([...fresh.entries.keys()]);
    expect(loaded.labels?.terms.length).toBe(fresh.labels?.terms.length);
  });

  it('rebuilds nothing: the automaton reads the stored bytes in place', () => {
    const buffer = bytes.slice().buffer;
    const loaded = decodeLibrary(buffer);
    expect(loaded.automaton.tables().fail.buffer).toBe(buffer);
    expect(loaded.patterns.kind.buffer).toBe(buffer);
  });

  it('keeps only title names in the records notes read', () => {
    const loaded = decodeLibrary(bytes);
    for (const e of loaded.records.flatMap((p) => p.entries)) {
      for (const names of Object.values(e.names)) expect(names.length).toBe(1);
      expect(e.stems).toBeUndefined();
    }
  });

  it('refuses a buffer that is not a whole library, with the reason', () => {
    expect(() => decodeLibrary(new Uint8Array(4))).toThrow(PackBinaryError);
    expect(() => decodeLibrary(new TextEncoder().encode('{"id":"not binary at all"}'))).toThrow(/RCPK/);
    expect(() => decodeLibrary(bytes.slice(0, bytes.length - 64))).toThrow(/cut short/);
    const otherFormat = bytes.slice();
    new DataView(otherFormat.buffer).setUint32(4, 99, true);
    expect(() => decodeLibrary(otherFormat)).toThrow(/format 99/);
    const otherKey = encodeLibrary(library);
    // Found in the bytes, not in decoded text: the binary prefix and non-ASCII header text shift char offsets.
    const at = Buffer.from(otherKey).indexOf(COMPILER_KEY);
    expect(at).toBeGreaterThan(0);
    otherKey.set(new TextEncoder().encode('x'.repeat(COMPILER_KEY.length)), at);
    expect(() => decodeLibrary(otherKey)).toThrow(/another version/);
  });

  it('reads a library stored at an unaligned offset', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const loaded = packSet([decodeLibrary(shifted.subarray(1))]);
    expect(summary(loaded, TEXTS[1]!)).toEqual(summary(packSet([library]), TEXTS[1]!));
  });
});

describe('pack sets over libraries', () => {
  const a = pack('a', [entry('north', { en: ['North Star'] }), entry('star', { en: ['Star'] })]);
  const b = pack('b', [entry('north-star-bank', { en: ['North Star Bank'] })]);
  const library = compileLibrary([a, b]);
  const refs = (set: ReturnType<typeof packSet>, text: string) => summary(set, text).matches.map((m) => m.ref);

  it('masks a pack that is off: it neither matches nor hides a shorter match', () => {
    expect(refs(packSet([library]), 'The North Star Bank opened.')).toEqual(['b/north-star-bank']);
    expect(refs(packSet([library], (id) => id !== 'b'), 'The North Star Bank opened.')).toEqual(['a/north']);
    expect(packSet([library], (id) => id !== 'b').entries.has('b/north-star-bank')).toBe(false);
  });

  it('resolves overlaps across libraries as within one, and uses a pack id once', () => {
    const split = packSet([compileLibrary([a]), compileLibrary([b])]);
    expect(refs(split, 'The North Star Bank opened; a Star fell.')).toEqual(['b/north-star-bank', 'a/star']);
    const twice = packSet([compileLibrary([a]), compileLibrary([a])]);
    expect(refs(twice, 'North Star')).toEqual(['a/north']);
  });
});
