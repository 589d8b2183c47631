// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/glossary/pack';
import { formatPackError, parsePack } from '../../src/core/glossary/validate';
import { sameEntity } from '../../src/core/match/compiled-pack';
import { normalizePattern } from '../../src/core/match/normalize';
import { SHIPPED_PACKS } from '../../src/extension/packs';
import { SHIPPED_PACK_IDS } from '../../src/extension/shipped-ids';

const DIR = 'assets/packs';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
const packs: Pack[] = files.map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Pack);

const byRef = new Map<string, Pack['entries'][number]>(packs.flatMap((p) => p.entries.map((e) => [`${p.id}/${e.id}`, e] as const)));
/** The entity an entry is: the end of its sameAs chain. */
const entity = (ref: string) => sameEntity(ref, (r) => byRef.get(r));

describe('shipped packs', () => {
  it('are all files of assets/packs', () => {
    expect(files.length).toBeGreaterThan(0);
    const inFolder = new Set(packs.map((p) => p.id));
    expect(SHIPPED_PACKS.map((p) => p.id).filter((id) => !inFolder.has(id))).toEqual([]);
  });

  it('are listed by id in shipped-ids.ts, which the background and the import check read', () => {
    expect(SHIPPED_PACK_IDS).toEqual(SHIPPED_PACKS.map((p) => p.id));
  });

  it.each(files)('%s validates', (file) => {
    const r = parsePack(readFileSync(join(DIR, file), 'utf8'));
    expect(r.ok ? [] : r.errors.map(formatPackError)).toEqual([]);
  });

  it.each(files)('%s has an id matching its file name', (file) => {
    const pack = packs[files.indexOf(file)]!;
    expect(`${pack.id}.json`).toBe(file);
  });

  it('have unique pack ids', () => {
    const ids = packs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('have no entry id used in two packs', () => {
    const owner = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of packs)
      for (const e of p.entries) {
        const other = owner.get(e.id);
        if (other) dupes.push(`${e.id}: in ${other} and ${p.id}`);
        else owner.set(e.id, p.id);
      }
    expect(dupes).toEqual([]);
  });

  it('have no label id used in two packs', () => {
    const ids = packs.flatMap((p) => p.labels.map((l) => l.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('give every designation a since date and an https source', () => {
    const problems: string[] = [];
    for (const p of packs)
      for (const e of p.entries)
        (e.designations ?? []).forEach((d, i) => {
          const where = `${p.id}/${e.id} designations[${i}]`;
          if (!/^\d{4}-\d{2}-\d{2}$/.test(d.since ?? '')) problems.push(`${where}: no since date`);
          if (!/^https:\/\/[^/]+\//.test(d.source?.url ?? '')) problems.push(`${where}: source is not https`);
          if (d.suspended && d.suspended < d.since) problems.push(`${where}: suspended before since`);
          if (d.until && d.until < d.since) problems.push(`${where}: until before since`);
        });
    expect(problems).toEqual([]);
  });

  it('give every entry and label an https source', () => {
    const bad = packs.flatMap((p) =>
      [...p.entries, ...p.labels].flatMap((x) => x.sources.filter((s) => !s.url.startsWith('https://')).map((s) => `${p.id}/${x.id}: ${s.url}`)),
    );
    expect(bad).toEqual([]);
  });

  it('let no name be claimed by two different entities', () => {
    // What a name matches: case-insensitive names and stems by their folded form; a case-sensitive name
    // also collides with a case-insensitive name of the same letters. Entries joined by sameAs are one
    // entity; a name an entry marks ambiguous (shared by several register rows, a surname) counts only
    // with a label tied to it, and may be shared.
    const claims = new Map<string, Set<string>>();
    const claim = (key: string, ref: string) => {
      if (!claims.has(key)) claims.set(key, new Set());
      claims.get(key)!.add(entity(ref));
    };
    for (const p of packs)
      for (const e of p.entries) {
        const ref = `${p.id}/${e.id}`;
        const ambiguous = new Set(e.ambiguous ?? []);
        for (const names of Object.values(e.names)) for (const n of names) if (!ambiguous.has(n)) claim(`name "${normalizePattern(n)}"`, ref);
        for (const s of e.stems ?? []) claim(`stem "${normalizePattern(s.stem)}*"`, ref);
        for (const n of e.caseSensitive ?? []) {
          if (ambiguous.has(n)) continue;
          claim(`case-sensitive "${normalizePattern(n, true)}"`, ref);
          claim(`name "${normalizePattern(n)}"`, ref);
        }
      }
    const collisions = [...claims].filter(([, refs]) => refs.size > 1).map(([key, refs]) => `${key} is claimed by ${[...refs].join(' and ')}`);
    expect(collisions).toEqual([]);
  });

  it('let no stem swallow a name of another entry', () => {
    const problems: string[] = [];
    for (const p of packs)
      for (const e of p.entries)
        for (const s of e.stems ?? []) {
          const stem = normalizePattern(s.stem);
          for (const q of packs)
            for (const o of q.entries) {
              if (entity(`${q.id}/${o.id}`) === entity(`${p.id}/${e.id}`)) continue;
              for (const n of Object.values(o.names).flat()) {
                const name = normalizePattern(n);
                if (name.startsWith(stem) && name.length - stem.length <= s.maxSuffix && !/[^\p{L}]/u.test(name.slice(stem.length)))
                  problems.push(`stem "${stem}*" of ${p.id}/${e.id} matches "${n}" of ${q.id}/${o.id}`);
              }
            }
        }
    expect(problems).toEqual([]);
  });

  it('let no label phrase be claimed by two labels or double as an entry name (names among themselves: above)', () => {
    const claims = new Map<string, Set<string>>();
    const claim = (key: string, ref: string) => {
      if (!claims.has(key)) claims.set(key, new Set());
      claims.get(key)!.add(ref);
    };
    for (const p of packs) {
      for (const l of p.labels) for (const ph of Object.values(l.phrases ?? {}).flat()) claim(normalizePattern(ph), `label ${p.id}/${l.id}`);
      for (const e of p.entries) for (const n of Object.values(e.names).flat()) claim(normalizePattern(n), `entry ${p.id}/${e.id}`);
    }
    const collisions = [...claims]
      .filter(([, refs]) => refs.size > 1 && [...refs].some((r) => r.startsWith('label ')))
      .map(([key, refs]) => `"${key}" is claimed by ${[...refs].join(' and ')}`);
    expect(collisions).toEqual([]);
  });

  it('give every label its words in English and Russian (terms for the recogniser, or whole phrases)', () => {
    const has = (r: Record<string, string[]> | undefined) => !!r?.en?.length && !!r?.ru?.length;
    const missing = packs.flatMap((p) => p.labels.filter((l) => !has(l.terms) && !has(l.phrases)).map((l) => `${p.id}/${l.id}`));
    expect(missing).toEqual([]);
  });
});
