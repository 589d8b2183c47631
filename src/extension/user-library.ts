import { compileLibrary, type CompiledLibrary } from '../core/match/compiled-pack';
import { COMPILER_KEY, decodeLibrary, encodeLibrary } from '../core/match/pack-binary';
import { base64ToBytes, bytesToBase64 } from './base64';
import type { StoredPack } from './pack-store';

// The user's imported packs, compiled once per import or removal into one library kept beside them in
// storage. It is compiled again only when it no longer fits the stored packs or this version's compiler.

export const USER_LIBRARY_KEY = 'local:userLibrary' as const;

export interface StoredLibrary {
  /** The compiler that made it (pack-binary.ts COMPILER_KEY). */
  key: string;
  /** Which imports it holds (libraryFingerprint). */
  packs: string;
  /** encodeLibrary's bytes, base64. */
  data: string;
}

export function libraryFingerprint(stored: StoredPack[]): string {
  return stored.map((s) => `${s.pack.id}@${s.importedAt}`).join('|');
}

export function compileUserLibrary(stored: StoredPack[]): StoredLibrary {
  return { key: COMPILER_KEY, packs: libraryFingerprint(stored), data: bytesToBase64(encodeLibrary(compileLibrary(stored.map((s) => s.pack)))) };
}

/** The stored library when it fits `stored` and can be read; null when it must be compiled again. */
export function readUserLibrary(saved: unknown, stored: StoredPack[]): CompiledLibrary | null {
  const s = saved as StoredLibrary | null;
  if (!s || s.key !== COMPILER_KEY || s.packs !== libraryFingerprint(stored) || typeof s.data !== 'string') return null;
  try {
    return decodeLibrary(base64ToBytes(s.data));
  } catch {
    return null;
  }
}
