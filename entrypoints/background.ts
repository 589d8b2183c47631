import { defineBackground } from 'wxt/utils/define-background';
import { type Browser, browser } from 'wxt/browser';
import {
  type ContentEvent,
  type ContentRequest,
  isSidebarRequest,
  SIDEBAR_PORT,
  type SidebarPush,
  type SidebarRequest,
} from '../src/extension/messages';

// Routes sidebar requests to the content script of the sidebar's own tab (top frame), sets the badge,
// and turns the keyboard shortcut into a sidebar toggle.

export default defineBackground(() => {
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

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    // Only our own sidebar page may ask; it is answered by its own tab's top frame.
    if (isSidebarRequest(message) && sender.url?.startsWith(sidebarUrl))
      return browser.tabs.sendMessage(tabId, toContent(message), { frameId: 0 });
    const event = message as ContentEvent;
    if (event?.type === 'content:report' && sender.frameId === 0) {
      void action.setBadgeText({ tabId, text: event.notes ? String(event.notes) : '' });
      void action.setBadgeBackgroundColor({ tabId, color: '#3b5b7a' });
      const changed: SidebarPush = { type: 'report-changed' };
      for (const port of sidebarPorts.get(tabId) ?? []) port.postMessage(changed);
    }
    return undefined;
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) {
      const request: ContentRequest = { type: 'toggle-sidebar' };
      await browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => undefined);
    }
  });
});

function toContent(m: SidebarRequest): ContentRequest {
  switch (m.type) {
    case 'sidebar:get-report':
      return { type: 'get-report' };
    case 'sidebar:set-hidden':
      return { type: 'set-hidden', id: m.id, hidden: m.hidden };
    case 'sidebar:close':
      return { type: 'close-sidebar' };
  }
}
