// Matcher throughput in Node: the Aho-Corasick matcher vs one RegExp alternation of the same names, over
// the same text, with synthetic packs of 1k, 10k and 50k names. Run with `npm run bench` (or directly:
// `npx tsx bench/node/matcher.bench.ts`).
import { compilePacks, findMatches, prepareText } from '../../src/core/match/matcher';
import { CYRILLIC, LATIN, makeRandom, syntheticNames, syntheticPack, word } from '../synthetic-pack';

const SIZES = [1_000, 10_000, 50_000];
const TEXT_BYTES = 1_000_000;

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
