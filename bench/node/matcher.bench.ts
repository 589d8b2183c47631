// Matcher throughput in Node: the Aho-Corasick matcher vs one RegExp alternation of the same names, over
// the same text, with synthetic packs of 1k, 10k and 50k names. Run with `npm run bench` (or directly:
// `npx tsx bench/node/matcher.bench.ts`).
import type { Pack } from '../../src/core/glossary/pack';
import { compilePacks, findMatches, prepareText } from '../../src/core/match/matcher';

const SIZES = [1_000, 10_000, 50_000];
const TEXT_BYTES = 1_000_000;

/** Deterministic pseudo-random words (xorshift), Latin and Cyrillic, so runs compare. */
function makeRandom(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщыэюя';

function word(rand: () => number, alphabet: string): string {
  const n = 4 + Math.floor(rand() * 7);
  let w = '';
  for (let i = 0; i < n; i++) w += alphabet[Math.floor(rand() * alphabet.length)];
  return w;
}

function syntheticNames(count: number, rand: () => number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const alphabet = rand() < 0.5 ? LATIN : CYRILLIC;
    const words = 1 + Math.floor(rand() * 3);
    names.add(Array.from({ length: words }, () => word(rand, alphabet)).join(' '));
  }
  return [...names];
}

function syntheticPack(names: string[]): Pack {
  return {
    id: 'bench', version: '0', title: 'bench', languages: ['en'], labels: [],
    entries: names.map((n, i) => ({
      id: `e${i}`, kind: 'other', names: { en: [n] }, summary: 's', sources: [{ title: 't', url: 'https://example.org/' }],
    })),
  };
}

/** Text made of random words with about one name in every 200 words. */
function syntheticText(names: string[], rand: () => number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < TEXT_BYTES) {
    const w = rand() < 0.005 ? names[Math.floor(rand() * names.length)]! : word(rand, rand() < 0.5 ? LATIN : CYRILLIC);
    parts.push(w);
    size += Buffer.byteLength(w) + 1;
  }
  return parts.join(rand() < 0.1 ? '. ' : ' ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Best of `repeat` runs: on a shared machine the fastest run is the one least disturbed by others. */
function time(fn: () => unknown, repeat: number): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export function runMatcherBench(): { rows: Record<string, string | number>[] } {
  const rows: Record<string, string | number>[] = [];
  const rand = makeRandom(20261125);
  for (const size of SIZES) {
    const names = syntheticNames(size, rand);
    const text = syntheticText(names, rand);
    const mb = Buffer.byteLength(text) / 1e6;
    const t0 = performance.now();
    const compiled = compilePacks([syntheticPack(names)]);
    const buildMs = performance.now() - t0;
    let found = 0;
    const acMs = time(() => (found = findMatches(compiled, prepareText(text)).length), 7);
    const prepared = prepareText(text);
    const prepareMs = time(() => prepareText(text), 5);
    const searchMs = time(() => findMatches(compiled, prepared), 5);
    // The same job as one RegExp: every name, case-insensitive, at Unicode word boundaries.
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    // A RegExp of thousands of alternatives is slow enough that 1 MB would take minutes: time it on the
    // shortest prefix of the text that takes at least 300 ms, and compare throughput (MB/s).
    let slice = text.slice(0, 1_024);
    let reMs = time(() => slice.match(re), 1);
    while (reMs < 200 && slice.length < text.length) {
      slice = text.slice(0, slice.length * 2);
      reMs = time(() => slice.match(re), 1);
    }
    const reMbs = Buffer.byteLength(slice) / 1e6 / (reMs / 1000);
    const acMbs = mb / (acMs / 1000);
    rows.push({
      names: size,
      'text MB': mb.toFixed(2),
      'build ms': Math.round(buildMs),
      'matcher MB/s': acMbs.toFixed(1),
      'of which prepare / search ms': `${prepareMs.toFixed(0)} / ${searchMs.toFixed(0)}`,
      'RegExp MB/s': reMbs.toFixed(3),
      'matcher / RegExp': (acMbs / reMbs).toFixed(0),
      matches: found,
    });
  }
  return { rows };
}

if (process.argv[1]?.endsWith('matcher.bench.ts')) {
  const { rows } = runMatcherBench();
  console.table(rows);
  const mbs = rows.map((r) => Number(r['matcher MB/s']));
  console.log(`throughput at 50k names / at 1k names: ${(mbs[2]! / mbs[0]!).toFixed(2)}`);
}
