import { readFileSync } from 'node:fs';
import { packSet } from '../core/match/compiled-pack';
import type { CompiledPacks } from '../core/match/matcher';
import { decodeLibrary } from '../core/match/pack-binary';
import { main } from './main';

// The entry of the built CLI (scripts/build-cli.ts bundles it into dist/cli.mjs): the shipped packs come
// compiled, from the library written beside the bundle, so a start compiles nothing.

let packs: CompiledPacks | undefined;
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
process.exitCode = await main(process.argv.slice(2), process.stdout, process.stderr, {
  version,
  packs: () => (packs ??= packSet([decodeLibrary(readFileSync(new URL('./shipped.bin', import.meta.url)))])),
});
