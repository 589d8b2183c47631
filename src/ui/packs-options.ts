import { textIn } from '../core/glossary/local-text';
import type { Pack } from '../core/glossary/pack';
import { type CompiledLibrary, compileLibrary, packSet } from '../core/match/compiled-pack';
import { type Shadow, shadowedNames } from '../core/match/shadows';
import { entryTitle } from '../core/notes/build-notes';
import { formatPackError, PACK_LIMITS } from '../core/glossary/validate';
import type { ImportResult, StoredPack } from '../extension/pack-store';
import { libraryFingerprint } from '../extension/user-library';
import type { Settings } from '../extension/settings-schema';
import { h } from './dom';
import { downloadText } from './download';
import { formatDate, type Messages, type UiLanguage } from './i18n';

// The options page's "Glossary packs" section: every pack with its version and counts, a switch for each,
// import from a file (validated in full; a rejected file changes nothing and every error is listed),
// export and removal of imported packs, and a notice on each pack whose entries lose a name to another
// pack's entry (which one is shown, and why).

export interface PackStore {
  /** The shipped packs as built: the list shows their records, the shadow check matches against them. */
  loadShipped(): Promise<CompiledLibrary>;
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

  let userLibrary: { key: string; library: CompiledLibrary } | null = null;
  /** The shadows among the enabled packs, by the pack of the entry that loses its name. */
  const shadowsOf = (shippedLibrary: CompiledLibrary, imported: StoredPack[], off: Set<string>): Map<string, Shadow[]> => {
    const key = libraryFingerprint(imported);
    if (userLibrary?.key !== key) userLibrary = { key, library: compileLibrary(imported.map((s) => s.pack)) };
    const set = packSet([shippedLibrary, userLibrary.library], (id) => !off.has(id));
    const byPack = new Map<string, Shadow[]>();
    for (const { pack } of imported) {
      const found = shadowedNames(set, pack);
      if (found.length) byPack.set(pack.id, found);
    }
    return byPack;
  };
  let lastShadows = new Map<string, Shadow[]>();

  const refresh = async () => {
    const [shippedLibrary, imported, settings] = await Promise.all([store.loadShipped(), store.loadImported(), store.loadSettings()]);
    const shipped = shippedLibrary.records;
    const off = new Set(settings.disabledPacks);
    const shadows = (lastShadows = shadowsOf(shippedLibrary, imported, off));
    const allPacks = new Map([...shipped, ...imported.map((s) => s.pack)].map((p) => [p.id, p]));
    const isShipped = new Set(shipped.map((p) => p.id));
    const describe = (ref: string) => {
      const [packId, entryId] = ref.split('/') as [string, string];
      const p = allPacks.get(packId);
      const e = p?.entries.find((x) => x.id === entryId);
      return { entry: e ? entryTitle(ref, e) : entryId, pack: p ? textIn(p.title, lang) : packId, packId };
    };
    const notices = (packId: string): HTMLElement | null => {
      const lost = shadows.get(packId) ?? [];
      const taken = [...shadows.values()].flat().filter((s) => s.by.startsWith(`${packId}/`));
      if (!lost.length && !taken.length) return null;
      return h('ul', { class: 'pack-shadows', 'data-pack': packId },
        ...lost.map((s) => {
          const winner = describe(s.by);
          const why = isShipped.has(winner.packId) ? t.shadowWhyShipped : t.shadowWhyEarlier(winner.pack);
          return h('li', { class: 'pack-shadow', 'data-entry': s.entry, 'data-by': s.by },
            t.shadowedBy(s.name, describe(s.entry).entry, winner.entry, winner.pack), ' ', why, ' ',
            t.shadowHint, ' ', h('code', {}, `"sameAs": "${s.by}"`), '.');
        }),
        ...taken.map((s) => h('li', { class: 'pack-shadow', 'data-entry': s.by, 'data-over': s.entry },
          t.shadowTakes(s.name, describe(s.entry).pack))),
      );
    };
    const focused = list.contains(document.activeElement) ? document.activeElement?.id : undefined;
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
        await refresh(); // which names go to which entry depends on the packs switched on
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
        notices(pack.id),
      );
    }));
    if (focused) document.getElementById(focused)?.focus();
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
    await refresh();
    const lost = lastShadows.get(result.pack.id)?.length ?? 0;
    status.textContent = `${(result.replaced ? t.packReplacedOk : t.packImportedOk)(textIn(result.pack.title, lang), result.pack.version)}${lost ? ` ${t.packShadowed(lost)}` : ''}`;
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
