import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { compilePacks } from '../../src/core/match/matcher';
import type { ArticleMeta } from '../../src/core/report';
import { SHIPPED_PACKS } from '../../src/extension/packs';

// Every folder in tests/fixtures is a saved page (page.html) with what the engine must make of it
// (expected.json). The expectations are the specification: when they fail, fix the engine, not them.

interface Expected {
  description?: string;
  url: string;
  article: { isArticle: boolean };
  meta?: Partial<ArticleMeta>;
  hidden: { systems: string[]; selectorsHidden: string[] };
  visible?: string[];
  hiddenTexts?: string[];
  notes: string[];
  labelLinks?: Record<string, string[]>;
  /** Ids of the translation notes the page must show (none when absent). */
  translations?: string[];
  /** Per note: its first status line's dates and states, the data date it is "now" of, or the list date it was checked against. */
  status?: Record<string, { since?: string; until?: string; atPublication?: string | null; now?: string; dataAsOf?: string; checkedAsOf?: string }>;
}

const ROOT = 'tests/fixtures';
const NOW = new Date('2026-11-25T12:00:00Z');
const packs = compilePacks(SHIPPED_PACKS);

const fixtures = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, d.name, 'page.html')))
  .map((d) => d.name)
  .sort();

// happy-dom, the CLI's DOM too; tests/e2e runs every fixture in real browsers.
const PARSERS: Record<string, (html: string, url: string) => Document> = {
  'happy-dom': (html) => new DOMParser().parseFromString(html, 'text/html'),
};

it('has fixtures, each with an expected.json', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(2);
  for (const f of fixtures) expect(existsSync(join(ROOT, f, 'expected.json')), f).toBe(true);
});

describe.each(fixtures)('fixture %s', (name) => {
  const html = readFileSync(join(ROOT, name, 'page.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected;

  describe.each(Object.keys(PARSERS))('parsed with %s', (parser) => {
    const doc = PARSERS[parser]!(html, expected.url);
    const analysis = analyzeDocument(doc, { packs, url: expected.url, now: NOW });
    const { report, plan } = analysis;
    const planned = plan.items.map((i) => i.element);
    const insidePlanned = (el: Element) => planned.some((p) => p.contains(el));
    const all = (selector: string) => Array.from(doc.querySelectorAll(selector));

    it('gives the expected article verdict', () => {
      expect(report.article.isArticle).toBe(expected.article.isArticle);
    });

    it('reads the expected metadata', () => {
      for (const [key, value] of Object.entries(expected.meta ?? {})) expect(report.meta[key as keyof ArticleMeta], key).toEqual(value);
    });

    it('hides with the expected comment systems', () => {
      expect(new Set(report.hidden.map((h) => h.system))).toEqual(new Set(expected.hidden.systems));
      expect(report.hidden).toHaveLength(plan.items.length);
    });

    it('hides every element listed in selectorsHidden', () => {
      for (const selector of expected.hidden.selectorsHidden) {
        const els = all(selector);
        expect(els.length, `${selector} is not in the page`).toBeGreaterThan(0);
        for (const el of els) expect(insidePlanned(el), `${selector} is not hidden`).toBe(true);
      }
    });

    it('keeps every element listed in visible visible', () => {
      for (const selector of expected.visible ?? []) {
        const els = all(selector);
        expect(els.length, `${selector} is not in the page`).toBeGreaterThan(0);
        for (const el of els) {
          expect(insidePlanned(el), `${selector} is hidden`).toBe(false);
          expect(planned.some((p) => el.contains(p)), `part of ${selector} is hidden`).toBe(false);
        }
      }
    });

    it('hides every text listed in hiddenTexts, and leaves it out of the matched text', () => {
      for (const text of expected.hiddenTexts ?? []) {
        expect(planned.some((p) => p.textContent?.includes(text)), `"${text}" is not hidden`).toBe(true);
        expect(analysis.text?.text ?? '', `"${text}" was read as article text`).not.toContain(text);
      }
    });

    it('makes the expected notes, in order of first mention', () => {
      const ids = report.notes.map((n) => n.id);
      expect(new Set(ids)).toEqual(new Set(expected.notes));
      expect(ids).toEqual(expected.notes);
    });

    it('links the expected labels to their entities, and no others', () => {
      const links = Object.fromEntries(report.notes.filter((n) => n.labels.length).map((n) => [n.id, n.labels]));
      expect(links).toEqual(expected.labelLinks ?? {});
    });

    if (expected.status) it('dates the expected notes', () => {
      for (const [id, want] of Object.entries(expected.status ?? {})) {
        const note = report.notes.find((n) => n.id === id)!;
        const line = note.status[0];
        const got = {
          ...(want.since !== undefined ? { since: line?.since } : {}),
          ...(want.until !== undefined ? { until: line?.until } : {}),
          ...(want.atPublication !== undefined ? { atPublication: line?.stateAtPublication } : {}),
          ...(want.now !== undefined ? { now: line?.stateNow } : {}),
          ...(want.dataAsOf !== undefined ? { dataAsOf: note.dataAsOf } : {}),
          ...(want.checkedAsOf !== undefined ? { checkedAsOf: note.unlisted?.checked?.asOf } : {}),
        };
        expect(got, id).toEqual(want);
      }
    });

    it('shows the expected translation notes, and no others', () => {
      expect(report.translations.map((t) => t.id)).toEqual(expected.translations ?? []);
    });

    it('never hides the article root or anything around it, and hides nothing on a page that is not an article', () => {
      const root = analysis.root;
      if (!root) expect(planned).toEqual([]);
      else for (const p of planned) expect(p.contains(root), 'a hidden element holds the article').toBe(false);
    });
  });
});
