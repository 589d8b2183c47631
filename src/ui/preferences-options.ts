import type { LanguageChoice, Settings, SidebarPlace, SidebarStartPreference } from '../extension/settings-schema';
import type { SidebarSide } from '../extension/sidebar-view';
import { h } from './dom';
import type { Messages } from './i18n';

// The options page's "Preferences" section: where the notes show, sidebar side, how it starts, interface language.

export interface PreferenceStore {
  load(): Promise<Settings>;
  save(patch: Partial<Pick<Settings, 'sidebarPlace' | 'sidebarSide' | 'sidebarStart' | 'language'>>): Promise<Settings>;
}

export function renderPreferences(store: PreferenceStore, t: Messages, onLanguage: () => void): HTMLElement {
  const status = h('p', { class: 'status', role: 'status', id: 'prefs-status' });
  const group = <K extends 'sidebarPlace' | 'sidebarSide' | 'sidebarStart' | 'language'>(
    key: K,
    legend: string,
    choices: [Settings[K], string][],
    hint?: string,
  ) => {
    const inputs = choices.map(([value]) => h('input', { type: 'radio', name: key, value: String(value), id: `${key}-${value}` }));
    inputs.forEach((input) =>
      input.addEventListener('change', async () => {
        if (!input.checked) return;
        await store.save({ [key]: input.value } as Partial<Settings>);
        status.textContent = t.packSaved;
        if (key === 'language') onLanguage();
      }),
    );
    const fieldset = h('fieldset', { class: `pref pref-${key}` },
      h('legend', {}, legend),
      ...choices.map(([value, label], i) => h('label', { for: `${key}-${value}` }, inputs[i]!, ` ${label}`)),
      hint ? h('small', {}, hint) : null,
    );
    return { fieldset, inputs };
  };
  const place = group('sidebarPlace', t.prefsPlace, [['page', t.prefsPlacePage], ['browser', t.prefsPlaceBrowser]] as [SidebarPlace, string][], t.prefsPlaceHint);
  const side = group('sidebarSide', t.prefsSide, [['right', t.prefsSideRight], ['left', t.prefsSideLeft]] as [SidebarSide, string][]);
  const start = group('sidebarStart', t.prefsStart, [
    ['auto', t.prefsStartAuto],
    ['open', t.prefsStartOpen],
    ['collapsed', t.prefsStartCollapsed],
  ] as [SidebarStartPreference, string][], t.prefsStartHint);
  const language = group('language', t.prefsLanguage, [['auto', t.prefsLanguageAuto], ['en', 'English'], ['ru', 'Русский']] as [LanguageChoice, string][]);

  const section = h('section', { class: 'options-section', id: 'preferences', 'aria-labelledby': 'prefs-title' },
    h('h2', { id: 'prefs-title' }, t.prefsTitle),
    place.fieldset,
    side.fieldset,
    start.fieldset,
    language.fieldset,
    status,
  );
  void store.load().then((s) => {
    for (const input of place.inputs) input.checked = input.value === s.sidebarPlace;
    for (const input of side.inputs) input.checked = input.value === s.sidebarSide;
    for (const input of start.inputs) input.checked = input.value === s.sidebarStart;
    for (const input of language.inputs) input.checked = input.value === s.language;
    section.dataset.ready = 'true';
  });
  return section;
}

export function renderPrivacy(t: Messages): HTMLElement {
  return h('section', { class: 'options-section', id: 'privacy', 'aria-labelledby': 'privacy-title' },
    h('h2', { id: 'privacy-title' }, t.privacyTitle),
    ...t.privacyText.map((p) => h('p', {}, p)),
  );
}
