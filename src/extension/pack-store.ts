import { storage } from 'wxt/utils/storage';
import type { Pack } from '../core/glossary/pack';
import { type PackError, parsePack, validatePack } from '../core/glossary/validate';
import { SHIPPED_PACK_IDS } from './shipped-ids';
import { idbSet } from './idb';
import { compileUserLibrary, USER_LIBRARY_KEY } from './user-library';

// Packs the user imported, kept in extension storage apart from the settings, and compiled once, at import,
// into the user library (user-library.ts). An import is validated in full before anything is written; a
// stored pack that no longer validates is skipped, never "repaired".

export const IMPORTED_PACKS_KEY = 'local:importedPacks' as const;
const KEY = IMPORTED_PACKS_KEY;

export interface StoredPack {
  pack: Pack;
  importedAt: string;
}

export type ImportResult = { ok: true; pack: Pack; replaced: boolean } | { ok: false; errors: PackError[] };

export async function loadImportedPacks(): Promise<StoredPack[]> {
  const raw = await storage.getItem<unknown>(KEY);
  if (!Array.isArray(raw)) return [];
  const packs: StoredPack[] = [];
  for (const item of raw) {
    const result = validatePack((item as StoredPack | null)?.pack);
    if (result.ok) packs.push({ pack: result.pack, importedAt: String((item as StoredPack).importedAt ?? '') });
  }
  return packs;
}

/** Validates pack JSON text and stores it; on any error nothing is written. */
export async function importPack(text: string, now = new Date()): Promise<ImportResult> {
  const result = parsePack(text);
  if (!result.ok) return result;
  const { pack } = result;
  if (SHIPPED_PACK_IDS.includes(pack.id))
    return { ok: false, errors: [{ path: 'id', reason: `"${pack.id}" is the id of a pack that ships with the extension` }] };
  const stored = await loadImportedPacks();
  const replaced = stored.some((s) => s.pack.id === pack.id);
  const next = [...stored.filter((s) => s.pack.id !== pack.id), { pack, importedAt: now.toISOString() }];
  await saveImported(next);
  return { ok: true, pack, replaced };
}

export async function removeImportedPack(id: string): Promise<void> {
  const stored = await loadImportedPacks();
  await saveImported(stored.filter((s) => s.pack.id !== id));
}

/**
 * The packs first, then their library. A library that could not be written is compiled again where it is
 * needed (it no longer fits the packs), so the packs are what counts.
 */
async function saveImported(next: StoredPack[]): Promise<void> {
  await storage.setItem(KEY, next);
  await storeUserLibrary(next);
}

/** Compiles the imports once into the library the background reads (after they were stored). */
export async function storeUserLibrary(stored: StoredPack[]): Promise<void> {
  await idbSet(USER_LIBRARY_KEY, compileUserLibrary(stored)).catch((error: unknown) => console.warn('Reading Context: compiled packs not stored', error));
}
