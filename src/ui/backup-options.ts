import { formatPackError } from '../core/glossary/validate';
import { type Backup, BACKUP_MAX_BYTES, backupFileName, backupText, backupTooLarge, parseBackup } from '../extension/backup-file';
import { h } from './dom';
import { downloadText } from './download';
import { checkRules } from './hiding-options';
import { formatDate, type Messages, type UiLanguage } from './i18n';

// The options page's "Backup" section: everything the reader saved as one file, and that file read back.
// A file with any problem is refused whole and every problem listed; a good one is described and replaces
// the current settings only when the reader confirms.

export interface BackupStore {
  read(): Promise<Backup>;
  restore(backup: Backup): Promise<void>;
}

export function renderBackupOptions(store: BackupStore, t: Messages, lang: UiLanguage, onRestored: (fileName: string) => void): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', id: 'backup-status' });
  const errors = h('ol', { class: 'pack-errors', id: 'backup-errors', 'aria-live': 'polite' });
  const confirm = h('div', { class: 'backup-confirm', id: 'backup-confirm', hidden: '' });
  const exportButton = h('button', { type: 'button', id: 'backup-export' }, t.backupExport);
  const file = h('input', { type: 'file', accept: 'application/json,.json', id: 'backup-file', class: 'visually-hidden', 'aria-label': t.backupImport, tabindex: '-1' });
  const importButton = h('button', { type: 'button', id: 'backup-import' }, t.backupImport);
  importButton.addEventListener('click', () => file.click());

  exportButton.addEventListener('click', async () => {
    const backup = await store.read();
    downloadText(backupText(backup), backupFileName(backup));
    status.textContent = t.backupExported(backupFileName(backup));
  });

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    errors.replaceChildren();
    confirm.hidden = true;
    const result = chosen.size > BACKUP_MAX_BYTES ? backupTooLarge() : parseBackup(await chosen.text());
    if (!result.ok) {
      status.textContent = t.backupRejected(chosen.name, result.errors.length);
      errors.replaceChildren(...result.errors.map((e) => h('li', {}, h('code', {}, formatPackError(e)))));
      return;
    }
    const { backup } = result;
    status.textContent = '';
    const replace = h('button', { type: 'button', id: 'backup-replace' }, t.backupReplace);
    const cancel = h('button', { type: 'button', id: 'backup-cancel' }, t.backupCancel);
    replace.addEventListener('click', async () => {
      confirm.hidden = true;
      await store.restore(backup);
      onRestored(chosen.name);
    });
    cancel.addEventListener('click', () => {
      confirm.hidden = true;
      status.textContent = t.backupCancelled;
    });
    confirm.replaceChildren(
      h('p', {}, t.backupHolds(chosen.name, formatDate(backup.exportedAt, lang))),
      h('ul', {},
        h('li', {}, t.backupSites(Object.keys(backup.settings.siteModes).length)),
        h('li', {}, t.backupRules(checkRules(backup.settings.userRules).rules)),
        h('li', {}, t.backupPacks(backup.importedPacks.length)),
        h('li', {}, t.backupPreferences),
      ),
      h('p', {}, h('strong', {}, t.backupReplaceWarning)),
      h('div', { class: 'actions' }, replace, ' ', cancel),
    );
    confirm.hidden = false;
    replace.focus();
  });

  return h('section', { class: 'options-section', id: 'backup', 'aria-labelledby': 'backup-title', 'data-ready': 'true' },
    h('h2', { id: 'backup-title' }, t.backupTitle),
    h('p', { class: 'help' }, t.backupHelp),
    h('div', { class: 'actions' }, exportButton, ' ', importButton, file),
    confirm,
    status,
    errors,
  );
}
