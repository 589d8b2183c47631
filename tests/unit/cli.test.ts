// @vitest-environment node
// The CLI brings its own DOM (jsdom), as it does when run from the shell.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

const DEMO = 'tests/fixtures/demo-tagdiv-article/page.html';
const DEMO_URL = 'https://steppe-courier.example/2021/07/09/tajikistan-reservists/';
const tmp = mkdtempSync(join(tmpdir(), 'rc-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...argv: string[]) {
  let out = '';
  let err = '';
  // main() only calls write(); `never` lets the fake stand in for process.stdout and process.stderr alike.
  const fake = (append: (s: string) => void) => ({ write: (s: string) => (append(s), true) }) as never;
  const code = main(argv, fake((s) => (out += s)), fake((s) => (err += s)));
  return { code, out, err };
}

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('reading-context inspect', () => {
  it('prints the report as JSON with its stable fields', () => {
    const { code, out, err } = run('inspect', DEMO, '--json', '--url', DEMO_URL, '--now', '2026-11-25');
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

  it('does not count a missing --url against the page', () => {
    const r = JSON.parse(run('inspect', DEMO, '--json', '--now', '2026-11-25').out);
    expect(r.article.isArticle).toBe(true);
    expect(r.article.signals.map((s: { name: string }) => s.name)).not.toContain('url:home');
  });

  it('prints a readable summary without --json', () => {
    const { code, out } = run('inspect', DEMO, '--url', DEMO_URL, '--now', '2026-11-25');
    expect(code).toBe(0);
    expect(out).toMatch(/^Article: yes \(confidence /);
    expect(out).toContain('Title: Tajikistan calls up reservists as the Taliban reach the border');
    expect(out).toContain('Published: 2021-07-09T08:15:00+00:00');
    expect(out).toContain('  - Taliban (movement, 1 mention) [labels: ru-designation-labels/ru-terrorist]');
    expect(out).toContain('now: designated a terrorist organisation in Russia since 14 Feb 2003, suspended since 17 Apr 2025');
  });

  it('gives a one-line error and 2 for a missing file', () => {
    const { code, out, err } = run('inspect', join(tmp, 'nope.html'));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(lines(err)).toHaveLength(1);
    expect(err).toMatch(/^reading-context: cannot read .*nope\.html: ENOENT\n$/);
  });

  it('gives a one-line error and 2 for a file that is not HTML', () => {
    const file = join(tmp, 'notes.txt');
    writeFileSync(file, 'Just some notes about the Taliban.\n');
    const { code, out, err } = run('inspect', file);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`reading-context: ${file} is not an HTML page\n`);
  });

  it('rejects a bad --now, a bad --url, an unknown option and a missing file argument', () => {
    for (const argv of [
      ['inspect', DEMO, '--now', 'tomorrow'],
      ['inspect', DEMO, '--url', 'not a url'],
      ['inspect', DEMO, '--verbose'],
      ['inspect'],
    ]) {
      const { code, out, err } = run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(lines(err), argv.join(' ')).toHaveLength(1);
      expect(err).toMatch(/^reading-context: /);
    }
  });

  it('prints usage and returns 2 for an unknown command', () => {
    const { code, err } = run('frobnicate');
    expect(code).toBe(2);
    expect(err).toContain('usage:');
  });
});

describe('reading-context validate-pack', () => {
  it('returns 1 and prints "path: reason" lines for a malformed pack', () => {
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
    const { code, out, err } = run('validate-pack', file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(lines(err)).toEqual([
      `${file}: id: not an id (lower-case letters, digits, . _ -)`,
      `${file}: entries[0].designations[0].since: not a date`,
      `${file}: entries[0].designations[0].source.url: not an https link`,
    ]);
  });

  it('returns 1 for text that is not JSON', () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{"id": ');
    const { code, err } = run('validate-pack', file);
    expect(code).toBe(1);
    expect(lines(err)).toHaveLength(1);
    expect(err).toContain(`${file}: (pack): not JSON`);
  });

  it('returns 0 and a summary for a shipped pack', () => {
    const { code, out, err } = run('validate-pack', 'assets/packs/ru-designation-labels.json');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^assets\/packs\/ru-designation-labels\.json: ok: ru-designation-labels \S+, 0 entries, [1-9]\d* labels\n$/);
  });

  it('returns 2 for a missing file or argument', () => {
    expect(run('validate-pack', join(tmp, 'none.json')).code).toBe(2);
    expect(run('validate-pack').code).toBe(2);
  });
});
