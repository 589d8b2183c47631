#!/usr/bin/env node
// The command line: the bundle `npm run build:cli` makes (dist/cli.mjs), so a start compiles no TypeScript.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('reading-context: the command line is not built yet: run "npm run build:cli" in the project first');
  process.exitCode = 2;
} else await import(bundle.href);
