import { textIn } from '../core/glossary/local-text';
import type { Pack } from '../core/glossary/pack';
import { formatPackError, PACK_LIMITS } from '../core/glossary/validate';
import type { ImportResult, StoredPack } from '../extension/pack-store';
import type { Settings } from '../extension/settings-schema';
import { h } from './dom';
import { downloadText } from './download';
import { formatDate, type Messages, type UiLanguage } from './i18n';

// The options page's "Glossary packs" section: every pack with its version and counts, a switch for each,
// import from a file (validated in full; a rejected file changes nothing and every error is listed),
// export and removal of imported packs.

export interface PackStore {
  /** The shipped packs' records (names left out: the list shows titles and counts). */
  loadShipped(): Promise<Pack[]>;
  loadImported(): Promise<StoredPack[]>;
  importText(text: string): Promise<ImportResult>;
  remove(id: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveDisabled(ids: string[]): Promise<Settings>;
}

export function renderPacksOptions(store: PackStore, t: Messages, lang: UiLanguage): HTMLElement {
  const list = h('ul', { class: 'packs', id: 'pack-list' });
  const status = h('p', { class: 'status', role: 'status', id: 'packs-status' });
  const errors = h('ol', { class: 'pack-errors', id: 'pack-errors', 'aria-live': 'polite' });
  const file = h('input', { type: 'file', accept: 'application/json,.json', id: 'pack-file', class: 'visually-hidden', 'aria-label': t.packImport, tabindex: '-1' });
  const importButton = h('button', { type: 'button', id: 'pack-import' }, t.packImport);
  importButton.addEventListener('click', () => file.click());

  const refresh = async () => {
    const [shipped, imported, settings] = await Promise.all([store.loadShipped(), store.loadImported(), store.loadSettings()]);
    const off = new Set(settings.disabledPacks);
    const rows = [
      ...shipped.map((pack) => ({ pack, origin: t.packShipped, imported: false })),
      ...imported.map((s) => ({ pack: s.pack, origin: t.packImported(s.importedAt ? formatDate(s.importedAt, lang) : '?'), imported: true })),
    ];
    list.replaceChildren(...rows.map(({ pack, origin, imported: isImported }) => {
      const id = `pack-${pack.id}`;
      const box = h('input', { type: 'checkbox', id, 'data-pack': pack.id });
      box.checked = !off.has(pack.id);
      box.addEventListener('change', async () => {
        const now = new Set((await store.loadSettings()).disabledPacks);
        if (box.checked) now.delete(pack.id);
        else now.add(pack.id);
        await store.saveDisabled([...now]);
        status.textContent = t.packSaved;
      });
      const actions: HTMLElement[] = [];
      if (isImported) {
        const exportButton = h('button', { type: 'button', class: 'pack-export' }, t.packExport);
        exportButton.addEventListener('click', () => downloadText(`${JSON.stringify(pack, null, 1)}\n`, `${pack.id}-${pack.version}.json`));
        const removeButton = h('button', { type: 'button', class: 'pack-remove' }, t.packRemove);
        removeButton.addEventListener('click', async () => {
          await store.remove(pack.id);
          status.textContent = t.packRemoved(textIn(pack.title, lang));
          await refresh();
        });
        actions.push(exportButton, removeButton);
      }
      return h('li', { class: 'pack', 'data-pack': pack.id },
        h('label', { for: id, class: 'pack-name' }, box, ' ', h('span', {}, textIn(pack.title, lang)), ' ', h('small', {}, pack.version)),
        h('span', { class: 'pack-meta' }, `${t.packCounts(pack.entries.length, pack.labels.length, pack.translationNotes?.length ?? 0)} · ${origin}`),
        h('span', { class: 'pack-actions' }, ...actions),
      );
    }));
  };

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    errors.replaceChildren();
    if (chosen.size > PACK_LIMITS.bytes) {
      status.textContent = t.packTooLarge(chosen.name, `${Math.round(PACK_LIMITS.bytes / 1e6)} MB`);
      return;
    }
    const result = await store.importText(await chosen.text());
    if (!result.ok) {
      status.textContent = t.packRejected(chosen.name, result.errors.length);
      errors.replaceChildren(...result.errors.map((e) => h('li', { class: 'pack-error' }, h('code', {}, formatPackError(e)))));
      return;
    }
    status.textContent = (result.replaced ? t.packReplacedOk : t.packImportedOk)(textIn(result.pack.title, lang), result.pack.version);
    await refresh();
  });

  const section = h('section', { class: 'options-section', id: 'packs', 'aria-labelledby': 'packs-title' },
    h('h2', { id: 'packs-title' }, t.packsTitle),
    h('p', { class: 'help' }, t.packsHelp),
    list,
    h('div', { class: 'actions' }, importButton, file),
    status,
    errors,
  );
  void refresh().then(() => (section.dataset.ready = 'true'));
  return section;
}
