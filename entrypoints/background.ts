import { defineBackground } from 'wxt/utils/define-background';
import { type Browser, browser } from 'wxt/browser';
import {
  type ContentEvent,
  askTab,
  isSidebarRequest,
  SIDEBAR_PORT,
  type SidebarPush,
} from '../src/extension/messages';
import { annotateText, roundMs } from '../src/core/analyze';
import { PackService } from '../src/extension/pack-service';
import { loadSettings, SETTINGS_KEY } from '../src/extension/settings';
import type { Settings } from '../src/extension/settings-schema';
import { storage } from 'wxt/utils/storage';

// Holds the packs and matches article text against them (pack data never enters a page), routes sidebar
// requests to the content script of the sidebar's own tab (top frame), sets the badge, and turns the
// keyboard shortcut into a sidebar toggle.

export default defineBackground(() => {
  const packs = new PackService();
  // Read once and again only after a change: a storage read costs a page several milliseconds of waiting.
  let settings: Promise<Settings> | null = null;
  storage.watch(SETTINGS_KEY, () => (settings = null));
  const currentSettings = () => (settings ??= loadSettings());
  const action = browser.action ?? browser.browserAction;
  const sidebarUrl = browser.runtime.getURL('/sidebar.html');

  // Each open sidebar keeps a port, so it can be told when its own tab's report changes.
  const sidebarPorts = new Map<number, Set<Browser.runtime.Port>>();
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== SIDEBAR_PORT || tabId === undefined || !port.sender?.url?.startsWith(sidebarUrl)) return;
    const ports = sidebarPorts.get(tabId) ?? new Set();
    ports.add(port);
    sidebarPorts.set(tabId, ports);
    port.onDisconnect.addListener(() => ports.delete(port));
  });

  const push = (tabId: number, message: SidebarPush) => {
    for (const port of sidebarPorts.get(tabId) ?? []) port.postMessage(message);
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    // Only our own sidebar page may ask; it is answered by its own tab's top frame.
    if (isSidebarRequest(message) && sender.url?.startsWith(sidebarUrl))
      return browser.tabs.sendMessage(tabId, message.request, { frameId: 0 });
    const event = message as ContentEvent;
    if (event?.type === 'content:annotate') {
      const received = performance.now();
      return currentSettings()
        .then((s) => packs.packs(s))
        .then((compiled) => {
          const annotations = annotateText(compiled, event.input);
          // The background's share of the page's wait: its settings read, its packs, its matching.
          annotations.timings.background = roundMs(performance.now() - received);
          return annotations;
        })
        .catch((error: unknown) => {
          console.error('Reading Context: could not annotate the page', error);
          return null;
        });
    }
    if (sender.frameId !== 0) return undefined;
    if (event?.type === 'content:report') {
      void action.setBadgeText({ tabId, text: event.notes ? String(event.notes) : '' });
      void action.setBadgeBackgroundColor({ tabId, color: '#3b5b7a' });
      push(tabId, { type: 'report-changed' });
    }
    if (event?.type === 'content:view') push(tabId, { type: 'view-changed', view: event.view });
    return undefined;
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar' && command !== 'next-label') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await askTab(tab.id, command, {});
  });
});
