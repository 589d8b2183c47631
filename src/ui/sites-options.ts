import { type Settings, type SiteMode, siteFromInput } from '../extension/settings-schema';
import { h } from './dom';
import type { Messages } from './i18n';

// The options page's "Sites" section: every site the reader set to Always or Off (from the popup, the
// shortcut or here), with a control to change its mode and one to remove it (back to Auto), and a form to
// add a site. It follows the stored settings, so a change made in the popup shows here at once.

export interface SiteStore {
  load(): Promise<Settings>;
  setMode(host: string, mode: SiteMode): Promise<Settings>;
  /** Calls back whenever the stored settings change; returns the unwatch. */
  watch(onChange: () => void): () => void;
}

type SetMode = Exclude<SiteMode, 'auto'>;

export function renderSitesOptions(store: SiteStore, t: Messages): HTMLElement {
  const list = h('ul', { class: 'sites', id: 'site-list' });
  const empty = h('p', { class: 'help', id: 'sites-empty' }, t.sitesEmpty);
  const status = h('p', { class: 'status', role: 'status', id: 'sites-status' });
  const modeNames: Record<SetMode, string> = { always: t.modeAlways, off: t.modeOff };
  const modeSelect = (id: string, label: string, value: SetMode) => {
    const select = h('select', { id, 'aria-label': label },
      ...(Object.keys(modeNames) as SetMode[]).map((m) => h('option', { value: m }, modeNames[m])));
    select.value = value;
    return select;
  };

  const refresh = async () => {
    const { siteModes } = await store.load();
    const hosts = Object.keys(siteModes).sort((a, b) => a.localeCompare(b));
    empty.hidden = hosts.length > 0;
    list.replaceChildren(...hosts.map((host, i) => {
      const select = modeSelect(`site-mode-${i}`, t.siteModeFor(host), siteModes[host] as SetMode);
      select.addEventListener('change', async () => {
        await store.setMode(host, select.value as SetMode);
        status.textContent = t.siteSaved(host, modeNames[select.value as SetMode]);
      });
      const remove = h('button', { type: 'button', class: 'site-remove', 'aria-label': t.siteRemoveFor(host) }, t.siteRemove);
      remove.addEventListener('click', async () => {
        await store.setMode(host, 'auto');
        status.textContent = t.siteRemoved(host);
      });
      return h('li', { class: 'site', 'data-site': host }, h('span', { class: 'site-host' }, host), select, remove);
    }));
  };

  const input = h('input', { type: 'text', id: 'site-add-host', placeholder: 'example.com', autocomplete: 'off', spellcheck: 'false' });
  const addMode = modeSelect('site-add-mode', t.siteAddMode, 'off');
  const add = h('button', { type: 'submit', id: 'site-add' }, t.siteAdd);
  const form = h('form', { class: 'site-add', id: 'site-add-form' },
    h('label', { for: 'site-add-host' }, t.siteAddLabel), input, addMode, add);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const host = siteFromInput(input.value);
    if (!host) {
      status.textContent = t.siteInvalid(input.value.trim());
      return;
    }
    await store.setMode(host, addMode.value as SetMode);
    input.value = '';
    status.textContent = t.siteSaved(host, modeNames[addMode.value as SetMode]);
  });

  const section = h('section', { class: 'options-section', id: 'sites', 'aria-labelledby': 'sites-title' },
    h('h2', { id: 'sites-title' }, t.sitesTitle),
    h('p', { class: 'help' }, t.sitesHelp),
    empty,
    list,
    form,
    status,
  );
  // The list follows storage: the writes above and the popup's both come back through here.
  // A section replaced by a re-render (a language change) stops following.
  const unwatch = store.watch(() => (section.isConnected ? void refresh() : unwatch()));
  void refresh().then(() => (section.dataset.ready = 'true'));
  return section;
}
