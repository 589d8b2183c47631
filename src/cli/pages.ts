import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The pages `inspect` reads: files as given, `-` for standard input, and folders walked in name order. A
// folder that holds a `source.html` is one saved page in the shared corpus layout (its `expected.html` is what
// Readability made of it, not a page): only `source.html` is read there. Elsewhere every `*.html` is a page.

export interface PageInput {
  /** The name printed with its report: the path as found, or "-". */
  name: string;
  read(): string;
}

export type Collected = { pages: PageInput[]; problems: { name: string; reason: string }[] };

export function collectPages(args: string[], stdin: () => string): Collected {
  const pages: PageInput[] = [];
  const problems: Collected['problems'] = [];
  for (const arg of args) {
    if (arg === '-') {
      pages.push({ name: '-', read: stdin });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(arg).isDirectory();
    } catch (e) {
      problems.push({ name: arg, reason: fileError(e) });
      continue;
    }
    if (!isDir) pages.push(fileInput(arg));
    else {
      const before = pages.length;
      walk(arg, pages, problems);
      if (pages.length === before) problems.push({ name: arg, reason: 'the folder holds no .html page' });
    }
  }
  return { pages, problems };
}

function walk(dir: string, pages: PageInput[], problems: Collected['problems']): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    problems.push({ name: dir, reason: fileError(e) });
    return;
  }
  if (names.includes('source.html')) {
    pages.push(fileInput(join(dir, 'source.html')));
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      continue; // a broken link: nothing to read
    }
    if (isDir) walk(path, pages, problems);
    else if (/\.html?$/i.test(name)) pages.push(fileInput(path));
  }
}

function fileInput(path: string): PageInput {
  return { name: path, read: () => readFileSync(path, 'utf8') };
}

/** A file system error in words ("no such file"), not its code ("ENOENT"). */
export function fileError(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (e as Error).message;
  }
}
