import { browser } from 'wxt/browser';
import type { ContentRequest, TabState } from '../../src/extension/messages';
import { loadSettings, setSiteMode } from '../../src/extension/settings';
import { modeFor, type SiteMode } from '../../src/extension/settings-schema';

// This tab's state and the site's mode. The mode is saved at once; the page picks it up on reload.

const stateEl = document.getElementById('state')!;
const modes = document.getElementById('modes') as HTMLFieldSetElement;
const toggle = document.getElementById('toggle') as HTMLButtonElement;

function describe(state: TabState | null): string {
  if (!state) return 'Reading Context does not run on this page.';
  switch (state.status) {
    case 'off':
      return 'Off on this site.';
    case 'not-article':
      return 'Not an article: nothing changed.';
    case 'pending':
      return 'Still reading the page…';
    case 'article': {
      const r = state.report!;
      return `Article. ${r.notes.length} note${r.notes.length === 1 ? '' : 's'}, ${r.hidden.length} item${r.hidden.length === 1 ? '' : 's'} hidden.`;
    }
  }
}

async function main(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : null;
  const host = url && /^https?:$/.test(url.protocol) ? url.hostname : null;
  let state: TabState | null = null;
  if (tab?.id !== undefined && host) {
    const request: ContentRequest = { type: 'get-state' };
    state = (await browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => null)) as TabState | null;
  }
  stateEl.textContent = describe(state);
  if (!host) return;
  document.getElementById('host')!.textContent = host;
  const mode = modeFor(await loadSettings(), host);
  for (const input of modes.querySelectorAll<HTMLInputElement>('input[name="mode"]')) {
    input.checked = input.value === mode;
    input.addEventListener('change', async () => {
      await setSiteMode(host, input.value as SiteMode);
      document.getElementById('reload-hint')!.hidden = false;
    });
  }
  modes.disabled = false;
  if (state?.report && tab?.id !== undefined) {
    toggle.disabled = false;
    toggle.addEventListener('click', () => {
      const request: ContentRequest = { type: 'toggle-sidebar' };
      void browser.tabs.sendMessage(tab.id!, request, { frameId: 0 });
      window.close();
    });
  }
}

void main();
