import { browser } from 'wxt/browser';

// The browser's own side panel (Chrome's sidePanel, Firefox's sidebar_action) shows the same sidebar page,
// where no page can draw over it or imitate it. Both browsers open it only from a reader's gesture (a click in
// the popup, the keyboard shortcut), so `openBrowserPanel` must be called from that handler before any await.

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
  close(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };

export function browserPanelSupported(): boolean {
  return Boolean(api.sidePanel?.open || api.sidebarAction?.open);
}

/** Opens the browser's panel beside `tabId` (Chrome; Firefox opens it in the current window). */
export function openBrowserPanel(tabId: number): Promise<void> {
  if (api.sidePanel) return api.sidePanel.open({ tabId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel for extensions'));
}

/** Closes the panel from inside it (a click on its close button). */
export function closeBrowserPanel(): void {
  if (api.sidebarAction) void api.sidebarAction.close();
  else window.close();
}
