import { browser } from 'wxt/browser';

// The tab the browser's side panel shows. The panel belongs to a window, not a tab: it shows the window's
// active tab and follows the reader from tab to tab and from page to page. `?tab=` pins it to one tab (the
// end-to-end tests open the panel page in a tab of its own, where "the active tab" would be the panel itself).

export async function followPanelTab(search: string, show: (tabId: number | undefined) => void): Promise<void> {
  const pinned = Number(new URLSearchParams(search).get('tab'));
  let current: number | undefined;
  if (Number.isInteger(pinned) && pinned > 0) current = pinned;
  else {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    current = tab?.id;
    const windowId = tab?.windowId;
    browser.tabs.onActivated.addListener((info) => {
      if (info.windowId !== windowId || info.tabId === current) return;
      current = info.tabId;
      show(current);
    });
  }
  // A new page in the tab: its content script reports when it is ready; until then there is nothing to show.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === current && change.status === 'loading') show(current);
  });
  show(current);
}
