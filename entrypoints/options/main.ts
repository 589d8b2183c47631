import { importPack, loadImportedPacks, removeImportedPack } from '../../src/extension/pack-store';
import { loadShippedLibrary } from '../../src/extension/shipped-library';
import type { CompiledLibrary } from '../../src/core/match/compiled-pack';
import { storage } from 'wxt/utils/storage';
import { loadSettings, saveSettings, setSiteMode, SETTINGS_KEY } from '../../src/extension/settings';
import { renderHidingOptions } from '../../src/ui/hiding-options';
import { messages, resolveLanguage } from '../../src/ui/i18n';
import { renderPacksOptions } from '../../src/ui/packs-options';
import { renderPreferences, renderPrivacy } from '../../src/ui/preferences-options';
import { renderSitesOptions } from '../../src/ui/sites-options';
import { renderBackupOptions } from '../../src/ui/backup-options';
import { readBackup, restoreBackup } from '../../src/extension/backup-store';

// The options page: a list of sections, each rendered by its own module in src/ui/. Add a section by
// adding its renderer here.

/** Read once per page: it does not change while the page is open. */
let shipped: Promise<CompiledLibrary> | null = null;

/** `restoredFrom`: the settings file just read, said in the language it brought. */
async function render(restoredFrom?: string): Promise<void> {
  const settings = await loadSettings();
  const lang = resolveLanguage(settings.language, navigator.language);
  const t = messages(lang);
  document.documentElement.lang = lang;
  document.title = t.optionsTitle;
  const sections: (() => HTMLElement)[] = [
    () =>
      renderPacksOptions(
        {
          loadShipped: () => (shipped ??= loadShippedLibrary()),
          loadImported: loadImportedPacks,
          importText: (text) => importPack(text),
          remove: removeImportedPack,
          loadSettings,
          saveDisabled: (ids) => saveSettings({ disabledPacks: ids }),
        },
        t,
        lang,
      ),
    () => renderSitesOptions({ load: loadSettings, setMode: setSiteMode, watch: (onChange) => storage.watch(SETTINGS_KEY, onChange) }, t),
    () => renderHidingOptions({ load: loadSettings, save: saveSettings }, t),
    () => renderPreferences({ load: loadSettings, save: saveSettings }, t, () => void render()),
    () =>
      renderBackupOptions({ read: () => readBackup(), restore: restoreBackup }, t, lang, (file) => void render(file)),
    () => renderPrivacy(t),
  ];
  document.getElementById('sections')!.replaceChildren(...sections.map((make) => make()));
  if (restoredFrom) document.getElementById('backup-status')!.textContent = t.backupRestored(restoredFrom);
}

void render();
