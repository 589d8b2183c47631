// The shipped packs with and without the register packs, and with 50,000 synthetic names more, in one run:
// entries, names, patterns, sizes (source JSON and the compiled library the extension ships), the time to
// compile each set (done at build time or once per import, never in a page), to load its compiled library
// (what a background start pays) and to match 1 MB of real label sentences (what the background pays, per
// MB of article text). Run with `npm run bench` (or `npx tsx bench/node/register-packs.bench.ts`).
import { existsSync, readFileSync } from 'node:fs';
import type { Pack } from '../../src/core/glossary/pack';
import { compileLibrary, packSet } from '../../src/core/match/compiled-pack';
import { findMatches, prepareText } from '../../src/core/match/matcher';
import { decodeLibrary, encodeLibrary } from '../../src/core/match/pack-binary';
import { SHIPPED_PACKS } from '../../src/extension/packs';
import { makeRandom, syntheticNames, syntheticPack } from '../synthetic-pack';

/** 1 MB of text with real labels and names in it: the shared label sentences, repeated. */
function text(): string {
  const file = '../shared/labels-dev.tsv';
  const base = existsSync(file) ? readFileSync(file, 'utf8') : 'Юрий Дудь (признан в РФ иноагентом) и «Медуза». ';
  return base.repeat(Math.ceil(1_000_000 / base.length)).slice(0, 1_000_000);
}

function best(fn: () => unknown, n: number): number {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const names = (set: Pack[]) => set.reduce((n, p) => n + p.entries.reduce((k, e) => k + Object.values(e.names).flat().length, 0), 0);
const curated = SHIPPED_PACKS.filter((p) => !p.id.startsWith('ru-register-'));
const synthetic = syntheticPack(syntheticNames(50_000, makeRandom(7)), 'synthetic-50k', 10);
const prepared = prepareText(text());
const rows = (
  [
    ['curated packs (before the registers)', curated],
    ['shipped packs (with the registers)', SHIPPED_PACKS],
    ['shipped + 50,000 synthetic names', [...SHIPPED_PACKS, synthetic]],
  ] as [string, Pack[]][]
).map(([name, set]) => {
  const t0 = performance.now();
  const library = compileLibrary(set);
  const firstMs = performance.now() - t0;
  const bytes = encodeLibrary(library);
  const compiled = packSet([decodeLibrary(bytes)]);
  return {
    packs: name,
    entries: set.reduce((n, p) => n + p.entries.length, 0),
    names: names(set),
    patterns: library.patterns.kind.length,
    'JSON KB': Math.round(set.reduce((n, p) => n + JSON.stringify(p).length, 0) / 1024),
    'compiled KB': Math.round(bytes.length / 1024),
    'compile ms (first / best of 3)': `${firstMs.toFixed(0)} / ${best(() => compileLibrary(set), 3).toFixed(0)}`,
    'load ms (best of 5)': best(() => packSet([decodeLibrary(bytes)]), 5).toFixed(1),
    'match 1 MB ms': best(() => findMatches(compiled, prepared), 5).toFixed(0),
  };
});
console.table(rows);
for (const p of SHIPPED_PACKS.filter((x) => x.id.startsWith('ru-register-'))) {
  const n = names([p]);
  const persons = p.entries.filter((e) => e.kind === 'person').length;
  console.log(`${p.id}: ${p.entries.length} entries (${persons} persons), ${n} names and name forms (${(n / p.entries.length).toFixed(1)} per entry), ` +
    `${p.entries.filter((e) => e.sameAs).length} joined to another pack's entry, data of ${p.dataAsOf}`);
}
console.log('Compiling happens at build time (shipped) or once per import (yours); a page view pays none of it, a background start pays the load column.');
