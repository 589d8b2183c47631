import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

// Serves the fixtures on 127.0.0.1 (never another address). Each fixture answers at the path of the URL
// in its expected.json, so URL-shape signals work as on the real site, and at /fixtures/<name>/.

export interface FixtureServer {
  origin: string;
  /** URL of a fixture by folder name. */
  url(name: string): string;
  close(): Promise<void>;
}

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

function fixtureRoutes(dir = FIXTURES): Map<string, string> {
  const routes = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    let expected: { url?: string };
    try {
      expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
    } catch {
      continue;
    }
    const file = join(dir, name, 'page.html');
    routes.set(`/fixtures/${name}/`, file);
    if (expected.url) routes.set(new URL(expected.url).pathname, file);
  }
  return routes;
}

export async function startFixtureServer(dir = FIXTURES): Promise<FixtureServer> {
  const routes = fixtureRoutes(dir);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = routes.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const byName = new Map<string, string>();
  for (const [path, file] of routes) {
    const name = file.split('/').slice(-2, -1)[0]!;
    if (!path.startsWith('/fixtures/') || !byName.has(name)) byName.set(name, path);
  }
  return {
    origin,
    url: (name) => {
      const path = byName.get(name);
      if (!path) throw new Error(`no fixture named ${name}`);
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Serves a folder laid out like the shared corpus (<dir>/<page>/source.html) on 127.0.0.1: each listed page
 * at /<page>/, nothing else. For the benchmark and eval:declutter.
 */
/** Serves each page's source.html; `headers` are added to every page (a CSP that keeps page scripts off, say). */
export async function startCorpusServer(dir: string, pages: string[], headers: Record<string, string> = {}): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.split('/')[1] ?? '');
    const file = join(dir, name, 'source.html');
    if (!pages.includes(name) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Expected {
  url?: string;
  article: { isArticle: boolean };
  hidden: { systems: string[]; selectorsHidden: string[] };
  visible: string[];
  hiddenTexts?: string[];
  notes: string[];
  labelLinks?: Record<string, string[]>;
}

export function expectedFor(name: string, dir = FIXTURES): Expected {
  return JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
}

/** The fixtures that are articles (the extension runs its whole pipeline there), by name. */
export function articleFixtures(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && expectedFor(d.name, dir).article.isArticle)
    .map((d) => d.name)
    .sort();
}
