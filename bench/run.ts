// npm run bench [-- chromium|node] [--pages N]
// Runs every benchmark and prints its table: the real-Chromium corpus benchmark (bench/chromium, measures
// in bench/chromium/measures.ts), the built extension's own content script on the same corpora
// (bench/chromium/extension.bench.ts), then each Node benchmark (bench/node/*.ts, each run in its own process
// so one cannot skew another's heap or JIT). Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runChromiumBench } from './chromium/corpus.bench';
import { runExtensionBench } from './chromium/extension.bench';

const args = process.argv.slice(2);
const only = args.find((a) => a === 'chromium' || a === 'node');
const pages = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : undefined;
const started = Date.now();
let failed = 0;

if (!only || only === 'chromium') {
  try {
    await runChromiumBench({ limit: pages });
  } catch (e) {
    failed++;
    console.error(`chromium bench failed: ${(e as Error).message}`);
  }
  try {
    await runExtensionBench({ limit: pages });
  } catch (e) {
    failed++;
    console.error(`extension bench failed: ${(e as Error).message}`);
  }
}

if (!only || only === 'node') {
  const dir = join(import.meta.dirname, 'node');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).sort() : [];
  for (const file of files) {
    console.log(`\n== bench/node/${file}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit' });
    if (r.status !== 0) {
      failed++;
      console.error(`bench/node/${file} exited with ${r.status ?? r.signal}`);
    }
  }
}

console.log(`\nbench: done in ${((Date.now() - started) / 1000).toFixed(1)} s${failed ? `, ${failed} failed` : ''}`);
process.exitCode = failed ? 1 : 0;
