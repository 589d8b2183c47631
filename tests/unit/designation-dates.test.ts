// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Designation, Pack } from '../../src/core/glossary/pack';

// Every curated record that cites a register row is checked against that row of the register copy in
// ../shared/registers (present on the project's machines and in CI): a wrong date in a note is as serious as a
// crash. The dating rule: undesirable `since` is the Prosecutor General's decision and `listed` the Justice
// Ministry's listing; foreign agents `since` the decision to include and `until` the decision to exclude.

const REGISTERS = '../shared/registers';
const pack = JSON.parse(readFileSync('assets/packs/designated-entities.json', 'utf8')) as Pack;
const load = (name: string) => JSON.parse(readFileSync(`${REGISTERS}/${name}`, 'utf8')) as Record<string, unknown>[];
const have = existsSync(`${REGISTERS}/undesirable-organizations.json`) && existsSync(`${REGISTERS}/foreign-agents.json`);

/** Row numbers a source title cites: "…, row 73 (…)", "…, rows 57-58 (…)". */
function rows(d: Designation): number[] {
  const m = d.source.title.match(/\brows? (\d+)(?:-(\d+))?/);
  if (!m) return [];
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const cited = pack.entries.flatMap((e) =>
  (e.designations ?? []).filter((d) => d.source.url.includes('fz255/')).map((d) => ({ id: e.id, d })),
);

describe.skipIf(!have)('curated records against the register copies', () => {
  const undesirable = have ? new Map(load('undesirable-organizations.json').map((r) => [r.n as number, r])) : new Map();
  const agents = have ? new Map(load('foreign-agents.json').map((r) => [r.n as number, r])) : new Map();

  it('cite register rows for the corrected records', () => {
    expect(cited.length).toBeGreaterThanOrEqual(20);
    for (const { id, d } of cited) expect(rows(d).length, `${id} ${d.type}`).toBeGreaterThan(0);
  });

  it.each(cited.map((c) => [`${c.id} ${c.d.type} ${c.d.since}`, c] as const))('%s', (_, { d }) => {
    for (const n of rows(d)) {
      if (d.type === 'undesirable') {
        const row = undesirable.get(n)!;
        expect(row, `row ${n}`).toBeDefined();
        expect(d.since, `row ${n} decided`).toBe(row.decided);
        expect(d.listed, `row ${n} included`).toBe(row.included);
      } else {
        const row = agents.get(n)!;
        expect(row, `row ${n}`).toBeDefined();
        expect(d.since, `row ${n} included`).toBe(row.included);
        expect(d.until ?? null, `row ${n} excluded`).toBe(row.excluded ?? null);
      }
    }
  });
});

describe('the dating rule', () => {
  it('gives every undesirable record the decision as since and, where known, the listing beside it', () => {
    const undated = pack.entries.flatMap((e) =>
      (e.designations ?? []).filter((d) => d.type === 'undesirable' && d.since < '2026-01-01' && !d.listed).map(() => e.id),
    );
    expect(undated).toEqual([]);
  });

  it('never calls a court-ordered liquidation a ban', () => {
    const memorial = pack.entries.find((e) => e.id === 'memorial')!;
    expect((memorial.designations ?? []).map((d) => d.type)).not.toContain('banned');
  });
});
