import { compileLibrary, type CompiledLibrary } from '../core/match/compiled-pack';
import { COMPILER_KEY, decodeLibrary, encodeLibrary } from '../core/match/pack-binary';
import type { StoredPack } from './pack-store';

// The user's imported packs, compiled once per import or removal into one library kept in the extension's
// IndexedDB (idb.ts). It is compiled again only when it no longer fits the stored packs or this version's
// compiler, so a failed or missing write costs one compile, never a note.

export const USER_LIBRARY_KEY = 'userLibrary';

export interface StoredLibrary {
  /** The compiler that made it (pack-binary.ts COMPILER_KEY). */
  key: string;
  /** Which imports it holds (libraryFingerprint). */
  packs: string;
  /** encodeLibrary's bytes. */
  bytes: Uint8Array;
}

export function libraryFingerprint(stored: StoredPack[]): string {
  return stored.map((s) => `${s.pack.id}@${s.importedAt}`).join('|');
}

export function compileUserLibrary(stored: StoredPack[]): StoredLibrary {
  return { key: COMPILER_KEY, packs: libraryFingerprint(stored), bytes: encodeLibrary(compileLibrary(stored.map((s) => s.pack))) };
}

/** The stored library when it fits `stored` and can be read; null when it must be compiled again. */
export function readUserLibrary(saved: unknown, stored: StoredPack[]): CompiledLibrary | null {
  const s = saved as StoredLibrary | null;
  if (!s || s.key !== COMPILER_KEY || s.packs !== libraryFingerprint(stored) || !(s.bytes instanceof Uint8Array)) return null;
  try {
    return decodeLibrary(s.bytes);
  } catch {
    return null;
  }
}
