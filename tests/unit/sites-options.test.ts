// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, type Settings, type SiteMode } from '../../src/extension/settings-schema';
import { messages } from '../../src/ui/i18n';
import { renderSitesOptions, type SiteStore } from '../../src/ui/sites-options';

// The Sites section over an in-memory store that calls its watchers the way storage.watch does.

function memoryStore(siteModes: Record<string, SiteMode>): SiteStore & { settings: Settings } {
  const watchers = new Set<() => void>();
  const store = {
    settings: { ...defaultSettings(), siteModes },
    load: async () => structuredClone(store.settings),
    setMode: async (host: string, mode: SiteMode) => {
      if (mode === 'auto') delete store.settings.siteModes[host];
      else store.settings.siteModes[host] = mode;
      watchers.forEach((w) => w());
      return store.settings;
    },
    watch: (w: () => void) => {
      watchers.add(w);
      return () => watchers.delete(w);
    },
  };
  return store;
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const rows = (section: HTMLElement) =>
  [...section.querySelectorAll<HTMLLIElement>('.site')].map((li) => [li.dataset.site, li.querySelector('select')!.value]);

describe('renderSitesOptions', () => {
  afterEach(() => document.body.replaceChildren());

  it('lists the sites with their modes, sorted, and says so when there are none', async () => {
    const store = memoryStore({ 'meduza.io': 'off', 'bbc.com': 'always' });
    const section = document.body.appendChild(renderSitesOptions(store, messages('en')));
    await settle();
    expect(rows(section)).toEqual([['bbc.com', 'always'], ['meduza.io', 'off']]);
    expect(section.querySelector<HTMLElement>('#sites-empty')!.hidden).toBe(true);
    section.remove();
    const none = document.body.appendChild(renderSitesOptions(memoryStore({}), messages('en')));
    await settle();
    expect(none.querySelector<HTMLElement>('#sites-empty')!.hidden).toBe(false);
  });

  it('changes a mode, removes a site and adds one typed as an address', async () => {
    const store = memoryStore({ 'meduza.io': 'off' });
    const section = document.body.appendChild(renderSitesOptions(store, messages('en')));
    await settle();
    const select = section.querySelector<HTMLSelectElement>('.site select')!;
    select.value = 'always';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(store.settings.siteModes).toEqual({ 'meduza.io': 'always' });

    section.querySelector<HTMLInputElement>('#site-add-host')!.value = 'https://www.Example.org/news/1';
    section.querySelector<HTMLFormElement>('#site-add-form')!.requestSubmit();
    await settle();
    expect(store.settings.siteModes).toEqual({ 'meduza.io': 'always', 'example.org': 'off' });
    expect(rows(section).map(([host]) => host)).toEqual(['example.org', 'meduza.io']);

    section.querySelector<HTMLButtonElement>('.site[data-site="meduza.io"] .site-remove')!.click();
    await settle();
    expect(store.settings.siteModes).toEqual({ 'example.org': 'off' });
    expect(section.querySelector('#sites-status')!.textContent).toBe('meduza.io is back to Auto.');
    section.remove();
  });

  it('refuses a typed value that is not a site and changes nothing', async () => {
    const store = memoryStore({});
    const section = document.body.appendChild(renderSitesOptions(store, messages('en')));
    await settle();
    section.querySelector<HTMLInputElement>('#site-add-host')!.value = 'not a site';
    section.querySelector<HTMLFormElement>('#site-add-form')!.requestSubmit();
    await settle();
    expect(store.settings.siteModes).toEqual({});
    expect(section.querySelector('#sites-status')!.textContent).toContain('nothing was changed');
    section.remove();
  });

  it('follows changes made elsewhere (the popup), and stops once replaced', async () => {
    const store = memoryStore({});
    const section = document.body.appendChild(renderSitesOptions(store, messages('en')));
    await settle();
    await store.setMode('lenta.ru', 'off');
    await settle();
    expect(rows(section)).toEqual([['lenta.ru', 'off']]);
    section.remove();
    await store.setMode('ria.ru', 'always');
    await settle();
    expect(rows(section)).toEqual([['lenta.ru', 'off']]);
  });
});
