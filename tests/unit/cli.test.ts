// @vitest-environment node
// The CLI brings its own DOM (happy-dom), as it does when run from the shell. Its packs here are compiled from
// the shipped sources once (the built CLI loads them compiled: tests/e2e/cli-package.e2e.ts runs that one).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { compilePacks } from '../../src/core/match/matcher';
import { SHIPPED_PACKS } from '../../src/extension/packs';

const DEMO = 'tests/fixtures/demo-tagdiv-article/page.html';
const DEMO_URL = 'https://steppe-courier.example/2021/07/09/tajikistan-reservists/';
const tmp = mkdtempSync(join(tmpdir(), 'rc-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let packs: ReturnType<typeof compilePacks> | undefined;
const deps = { version: '9.8.7', packs: () => (packs ??= compilePacks(SHIPPED_PACKS)) };

function run(...argv: string[]) {
  return runWith({}, ...argv);
}

async function runWith(extra: Partial<typeof deps> & { stdin?: () => string }, ...argv: string[]) {
  let out = '';
  let err = '';
  const fake = (append: (s: string) => void) => ({ write: (s: string) => (append(s), true) });
  const code = await main(argv, fake((s) => (out += s)), fake((s) => (err += s)), { ...deps, ...extra });
  return { code, out, err };
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('reading-context inspect', () => {
  it('prints the report as JSON with its stable fields', async () => {
    const { code, out, err } = await run('inspect', DEMO, '--json', '--url', DEMO_URL, '--now', '2026-11-25');
    expect(code).toBe(0);
    expect(err).toBe('');
    const r = JSON.parse(out);
    expect(r.article).toMatchObject({ isArticle: true });
    expect(typeof r.article.confidence).toBe('number');
    expect(r.meta).toMatchObject({
      title: 'Tajikistan calls up reservists as the Taliban reach the border',
      lang: 'en-US',
      published: '2021-07-09T08:15:00+00:00',
    });
    expect(r.hidden.length).toBeGreaterThan(0);
    for (const h of r.hidden) {
      expect(typeof h.system).toBe('string');
      expect(typeof h.text).toBe('string');
    }
    expect(r.hidden.map((h: { system: string }) => h.system)).toContain('tagdiv');
    const taliban = r.notes.find((n: { id: string }) => n.id === 'designated-entities/taliban');
    expect(taliban).toMatchObject({ title: 'Taliban', kind: 'movement', mentions: 1, labels: ['ru-designation-labels/ru-terrorist'] });
    for (const n of r.notes) {
      expect(Object.keys(n)).toEqual(expect.arrayContaining(['id', 'title', 'kind', 'mentions', 'labels']));
      expect(Array.isArray(n.labels)).toBe(true);
    }
    expect(taliban.status[0].now).toContain('suspended since 17 Apr 2025');
  });

  it('does not count a missing --url against the page', async () => {
    const r = JSON.parse((await run('inspect', DEMO, '--json', '--now', '2026-11-25')).out);
    expect(r.article.isArticle).toBe(true);
    expect(r.article.signals.map((s: { name: string }) => s.name)).not.toContain('url:home');
  });

  it('prints every section the sidebar shows, in its words, with its mention counts', async () => {
    const { code, out } = await run('inspect', DEMO, '--url', DEMO_URL, '--now', '2026-11-25');
    expect(code).toBe(0);
    expect(out).toMatch(/^Article: yes \(confidence /);
    expect(out).toContain('Title: Tajikistan calls up reservists as the Taliban reach the border');
    expect(out).toContain('Published: 2021-07-09T08:15:00+00:00');
    expect(out).toContain('Labels in this article:\n  - Banned as terrorist in Russia (terrorist, 2x)\n      Refers to: Taliban');
    expect(out).toContain("      As printed: “the organization's activities are prohibited on the territory of the Russian Federation”");
    expect(out).toMatch(/\n {6}Law: Federal Law No\. 35-FZ/);
    // The sidebar's count: every mention a reader can step to, the labels' spans included.
    expect(out).toContain('  - Taliban (movement, 2 mentions) [labels: ru-designation-labels/ru-terrorist]');
    expect(out).toContain('        At publication: designated a terrorist organisation in Russia since 14 Feb 2003\n');
    // "Now" is the day given; the data date is said only once the packs' data is older than that day.
    expect(out).toContain('        Now: designated a terrorist organisation in Russia since 14 Feb 2003; suspended since 17 Apr 2025');
    expect((await run('inspect', DEMO, '--now', '2026-12-20')).out).toContain('        Now (data of 1 Dec 2026): designated a terrorist organisation');
    expect(out).toContain('Sources: Wikipedia: Taliban <https://en.wikipedia.org/wiki/Taliban>');
    expect(out).toMatch(/\nHidden on this page: [1-9]\d*\n  - comment form \(tagDiv Newspaper theme; tagdiv, \d+ chars\): LEAVE A REPLY/);
  });

  it('prints translation slips', async () => {
    const { out } = await run('inspect', 'tests/fixtures/notes-en-translation-slip/page.html', '--now', '2026-11-25');
    expect(out).toMatch(/\nPossible translation slips:\n  - “[^”]+” \(\d+ mentions?\)\n {6}Most likely means: /);
  });

  it('says in words what is wrong with a page, goes on, and returns 1', async () => {
    const notes = join(tmp, 'notes.txt');
    writeFileSync(notes, 'Just some notes about the Taliban.\n');
    const { code, out, err } = await run('inspect', join(tmp, 'nope.html'), notes, DEMO, '--json');
    expect(code).toBe(1);
    expect(lines(err)).toEqual([
      `reading-context: ${join(tmp, 'nope.html')}: no such file or folder`,
      `reading-context: ${notes}: is not an HTML page`,
      expect.stringMatching(/^3 pages: 1 articles, 0 other pages, 2 failed; \d+ items hidden, \d+ notes, \d+ labels; [\d.]+ s, median \d+ ms a page$/),
    ]);
    expect(lines(out).map((l) => JSON.parse(l).page)).toEqual([DEMO]);
  });

  it('gives a one-line error and 1 for a single missing page', async () => {
    const { code, out, err } = await run('inspect', join(tmp, 'nope.html'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(`reading-context: ${join(tmp, 'nope.html')}: no such file or folder\n`);
  });

  it('reads every page of a folder, source.html alone where the folder is one saved page, and prints a summary', async () => {
    const dir = join(tmp, 'pages');
    mkdirSync(join(dir, 'saved-page'), { recursive: true });
    mkdirSync(join(dir, 'more'), { recursive: true });
    writeFileSync(join(dir, 'saved-page', 'source.html'), '<html><body><p>A page.</p></body></html>');
    writeFileSync(join(dir, 'saved-page', 'expected.html'), '<p>not a page of its own</p>');
    writeFileSync(join(dir, 'more', 'b.html'), '<html><body><p>Another page.</p></body></html>');
    writeFileSync(join(dir, 'more', 'readme.txt'), 'not a page');
    const { code, out, err } = await run('inspect', dir, '--json');
    expect(code).toBe(0);
    expect(lines(out).map((l) => JSON.parse(l).page)).toEqual([join(dir, 'more', 'b.html'), join(dir, 'saved-page', 'source.html')]);
    expect(lines(out).every((l) => JSON.parse(l).report.article.isArticle === false)).toBe(true);
    expect(err).toMatch(/^2 pages: 0 articles, 2 other pages, 0 failed;/);
    const text = await run('inspect', dir);
    expect(text.out).toContain(`== ${join(dir, 'more', 'b.html')}\nArticle: no`);
    expect(text.out).toMatch(/\n2 pages: 0 articles, 2 other pages, 0 failed;.*\n$/);
    expect((await run('inspect', join(dir, 'more', 'readme.txt'))).code).toBe(1);
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    expect((await run('inspect', empty)).err).toBe(`reading-context: ${empty}: the folder holds no .html page\n`);
  });

  it('reads a page from standard input for "-"', async () => {
    const { code, out } = await runWith({ stdin: () => '<html><body><p>Piped.</p></body></html>' }, 'inspect', '-', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).article.isArticle).toBe(false);
  });

  it('says a page that cannot be read (standard input closed) and goes on', async () => {
    const { code, out, err } = await runWith({ stdin: () => { throw new Error('stream closed'); } }, 'inspect', '-', DEMO, '--json');
    expect(code).toBe(1);
    expect(lines(err)[0]).toBe('reading-context: -: stream closed');
    expect(lines(out)).toHaveLength(1);
  });

  it('says a page the engine could not analyse, with the reason, and goes on', async () => {
    const { code, out, err } = await runWith({ packs: () => { throw new Error('library cut short'); } }, 'inspect', DEMO, DEMO, '--json');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(lines(err).slice(0, 2)).toEqual(Array(2).fill(`reading-context: ${DEMO}: could not be analysed: library cut short`));
  });

  it('rejects a bad --now, a bad --url, an unknown option, a missing value and a missing page, in one line each', async () => {
    for (const [argv, message] of [
      [['inspect', DEMO, '--now', 'tomorrow'], '--now takes a real day as YYYY-MM-DD, not "tomorrow"'],
      [['inspect', DEMO, '--now', '2024-02-30'], '--now takes a real day as YYYY-MM-DD, not "2024-02-30"'],
      [['inspect', DEMO, '--url', 'not a url'], '--url takes an absolute URL, not "not a url"'],
      [['inspect', DEMO, DEMO, '--url', DEMO_URL], '--url gives the address of one page; several were given'],
      [['inspect', DEMO, '--verbose'], 'inspect: unknown option --verbose (see --help)'],
      [['inspect', DEMO, '--url'], 'inspect: --url needs a value'],
      [['inspect'], 'inspect needs a page, a folder or - (see --help)'],
    ] as const) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err, argv.join(' ')).toBe(`reading-context: ${message}\n`);
    }
  });

  it('prints help on stdout with 0 for the command and each subcommand, and the version', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['inspect', '--help'], ['validate-pack', '--help'], ['build-pack', '-h']]) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(err).toBe('');
      expect(out, argv.join(' ')).toMatch(/usage:/);
    }
    expect((await run('inspect', '--help')).out).toContain('--now DATE');
    expect(await run('--version')).toEqual({ code: 0, out: '9.8.7\n', err: '' });
  });

  it('prints usage on stderr and returns 2 for an unknown or a missing command', async () => {
    const { code, out, err } = await run('frobnicate');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^reading-context: unknown command "frobnicate"\n\n.*usage:/s);
    expect((await run()).code).toBe(2);
  });
});

describe('reading-context validate-pack', () => {
  it('returns 1 and prints "path: reason" lines for a malformed pack', async () => {
    const file = join(tmp, 'bad-pack.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 'Bad Pack',
        version: '1',
        title: 'Bad',
        languages: ['en'],
        entries: [
          {
            id: 'x',
            kind: 'organization',
            names: { en: ['X'] },
            summary: 'x',
            designations: [{ jurisdiction: 'RU', type: 'terrorist', list: 'L', since: 'soon', source: { title: 's', url: 'http://x.example/' } }],
            sources: [{ title: 's', url: 'https://x.example/' }],
          },
        ],
        labels: [],
      }),
    );
    const { code, out, err } = await run('validate-pack', file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(lines(err)).toEqual([
      `${file}: id: not an id (lower-case letters, digits, . _ -)`,
      `${file}: entries[0].designations[0].since: not a date`,
      `${file}: entries[0].designations[0].source.url: not an https link`,
    ]);
  });

  it('returns 1 for text that is not JSON', async () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{"id": ');
    const { code, err } = await run('validate-pack', file);
    expect(code).toBe(1);
    expect(lines(err)).toHaveLength(1);
    expect(err).toContain(`${file}: (pack): not JSON`);
  });

  it('returns 0 and a summary for a shipped pack', async () => {
    const { code, out, err } = await run('validate-pack', 'assets/packs/ru-designation-labels.json');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^assets\/packs\/ru-designation-labels\.json: ok: ru-designation-labels \S+, 0 entries, [1-9]\d* labels\n$/);
  });

  it('says in words why a file cannot be read (1), checks the others, and wants a file (2)', async () => {
    const { code, out, err } = await run('validate-pack', join(tmp, 'none.json'), tmp, 'assets/packs/ru-designation-labels.json');
    expect(code).toBe(1);
    expect(lines(err)).toEqual([`reading-context: ${join(tmp, 'none.json')}: no such file or folder`, `reading-context: ${tmp}: is a folder, not a file`]);
    expect(out).toMatch(/: ok: ru-designation-labels /);
    expect(await run('validate-pack')).toMatchObject({ code: 2, err: 'reading-context: validate-pack needs a pack file (see --help)\n' });
  });
});

describe('reading-context build-pack: the command line', () => {
  it('says what is wrong with its arguments in one line and returns 2', async () => {
    const file = join(tmp, 'register.json');
    writeFileSync(file, '[]');
    for (const [argv, message] of [
      [['build-pack', file, '--as-of', '2024-10-01'], '--register takes foreign-agents or undesirable'],
      [['build-pack', '--register', 'undesirable', file], '--as-of takes the date of the register copy as YYYY-MM-DD'],
      [['build-pack', '--register', 'undesirable', '--as-of', '2024-10-01'], 'build-pack needs a register file (see --help)'],
      [['build-pack', '--register', 'undesirable', file, file, '--as-of', '2024-10-01'], 'build-pack takes one register file, not 2'],
      [['build-pack', '--register', 'undesirable', file, '--as-of', '2024-10-01', '--source', 'ftp://x'], '--source takes the https address the register copy comes from'],
      [['build-pack', '--register'], 'build-pack: --register needs a value'],
      [['build-pack', '--format', 'csv'], 'build-pack: unknown option --format (see --help)'],
    ] as const) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err, argv.join(' ')).toBe(`reading-context: ${message}\n`);
    }
  });

  it('says a register file that cannot be read or is not JSON in one line and returns 1', async () => {
    const broken = join(tmp, 'broken-register.json');
    writeFileSync(broken, '[{"n": 1,');
    const args = ['--register', 'undesirable', '--as-of', '2024-10-01'];
    expect(await run('build-pack', join(tmp, 'none.json'), ...args)).toEqual({ code: 1, out: '', err: `reading-context: ${join(tmp, 'none.json')}: no such file or folder\n` });
    const r = await run('build-pack', broken, ...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^reading-context: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON: .+\n$`));
  });
});

