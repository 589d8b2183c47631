// The command line as a user gets it: the project packed (npm pack, which builds the CLI), installed into an
// empty folder with production dependencies only, and each subcommand run through its bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DEMO = join(ROOT, 'tests/fixtures/demo-tagdiv-article/page.html');
const tmp = mkdtempSync(join(tmpdir(), 'rc-package-'));
const app = join(tmp, 'app');
let bin = '';

beforeAll(() => {
  execFileSync('npm', ['pack', '--pack-destination', tmp, '--silent'], { cwd: ROOT, stdio: 'pipe' });
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n');
  execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', join(tmp, tarball)], { cwd: app, stdio: 'pipe' });
  bin = join(app, 'node_modules', '.bin', 'reading-context');
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(bin, args, { cwd: app, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the packed command line, installed with production dependencies only', () => {
  it('has none of the development tools it was built with', () => {
    const installed = readdirSync(join(app, 'node_modules'));
    for (const dev of ['tsx', 'jsdom', 'happy-dom', 'esbuild', 'wxt', 'vitest']) expect(installed).not.toContain(dev);
  });

  it('prints its version and its help', () => {
    expect(run('--version')).toMatchObject({ code: 0, out: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    expect(run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('usage:'), err: '' });
    expect(run('inspect', '--help')).toMatchObject({ code: 0, out: expect.stringContaining('--json') });
  });

  it('inspects a page, as text and as JSON, with the shipped packs', () => {
    const text = run('inspect', DEMO, '--now', '2026-11-25');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Refers to: Taliban');
    expect(text.out).toContain('At publication: designated a terrorist organisation in Russia since 14 Feb 2003');
    const json = JSON.parse(run('inspect', DEMO, '--json').out);
    expect(json.notes.map((n: { id: string }) => n.id)).toContain('designated-entities/taliban');
  });

  it('inspects a folder, page by page, with a summary and a failing page said in one line', () => {
    const dir = join(tmp, 'pages');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.html'), '<html><body><p>A short page.</p></body></html>');
    writeFileSync(join(dir, 'b.html'), 'plain text, not a page');
    const r = run('inspect', dir, '--json');
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l).page)).toEqual([join(dir, 'a.html')]);
    expect(r.err).toContain(`reading-context: ${join(dir, 'b.html')}: is not an HTML page`);
    expect(r.err).toMatch(/2 pages: 0 articles, 1 other pages, 1 failed/);
  });

  it('validates a pack and builds one from a register file', () => {
    expect(run('validate-pack', join(ROOT, 'assets/packs/designated-entities.json'))).toMatchObject({ code: 0, out: expect.stringContaining(': ok: designated-entities ') });
    const register = join(tmp, 'register.json');
    writeFileSync(register, JSON.stringify([{ n: 1, name: 'Автономная некоммерческая организация «Пример»', kind: 'organization', resources: [], included: '2022-04-15', excluded: null }]));
    const built = run('build-pack', '--register', 'foreign-agents', register, '--as-of', '2024-10-01', '--out', join(tmp, 'pack.json'));
    expect(built.err).toMatch(/1 entries, \d+ names -> /);
    expect(built.code).toBe(0);
    expect(run('validate-pack', join(tmp, 'pack.json')).code).toBe(0);
    expect(run('build-pack', '--register', 'foreign-agents', join(tmp, 'none.json'), '--as-of', '2024-10-01')).toMatchObject({ code: 1, err: `reading-context: ${join(tmp, 'none.json')}: no such file or folder\n` });
  });
});
