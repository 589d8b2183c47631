import { defineBackground } from 'wxt/utils/define-background';
import { type Browser, browser } from 'wxt/browser';
import {
  type ContentEvent,
  type PanelWatch,
  askTab,
  isSidebarRequest,
  SIDEBAR_PORT,
  type SidebarPush,
} from '../src/extension/messages';
import { annotateText, roundMs } from '../src/core/analyze';
import { PackService } from '../src/extension/pack-service';
import { loadSettings, SETTINGS_KEY } from '../src/extension/settings';
import type { Settings, SidebarPlace } from '../src/extension/settings-schema';
import { openBrowserPanel } from '../src/extension/browser-panel';
import { loadMark } from '../src/extension/sidebar-mark';
import { storage } from 'wxt/utils/storage';

// Holds the packs and matches article text against them (pack data never enters a page), routes sidebar
// requests to the content script of the sidebar's own tab (top frame), sets the badge, and turns the
// keyboard shortcut into a sidebar toggle.

export default defineBackground(() => {
  const packs = new PackService();
  // Read once and again only after a change: a storage read costs a page several milliseconds of waiting.
  let settings: Promise<Settings> | null = null;
  const currentSettings = () => (settings ??= loadSettings());
  // Where the notes show, known without waiting: the browser's panel opens only within the shortcut's handler.
  let place: SidebarPlace = 'page';
  const readPlace = () => void currentSettings().then((s) => (place = s.sidebarPlace));
  readPlace();
  storage.watch(SETTINGS_KEY, () => {
    settings = null;
    readPlace();
  });
  // The reader's mark exists before any sidebar or popup asks for it (sidebar-mark.ts).
  void loadMark();
  const action = browser.action ?? browser.browserAction;
  const sidebarUrl = browser.runtime.getURL('/sidebar.html');

  /** The tab of a sidebar page framed in a page; undefined for the browser's panel (or the page opened top level). */
  const inPageFrame = (sender: Browser.runtime.MessageSender): number | undefined =>
    sender.tab && sender.frameId !== 0 ? sender.tab.id : undefined;

  // Each open sidebar keeps a port, so it can be told when its tab's report changes: the in-page frame's tab
  // is the one it is in; the browser's side panel says which tab it shows, and says again when that changes.
  const sidebarTabs = new Map<Browser.runtime.Port, number>();
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SIDEBAR_PORT || !port.sender?.url?.startsWith(sidebarUrl)) return;
    const ownTab = inPageFrame(port.sender);
    if (ownTab !== undefined) sidebarTabs.set(port, ownTab);
    else
      port.onMessage.addListener((m: unknown) => {
        const w = m as PanelWatch | null;
        if (w?.type === 'watch-tab' && Number.isInteger(w.tabId)) sidebarTabs.set(port, w.tabId);
      });
    port.onDisconnect.addListener(() => sidebarTabs.delete(port));
  });

  const push = (tabId: number, message: SidebarPush) => {
    for (const [port, tab] of sidebarTabs) if (tab === tabId) port.postMessage(message);
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own sidebar page may ask; it is answered by its tab's top frame. The in-page frame can only ask
    // its own tab; the browser's side panel (top level, in no tab) names the tab it shows.
    if (isSidebarRequest(message) && sender.url?.startsWith(sidebarUrl)) {
      const framed = inPageFrame(sender);
      const target = framed ?? message.tabId;
      // A framed sidebar's requests name its frame: the page answers only the frame it mounted (claim-frame).
      const request = framed !== undefined ? { ...message.request, sidebarFrame: sender.frameId } : message.request;
      return target === undefined ? undefined : browser.tabs.sendMessage(target, request, { frameId: 0 });
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
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


  browser.commands.onCommand.addListener(async (command, shortcutTab?: Browser.tabs.Tab) => {
    if (command !== 'toggle-sidebar' && command !== 'next-label') return;
    if (command === 'toggle-sidebar' && place === 'browser' && shortcutTab?.id !== undefined) {
      await openBrowserPanel(shortcutTab.id).catch((error: unknown) => console.error('Reading Context: could not open the side panel', error));
      return;
    }
    const tab = shortcutTab?.id !== undefined ? shortcutTab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id !== undefined) await askTab(tab.id, command, {});
  });
});
