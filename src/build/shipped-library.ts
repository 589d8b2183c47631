import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileLibrary } from '../core/match/compiled-pack';
import { encodeLibrary } from '../core/match/pack-binary';
import { SHIPPED_PACKS } from '../extension/packs';

// Build step (wxt.config.ts): the shipped packs compiled into one library file that the extension loads as it
// is, so no page view and no background start compiles them.

/** Compiles the shipped packs and writes the library under `dir`; returns the file's path. */
export function writeShippedLibrary(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'shipped.bin');
  writeFileSync(file, encodeLibrary(compileLibrary(SHIPPED_PACKS)));
  return file;
}
