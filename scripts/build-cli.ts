// npm run build:cli: the command line as one bundled file, dist/cli.mjs, with the shipped packs compiled
// beside it (dist/shipped.bin). It runs on Node with the production dependencies only: happy-dom is the one
// package it loads at run time; everything else is in the bundle.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { writeShippedLibrary } from '../src/build/shipped-library';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
rmSync(DIST, { recursive: true, force: true });
const result = await build({
  entryPoints: [join(ROOT, 'src/cli/bin.ts')],
  outfile: join(DIST, 'cli.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: [],
  minify: false,
  legalComments: 'eof',
  // The CommonJS packages in the bundle (happy-dom's) call require for Node's own modules.
  banner: { js: "import { createRequire as __rcRequire } from 'node:module'; const require = __rcRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
const library = writeShippedLibrary(DIST);
console.log(`dist/cli.mjs ${(bytes / 1024).toFixed(0)} KB, ${library.replace(`${ROOT}/`, '')}`);
