import { storage } from 'wxt/utils/storage';
import { type CompiledLibrary, type CompiledPacks, packSet } from '../core/match/compiled-pack';
import { idbGet, idbSet } from './idb';
import { IMPORTED_PACKS_KEY, loadImportedPacks } from './pack-store';
import { loadShippedLibrary } from './shipped-library';
import type { Settings } from './settings-schema';
import { compileUserLibrary, readUserLibrary, USER_LIBRARY_KEY } from './user-library';

// The background's packs: the shipped library as built (loaded, never compiled), the user's library as stored
// (compiled only if it no longer fits), and the enabled set over both, remade when settings or imports change.

export class PackService {
  private shipped: Promise<CompiledLibrary> | null = null;
  private user: Promise<CompiledLibrary | null> | null = null;
  private set: { key: string; packs: Promise<CompiledPacks> } | null = null;

  constructor() {
    // Imports and removals: the packs and their library are read again on the next article.
    storage.watch(IMPORTED_PACKS_KEY, () => {
      this.user = null;
      this.set = null;
    });
  }

  /** The enabled packs for these settings. */
  packs(settings: Settings): Promise<CompiledPacks> {
    const key = [...settings.disabledPacks].sort().join('\n');
    if (this.set?.key !== key) {
      const off = new Set(settings.disabledPacks);
      const packs = Promise.all([this.shippedLibrary(), this.userLibrary()]).then(([shipped, user]) =>
        packSet(user ? [shipped, user] : [shipped], (id) => !off.has(id)),
      );
      this.set = { key, packs };
      packs.catch(() => (this.set = null));
    }
    return this.set.packs;
  }

  /** A failed load is tried again on the next article, not kept. */
  private shippedLibrary(): Promise<CompiledLibrary> {
    if (!this.shipped) {
      this.shipped = loadShippedLibrary();
      this.shipped.catch(() => (this.shipped = null));
    }
    return this.shipped;
  }

  private userLibrary(): Promise<CompiledLibrary | null> {
    if (this.user) return this.user;
    this.user = (async () => {
      const stored = await loadImportedPacks();
      if (!stored.length) return null;
      const library = readUserLibrary(await idbGet(USER_LIBRARY_KEY).catch(() => null), stored);
      if (library) return library;
      // Stored by another version, out of step with the packs, or never written: compile once and keep it.
      const fresh = compileUserLibrary(stored);
      await idbSet(USER_LIBRARY_KEY, fresh).catch((error: unknown) => console.warn('Reading Context: compiled packs not stored', error));
      return readUserLibrary(fresh, stored);
    })();
    this.user.catch(() => (this.user = null));
    return this.user;
  }
}
