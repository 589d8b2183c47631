import { browser } from 'wxt/browser';
import { browserPanelSupported, openBrowserPanel } from '../../src/extension/browser-panel';
import { askTab, type TabState } from '../../src/extension/messages';
import { loadSettings, setSiteMode } from '../../src/extension/settings';
import { modeFor, type SiteMode } from '../../src/extension/settings-schema';
import { loadMark, showMark } from '../../src/extension/sidebar-mark';
import { type Messages, messages, resolveLanguage } from '../../src/ui/i18n';

// This tab's state and the site's mode. A mode change is saved and applied to the open tab at once.

const $ = (id: string) => document.getElementById(id)!;

function describe(state: TabState | null, t: Messages): string {
  if (!state) return t.popupNotRunning;
  switch (state.status) {
    case 'off':
      return t.popupOff;
    case 'not-article':
      // Always mode shows notes on a page that detection turned away: say so, not "nothing changed".
      return state.report ? t.popupForced(state.report.notes.length, state.report.hidden.length) : t.popupNotArticle;
    case 'pending':
      return t.popupPending;
    case 'article':
      return t.popupArticle(state.report?.notes.length ?? 0, state.report?.hidden.length ?? 0);
  }
}

async function main(): Promise<void> {
  const settings = await loadSettings();
  const lang = resolveLanguage(settings.language, navigator.language);
  const t = messages(lang);
  document.documentElement.lang = lang;
  $('state').textContent = t.popupLooking;
  $('mode-auto').textContent = t.modeAuto;
  $('mode-auto-hint').textContent = `(${t.modeAutoHint})`;
  $('mode-always').textContent = t.modeAlways;
  $('mode-off').textContent = t.modeOff;
  $('reload-hint').textContent = t.reloadToApply;
  $('toggle').textContent = t.toggleSidebar;
  $('options').textContent = t.openOptions;
  void loadMark().then((mark) => {
    showMark($('mark'), mark, t.markLabel);
    $('mark-hint').textContent = t.markHint;
    $('mark-line').hidden = false;
  });
  $('options').addEventListener('click', () => void browser.runtime.openOptionsPage().then(() => window.close()));
  // The shortcut and the tab are asked for together: neither waits on the other.
  const [commands, tabId] = await Promise.all([browser.commands.getAll(), targetTab()]);
  const command = commands.find((c) => c.name === 'toggle-sidebar');
  if (command?.shortcut) $('shortcut').textContent = t.shortcutHint(command.shortcut);

  // Without the "tabs" permission the popup may not see the URL: the content script tells the host.
  let state: TabState | null = null;
  if (tabId !== undefined) {
    state = await askTab(tabId, 'get-state', {});
  }
  $('state').textContent = describe(state, t);
  const host = state?.host;
  if (!host) return;
  $('host-legend').textContent = t.popupOnSite(host);
  const modes = $('modes') as HTMLFieldSetElement;
  const mode = modeFor(settings, host);
  for (const input of modes.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
    input.checked = input.value === mode;
    input.addEventListener('change', async () => {
      const next = input.value as SiteMode;
      await setSiteMode(host, next);
      $('state').textContent = t.popupApplying;
      const applied = tabId === undefined ? null : await askTab(tabId, 'set-mode', { mode: next });
      // No answer (the page went away, or its script was replaced): only a reload applies the mode there.
      $('reload-hint').hidden = applied !== null;
      $('state').textContent = describe(applied ?? state, t);
      if (applied) state = applied;
      syncToggle();
    });
  }
  modes.disabled = false;
  const toggle = $('toggle') as HTMLButtonElement;
  const syncToggle = () => (toggle.disabled = !state?.report || tabId === undefined);
  syncToggle();
  // The browser's panel opens only within the click's handler: no await before openBrowserPanel.
  const showInPanel = (id: number) => {
    const opened = openBrowserPanel(id);
    // The same notes in two places help no one: the in-page frame closes.
    void opened.then(() => askTab(id, 'close-sidebar', {})).finally(() => window.close());
  };
  toggle.addEventListener('click', () => {
    if (tabId === undefined) return;
    if (settings.sidebarPlace === 'browser' && browserPanelSupported()) return showInPanel(tabId);
    void askTab(tabId, 'toggle-sidebar', {});
    window.close();
  });
  const panelButton = $('browser-panel') as HTMLButtonElement;
  panelButton.textContent = t.openBrowserPanel;
  panelButton.hidden = !browserPanelSupported() || settings.sidebarPlace === 'browser' || tabId === undefined;
  panelButton.addEventListener('click', () => tabId !== undefined && showInPanel(tabId));
}

/**
 * The tab the popup is about: the active tab of its window, or the one named by ?tab= (the popup page
 * opened in a tab of its own, as the end-to-end tests do).
 */
async function targetTab(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

void main();
