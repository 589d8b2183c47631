import { storage } from 'wxt/utils/storage';
import { type Backup, makeBackup } from './backup-file';
import { IMPORTED_PACKS_KEY, loadImportedPacks, storeUserLibrary } from './pack-store';
import { loadSettings, SETTINGS_KEY } from './settings';
import { loadSiteViews, SIDEBAR_VIEWS_KEY } from './sidebar-view';

// Export and restore of everything the reader saved (backup-file.ts is the format).

export async function readBackup(now = new Date()): Promise<Backup> {
  const [settings, views, packs] = await Promise.all([loadSettings(), loadSiteViews(), loadImportedPacks()]);
  return makeBackup(settings, views, packs, now);
}

/**
 * Replaces the stored settings, sidebar layouts and imported packs with a checked backup's, in one storage
 * write (one storage.local.set), then compiles the imported packs once, as an import does.
 */
export async function restoreBackup(backup: Backup): Promise<void> {
  await storage.setItems([
    { key: SETTINGS_KEY, value: backup.settings },
    { key: SIDEBAR_VIEWS_KEY, value: backup.sidebarViews },
    { key: IMPORTED_PACKS_KEY, value: backup.importedPacks },
  ]);
  await storeUserLibrary(backup.importedPacks);
}
