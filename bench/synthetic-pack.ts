// Synthetic packs of random names, Latin and Cyrillic, the same on every run: for the matcher and extension benchmarks.
import type { Pack } from '../src/core/glossary/pack';

/** Deterministic pseudo-random words (xorshift), Latin and Cyrillic, so runs compare. */
export function makeRandom(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

export const LATIN = 'abcdefghijklmnopqrstuvwxyz';
export const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщыэюя';

export function word(rand: () => number, alphabet: string): string {
  const n = 4 + Math.floor(rand() * 7);
  let w = '';
  for (let i = 0; i < n; i++) w += alphabet[Math.floor(rand() * alphabet.length)];
  return w;
}

export function syntheticNames(count: number, rand: () => number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const alphabet = rand() < 0.5 ? LATIN : CYRILLIC;
    const words = 1 + Math.floor(rand() * 3);
    names.add(Array.from({ length: words }, () => word(rand, alphabet)).join(' '));
  }
  return [...names];
}

/** A pack of the names, `perEntry` to an entry (a register's person has about 15 name forms). */
export function syntheticPack(names: string[], id = 'bench', perEntry = 1): Pack {
  const entries: Pack['entries'] = [];
  for (let i = 0; i < names.length; i += perEntry)
    entries.push({ id: `e${i}`, kind: 'other', names: { en: names.slice(i, i + perEntry) }, summary: 's', sources: [{ title: 't', url: 'https://example.org/' }] });
  return { id, version: '0', title: id, languages: ['en'], labels: [], entries };
}
