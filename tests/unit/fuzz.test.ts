import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { parseCosmeticFilters, selectorValidator } from '../../src/core/declutter/cosmetic-filter';
import type { Pack } from '../../src/core/glossary/pack';
import { parsePack, validatePack } from '../../src/core/glossary/validate';
import { IMPORTED_PACKS_KEY, importPack, loadImportedPacks } from '../../src/extension/pack-store';
import { loadSettings, SETTINGS_KEY } from '../../src/extension/settings';
import { parseSettings } from '../../src/extension/settings-schema';
import { loadMark, MARK_KEY, parseMark } from '../../src/extension/sidebar-mark';
import { loadSiteViews, SIDEBAR_VIEWS_KEY } from '../../src/extension/sidebar-view';

// Seeded fuzzing of everything a user or a file hands the extension: packs, hiding rules, stored values.
// Each generated input is bad by construction, so each must be refused with a reason; none may throw, and
// none may take longer than HANG_MS (a bound against runaway work, not a speed measure: that is the bench's).

vi.mock('../../src/extension/idb', () => ({ idbGet: async () => undefined, idbSet: async () => undefined }));

const HANG_MS = 1000;

/** mulberry32: the same inputs on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

function goodPack(): Pack {
  return {
    id: 'fuzz-pack',
    version: '1.0.0',
    title: { en: 'Fuzz pack', ru: 'Пакет' },
    dataAsOf: '2026-11-01',
    languages: ['en', 'ru'],
    entries: [
      {
        id: 'harbour-watch',
        kind: 'organization',
        names: { en: ['Harbour Watch'], ru: ['Гаванский дозор'] },
        summary: 'A made-up group.',
        designations: [
          {
            jurisdiction: 'RU',
            type: 'undesirable',
            list: { en: 'Undesirable organisations', ru: 'Нежелательные организации' },
            since: '2024-03-01',
            source: { title: 'Register', url: 'https://example.org/register' },
          },
        ],
        sources: [{ title: 'Source', url: 'https://example.org/harbour' }],
      },
      { id: 'lantern-fund', kind: 'organization', names: { en: ['Lantern Fund'] }, summary: 'Another.', sources: [{ title: 'S', url: 'https://example.org/l' }] },
    ],
    labels: [
      {
        id: 'undesirable',
        jurisdiction: 'RU',
        type: 'undesirable',
        title: 'Undesirable organisation',
        phrases: { en: ['activities are deemed undesirable'] },
        explanation: 'What the label means.',
        law: 'Federal Law 272-FZ',
        sources: [{ title: 'Law', url: 'https://example.org/law' }],
      },
    ],
  } as Pack;
}

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value in the pack, the root excluded. */
function paths(value: Json, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...at, k], ...paths((value as Record<string | number, Json>)[k], [...at, k])]);
}
const getAt = (root: Json, path: Path): Json => path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], root);
function setAt(root: Json, path: Path, value: Json): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]!] = value;
}

const typeOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** A value of another JSON type than `v` that no field of the schema accepts in its place. */
function otherType(v: Json, r: ReturnType<typeof rng>): Json {
  const options: Json[] = [42, -1.5, true, null, [], [1, 'x'], { junk: 1 }, ''];
  const fit = options.filter((o) => typeOf(o) !== typeOf(v) && !(typeof v === 'string' && o === ''));
  return r.pick(fit.length ? fit : [42]);
}

const TEXT_PATHS = (pack: Pack) => paths(pack).filter((p) => typeof getAt(pack, p) === 'string');
const DATE_FIELDS = new Set(['since', 'listed', 'suspended', 'until', 'dataAsOf']);
const IMPOSSIBLE_DATES = ['2025-02-30', '2024-02-30', '2023-02-29', '2021-04-31', '2026-13-01', '2026-00-10', '2026-06-31', '0000-00-00', '2026-1-5', '26-11-01'];
const BAD_LINKS = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'http://example.org/', 'data:text/html,<b>x</b>', 'ftp://example.org/', '//example.org/', 'vbscript:msgbox', ' https://', 'https//example.org'];
const MARKUP = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<iframe src="https://example.org">'];

/** One malformed pack: the good pack with one defect that the validator must name. */
function malformed(r: ReturnType<typeof rng>): { text: string; defect: string } {
  const pack = goodPack() as unknown as Record<string, Json>;
  const kind = r.int(9);
  if (kind === 0) {
    // A value of the wrong type anywhere (also a required one removed).
    const path = r.pick(paths(pack));
    const old = getAt(pack, path);
    if (r.int(4) === 0 && !Array.isArray(getAt(pack, path.slice(0, -1)))) {
      const parent = getAt(pack, path.slice(0, -1)) as Record<string, Json>;
      const key = path[path.length - 1] as string;
      // Optional fields may be absent: only a required one's absence is a defect.
      if (['id', 'version', 'title', 'entries', 'labels', 'languages', 'names', 'summary', 'sources', 'url', 'since', 'type', 'list', 'law', 'explanation', 'jurisdiction', 'kind', 'source'].includes(key)) {
        delete parent[key];
        return { text: JSON.stringify(pack), defect: `no ${path.join('.')}` };
      }
    }
    setAt(pack, path, otherType(old, r));
    return { text: JSON.stringify(pack), defect: `wrong type at ${path.join('.')}` };
  }
  if (kind === 1) {
    // A huge string in a text field.
    const path = r.pick(TEXT_PATHS(pack as unknown as Pack));
    setAt(pack, path, 'x'.repeat(5_000 + r.int(200_000)));
    return { text: JSON.stringify(pack), defect: `huge string at ${path.join('.')}` };
  }
  if (kind === 2) {
    // Deep nesting where a value should be.
    const path = r.pick(paths(pack));
    const depth = 20 + r.int(5_000);
    setAt(pack, path, '<deep>');
    const nested = r.int(2) ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    return { text: JSON.stringify(pack).replace('"<deep>"', nested), defect: `nesting ${depth} deep at ${path.join('.')}` };
  }
  if (kind === 3) {
    // A prototype key in any object (JSON.parse makes "__proto__" an own key).
    const objects = [[], ...paths(pack)].filter((p) => typeOf(p.length ? getAt(pack, p) : pack) === 'object');
    const path = r.pick(objects);
    const key = r.pick(['__proto__', 'constructor', 'prototype']);
    const target = (path.length ? getAt(pack, path) : pack) as Record<string, Json>;
    target['<proto>'] = { polluted: true };
    return { text: JSON.stringify(pack).replace('"<proto>"', JSON.stringify(key)), defect: `${key} key at ${path.join('.') || '(pack)'}` };
  }
  if (kind === 4) {
    // Markup in an id, a language code or a date: fields with a shape that markup never fits. (Markup in a
    // reader's text is text; the sidebar shows it inert, tested in sanitize.test.ts.)
    const shaped = TEXT_PATHS(pack as unknown as Pack).filter((p) => ['id', 'since', 'dataAsOf', 'url', 'type', 'jurisdiction'].includes(String(p[p.length - 1])) || p.includes('languages'));
    const path = r.pick(shaped);
    setAt(pack, path, r.pick(MARKUP));
    return { text: JSON.stringify(pack), defect: `markup at ${path.join('.')}` };
  }
  if (kind === 5) {
    const urls = paths(pack).filter((p) => p[p.length - 1] === 'url');
    const path = r.pick(urls);
    setAt(pack, path, r.pick(BAD_LINKS));
    return { text: JSON.stringify(pack), defect: `bad link at ${path.join('.')}` };
  }
  if (kind === 6) {
    const list = r.pick(['entries', 'labels'] as const);
    const items = pack[list] as Record<string, Json>[];
    items.push({ ...items[0]! });
    return { text: JSON.stringify(pack), defect: `duplicate id in ${list}` };
  }
  if (kind === 7) {
    const dates = paths(pack).filter((p) => DATE_FIELDS.has(String(p[p.length - 1])));
    const path = r.pick(dates);
    setAt(pack, path, r.pick(IMPOSSIBLE_DATES));
    return { text: JSON.stringify(pack), defect: `impossible date at ${path.join('.')}` };
  }
  // Broken JSON text: cut short, or a byte changed to one JSON does not allow there.
  const text = JSON.stringify(pack);
  const at = 1 + r.int(text.length - 2);
  return r.int(2) ? { text: text.slice(0, at), defect: `cut at ${at}` } : { text: `${text.slice(0, at)}\u0000${text.slice(at)}`, defect: `NUL at ${at}` };
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

describe('fuzzed packs', () => {
  const r = rng(0x5eed);
  const cases = Array.from({ length: 2000 }, () => malformed(r));

  it('the good pack itself passes (so each refusal below is the defect)', () => {
    expect(validatePack(goodPack())).toMatchObject({ ok: true });
  });

  it('refuses each of 2,000 malformed packs with a reason, without throwing or hanging', () => {
    const kinds = new Set<string>();
    let slowest = 0;
    for (const { text, defect } of cases) {
      kinds.add(defect.split(' at ')[0]!.split(' ')[0]!);
      const { value, ms } = timed(() => parsePack(text));
      slowest = Math.max(slowest, ms);
      expect(value.ok, defect).toBe(false);
      if (!value.ok) {
        expect(value.errors.length, defect).toBeGreaterThan(0);
        for (const e of value.errors) expect(e.reason, defect).toMatch(/\w/);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(slowest).toBeLessThan(HANG_MS);
    // Every kind of defect was generated.
    expect(kinds.size).toBeGreaterThanOrEqual(9);
  });

  it('the importer refuses the same 2,000 and leaves what was saved before untouched', async () => {
    fakeBrowser.reset();
    const saved = [{ pack: { ...goodPack(), id: 'saved-before' }, importedAt: '2026-11-30T10:00:00.000Z' }];
    await storage.setItem(IMPORTED_PACKS_KEY, saved);
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    for (const { text, defect } of cases) {
      const result = await importPack(text);
      expect(result.ok, defect).toBe(false);
    }
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
    expect((await loadImportedPacks()).map((p) => p.pack.id)).toEqual(['saved-before']);
  });
});

describe('fuzzed hiding rules', () => {
  const r = rng(0xf11e);
  const valid = selectorValidator(document);
  const hosts = ['example.org', 'news.example.com', 'xn--80ak6aa92e.example', 'sub.example.org', '~example.org', 'example.org,news.example.com'];
  const goodSelectors = ['.comments', '#respond', 'div.comment-form', 'section[id^="comments"]', 'aside .disqus', 'form#commentform > p', '.a:has(> .b)'];
  const badSelectors = ['div[', '..x', '#', '>>a', 'a:not(', '{}', 'div:nope-pseudo()', ':::x', '[id=', 'a,,b'];
  const procedural = [':upward(2)', ':xpath(//div)', ':style(display:none)', ':remove()', ':matches-css(color: red)', ':-abp-has(.x)', ':contains(x)'];
  // Characters no host name or selector holds there (at least one bracket or quote: white space alone is trimmed).
  const junk = () => `${Array.from({ length: r.int(40) }, () => String.fromCharCode(r.pick([0x40, 0x5b, 0x5d, 0x28, 0x29, 0x7b, 0x7d, 0x22, 0x27, 0x0, 0x2028, 0xfeff, 0xd800]))).join('')}${r.pick(['[', '(', '{', '"', "'"])}`;

  /** Lines that must be refused, each with the reason it is bad. */
  const bad = (): string => {
    const host = r.pick(hosts);
    switch (r.int(8)) {
      case 0: return `${host}##${r.pick(badSelectors)}`;
      case 1: return `${host}##${r.pick(goodSelectors)}${r.pick(procedural)}`;
      case 2: return `${host}##${'div '.repeat(300 + r.int(300))}`;
      case 3: return `${host}##`;
      case 4: return `${host}#?#${junk()}`;
      case 5: return `a${junk()}.example##${r.pick(goodSelectors)}`;
      case 6: return `${r.pick(['*.example.net', 'example.*', 'exa mple.org', 'example..org'])}##${r.pick(goodSelectors)}`;
      default: return `${host}##${r.pick(goodSelectors)}:has-text(`;
    }
  };
  const good = (): string => `${r.pick(hosts)}##${r.pick(goodSelectors)}`;

  it('parses 5,000 generated rules: every bad line refused with its line and a reason, every good one kept', () => {
    const lines: { text: string; ok: boolean }[] = Array.from({ length: 5000 }, () => (r.int(3) ? { text: bad(), ok: false } : { text: good(), ok: true }));
    let slowest = 0;
    // In chunks under the parser's line and character limits, so every line is read.
    for (let i = 0; i < lines.length; i += 100) {
      const chunk = lines.slice(i, i + 100);
      const { value: parsed, ms } = timed(() => parseCosmeticFilters(chunk.map((l) => l.text).join('\n'), valid));
      slowest = Math.max(slowest, ms);
      const refused = new Set(parsed.errors.map((e) => e.line));
      const kept = new Set(parsed.rules.map((rule) => rule.line));
      chunk.forEach((l, j) => {
        if (l.ok) expect(kept.has(j + 1), l.text).toBe(true);
        else expect(refused.has(j + 1) && !kept.has(j + 1), l.text).toBe(true);
      });
      for (const e of parsed.errors) expect(e.reason).toMatch(/\w/);
    }
    expect(slowest).toBeLessThan(HANG_MS);
  });

  it('refuses text that is not text, and reads only the first lines of a huge paste, saying so', () => {
    expect(parseCosmeticFilters(42 as unknown as string).errors[0]?.reason).toMatch(/not text/);
    const huge = Array.from({ length: 5000 }, () => good()).join('\n');
    const parsed = parseCosmeticFilters(huge, valid);
    expect(parsed.errors.some((e) => /the rest is ignored/.test(e.reason))).toBe(true);
  });
});

describe('corrupt storage', () => {
  const settings = { version: 2, siteModes: { 'example.org': 'off', 'news.example.com': 'always' }, userRules: 'example.org##.comments' };
  const packs = [{ pack: goodPack(), importedAt: '2026-11-30T10:00:00.000Z' }];
  const views = { 'example.org': { state: 'collapsed', width: 420 } };
  const r = rng(0xc0de);
  const garbage = (): unknown =>
    r.pick<unknown>(['', 'not json {', 42, -0, true, null, [], [null, 1, 'x'], { version: 999 }, { siteModes: 'off' }, { userRules: 7 }, [{ pack: 1 }], { __proto__: { polluted: true } }, 'x'.repeat(100_000), { 'example.org': { state: 'sideways', width: 'wide' } }]);

  beforeAll(() => fakeBrowser.reset());

  const keys = [SETTINGS_KEY, IMPORTED_PACKS_KEY, SIDEBAR_VIEWS_KEY, MARK_KEY] as const;
  const seed = async () => {
    fakeBrowser.reset();
    await storage.setItems([
      { key: SETTINGS_KEY, value: settings },
      { key: IMPORTED_PACKS_KEY, value: packs },
      { key: SIDEBAR_VIEWS_KEY, value: views },
      { key: MARK_KEY, value: { shapes: [3, 7], colour: 2 } },
    ]);
  };
  const reload = async () => ({ settings: await loadSettings(), packs: await loadImportedPacks(), views: await loadSiteViews(), mark: await loadMark() });

  it.each(keys)('with %s corrupted 20 ways, the other keys load as saved and the corrupt value is not overwritten', async (key) => {
    await seed();
    const good = await reload();
    expect(good.settings.siteModes).toEqual(settings.siteModes);
    expect(good.packs.map((p) => p.pack.id)).toEqual(['fuzz-pack']);
    for (let i = 0; i < 20; i++) {
      await seed();
      const bad = garbage();
      await storage.setItem(key, bad);
      const raw = JSON.stringify(await storage.getItem(key));
      const loaded = await reload();
      if (key !== SETTINGS_KEY) expect(loaded.settings).toEqual(good.settings);
      else expect(loaded.settings).toEqual(parseSettings(bad));
      if (key !== IMPORTED_PACKS_KEY) expect(loaded.packs).toEqual(good.packs);
      else expect(loaded.packs).toEqual([]);
      if (key !== SIDEBAR_VIEWS_KEY) expect(loaded.views).toEqual(good.views);
      if (key !== MARK_KEY) {
        expect(loaded.mark).toEqual(good.mark);
        // Reading never writes: what was stored is still there for the reader to recover.
        expect(JSON.stringify(await storage.getItem(key))).toBe(raw);
      } else expect(parseMark(await storage.getItem(key))).toEqual(loaded.mark); // not the reader's data: drawn again

    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
