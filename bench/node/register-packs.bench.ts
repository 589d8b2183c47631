// Register-scale packs against today's shipped packs, in one run: pack sizes, entries and names, the time to
// compile each set (the first compile, cold, and the best of five) and to match 1 MB of real label sentences.
// The register packs are built here from ../shared/registers with the project's builder. Run with
// `npm run bench` (or `npx tsx bench/node/register-packs.bench.ts`).
import { existsSync, readFileSync } from 'node:fs';
import { buildRegisterPack, type RegisterKind } from '../../src/cli/register/build-register-pack';
import type { Pack } from '../../src/core/glossary/pack';
import { compilePacks, findMatches, prepareText } from '../../src/core/match/matcher';
import { SHIPPED_PACKS } from '../../src/extension/packs';

const SHARED = '../shared';
const FILES: [RegisterKind, string, string][] = [
  ['foreign-agents', `${SHARED}/registers/foreign-agents.json`, '2024-10-01'],
  ['undesirable', `${SHARED}/registers/undesirable-organizations.json`, '2024-09-05'],
];

function registerPacks(): Pack[] {
  return FILES.filter(([, file]) => existsSync(file)).map(([kind, file, asOf]) => {
    const built = buildRegisterPack(kind, JSON.parse(readFileSync(file, 'utf8')), { asOf, source: { title: 'register copy', url: 'https://example.org/' } });
    if ('errors' in built) throw new Error(`${file}: ${built.errors[0]}`);
    return built.pack;
  });
}

/** 1 MB of text with real labels and names in it: the shared label sentences, repeated. */
function text(): string {
  const file = `${SHARED}/labels-dev.tsv`;
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

const registers = registerPacks();
if (!registers.length) {
  console.log(`no register copies under ${SHARED}/registers; skipped`);
} else {
  const sample = text();
  const rows = [
    ['shipped packs', SHIPPED_PACKS],
    ['shipped + register packs', [...SHIPPED_PACKS, ...registers]],
  ].map(([name, packs]) => {
    const set = packs as Pack[];
    const t0 = performance.now();
    const compiled = compilePacks(set);
    const firstMs = performance.now() - t0;
    const prepared = prepareText(sample);
    return {
      packs: name as string,
      entries: set.reduce((n, p) => n + p.entries.length, 0),
      patterns: compiled.libraries[0]!.library.patterns.kind.length,
      'JSON KB': Math.round(set.reduce((n, p) => n + JSON.stringify(p).length, 0) / 1024),
      'compile ms (first / best of 5)': `${firstMs.toFixed(0)} / ${best(() => compilePacks(set), 5).toFixed(0)}`,
      'match 1 MB ms': best(() => findMatches(compiled, prepared), 5).toFixed(0),
    };
  });
  console.table(rows);
  for (const p of registers) {
    const names = p.entries.reduce((n, e) => n + Object.values(e.names).flat().length, 0);
    console.log(`${p.id}: ${p.entries.length} entries, ${names} names (${(names / p.entries.length).toFixed(1)} per entry), data of ${p.dataAsOf}`);
  }
  console.log('A page view that compiles packs pays the compile column: register packs ship only once packs are compiled once.');
}
