import { browser } from 'wxt/browser';
import { closeBrowserPanel } from '../../src/extension/browser-panel';
import { askOwnTab, type ContentCalls, type ContentRequestType, FRAME_HELLO, FRAME_TOKEN, type PanelWatch, SIDEBAR_PORT, type SidebarPush, type SidebarReport, type SidebarViewState } from '../../src/extension/messages';
import { followPanelTab } from '../../src/extension/panel-tab';
import { loadSettings } from '../../src/extension/settings';
import { loadMark, showMark } from '../../src/extension/sidebar-mark';
import { DEFAULT_WIDTH, type SidebarSide } from '../../src/extension/sidebar-view';
import { h } from '../../src/ui/dom';
import { messages, resolveLanguage } from '../../src/ui/i18n';
import { renderReport } from '../../src/ui/render-report';

// The sidebar asks the background for its tab's report and view; it never listens to the page. The same page
// runs in the in-page frame (its tab is the one it is in; it collapses and resizes) and in the browser's side
// panel (top level; it shows the window's active tab; the browser sizes it). In the page it first proves it
// is the frame the content script mounted (claimFrame): a copy a page frames itself is told nothing.

const $ = (id: string) => document.getElementById(id)!;
const content = $('content');
const panel = $('panel');
const tab = $('tab') as HTMLButtonElement;
const resize = $('resize');

const settings = await loadSettings();
const lang = resolveLanguage(settings.language, navigator.language);
const t = messages(lang);
document.documentElement.lang = lang;
$('loading').textContent = t.readingArticle;
$('title').textContent = t.appName;
$('tab-name').textContent = t.appName;
$('collapse').setAttribute('aria-label', t.collapseSidebar);
$('collapse').title = t.collapseSidebar;
$('close').setAttribute('aria-label', t.closeSidebar);
$('close').title = t.closeSidebar;
$('tab-action').textContent = `: ${t.expandSidebar}`;
tab.title = t.expandSidebar;
resize.setAttribute('aria-label', t.resizeSidebar);

/** How long a framed copy waits for a token before it says there is nothing to show. */
const UNCLAIMED_MS = 3000;
let width = DEFAULT_WIDTH;
let side: SidebarSide = 'right';
const inBrowserPanel = window.top === window;
/** The tab the browser's side panel shows (the in-page frame's tab is its own: undefined). */
let panelTab: number | undefined;
document.body.dataset.place = inBrowserPanel ? 'browser' : 'page';
if (inBrowserPanel) $('collapse').hidden = true;

const ask = <K extends ContentRequestType>(type: K, request: ContentCalls[K]['request']) =>
  inBrowserPanel && panelTab === undefined ? Promise.resolve(null) : askOwnTab(type, request, panelTab);

/** Shows the panel or the collapsed tab (the browser's panel is always open: the browser closes it). */
function showState(state: 'open' | 'collapsed'): void {
  const collapsed = state === 'collapsed' && !inBrowserPanel;
  document.body.dataset.state = state;
  panel.hidden = collapsed;
  tab.hidden = !collapsed;
  resize.hidden = collapsed || inBrowserPanel;
}

function applyView(view: SidebarViewState): void {
  width = view.width;
  side = view.side;
  showState(view.state);
  document.body.dataset.side = side;
  resize.setAttribute('aria-valuenow', String(width));
}

function applyCounts(answer: SidebarReport): void {
  const count = answer.report.notes.length;
  $('tab-count').textContent = String(count);
  $('count').textContent = t.notesCount(count);
}

/** Draws the report: at start and when the page's report changed, never after a change of view. */
let loads = 0;
async function load(): Promise<void> {
  const asked = ++loads;
  const answer = await ask('get-report', {});
  if (asked !== loads) return; // the panel moved to another tab meanwhile
  if (!answer) {
    content.replaceChildren(h('p', { class: 'empty' }, t.noReport));
    $('count').textContent = '';
    document.body.dataset.ready = 'true';
    return;
  }
  applyView(answer.view);
  applyCounts(answer);
  content.replaceChildren(
    renderReport(answer, {
      t,
      lang,
      handlers: {
        onToggleHidden: (id, hidden) => void ask('set-hidden', { id, hidden }),
        onShowMention: async (noteId, index) => (await ask('show-mention', { noteId, index })) ?? { index: 0, total: 0 },
      },
    }),
  );
  document.body.dataset.ready = 'true';
}

/** Changes the view; the page answers with the view it applied (its width limits), which is shown as it is. */
async function setView(state?: 'open' | 'collapsed', nextWidth?: number, save = true): Promise<void> {
  // The frame's own view changes at once; the page resizes the frame when the request arrives.
  if (state) showState(state);
  const view = await ask('set-view', { state, width: nextWidth, save });
  if (view) applyView(view);
}

$('close').addEventListener('click', () => (inBrowserPanel ? closeBrowserPanel() : void ask('close-sidebar', {})));
$('collapse').addEventListener('click', () => void setView('collapsed').then(() => tab.focus()));
tab.addEventListener('click', () => void setView('open').then(() => $('collapse').focus()));

// Resizing: drag the edge (screen coordinates stay put while the frame itself moves) or use arrow keys. A drag
// resizes the frame at every frame and saves the site's width once, when it ends.
let drag: { x: number; width: number; next?: number } | null = null;
let pending = 0;
resize.addEventListener('pointerdown', (e) => {
  drag = { x: e.screenX, width };
  resize.setPointerCapture(e.pointerId);
});
resize.addEventListener('pointermove', (e) => {
  if (!drag) return;
  const delta = side === 'right' ? drag.x - e.screenX : e.screenX - drag.x;
  const next = (drag.next = drag.width + delta);
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(() => void setView(undefined, next, false));
});
const endDrag = () => {
  if (!drag) return;
  const { next } = drag;
  drag = null;
  cancelAnimationFrame(pending);
  if (next !== undefined) void setView(undefined, next);
};
resize.addEventListener('pointerup', endDrag);
resize.addEventListener('pointercancel', endDrag);
resize.addEventListener('keydown', (e) => {
  const step = e.shiftKey ? 80 : 20;
  const grow = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
  const shrink = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
  if (e.key !== grow && e.key !== shrink) return;
  e.preventDefault();
  width += e.key === grow ? step : -step;
  void setView(undefined, width);
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && document.body.dataset.state === 'open' && !inBrowserPanel) void setView('collapsed').then(() => tab.focus());
});

// The background tells this sidebar (and only this tab's) when the page's report changed: the one time it
// redraws. (Its view changes only at its own request, and applies the page's answer without redrawing.)
const port = browser.runtime.connect({ name: SIDEBAR_PORT });
port.onMessage.addListener((message: unknown) => {
  const push = message as SidebarPush;
  if (push?.type === 'report-changed') void load();
  if (push?.type === 'view-changed') applyView(push.view);
});
// The reader's mark, only where this is the real sidebar: the browser's panel, or the frame the page mounted.
const drawMark = () => void loadMark().then((mark) => showMark($('mark'), mark, t.markLabel));
if (inBrowserPanel) {
  drawMark();
  void followPanelTab(location.search, (tabId) => {
    panelTab = tabId;
    if (tabId !== undefined) port.postMessage({ type: 'watch-tab', tabId } satisfies PanelWatch);
    delete document.body.dataset.ready;
    void load();
  });
} else {
  void claimFrame().then(() => {
    drawMark();
    return load();
  });
  // A copy framed by a page is never handed the token: it says there is nothing to show.
  setTimeout(() => void (document.body.dataset.ready ? undefined : load()), UNCLAIMED_MS);
}

/** Says hello to the page and claims each token it is posted (a forged one fails; the real one follows). */
function claimFrame(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('message', (e: MessageEvent) => {
      const data = e.data as { type?: unknown; token?: unknown } | null;
      if (e.source !== window.parent || data?.type !== FRAME_TOKEN || typeof data.token !== 'string') return;
      void askOwnTab('claim-frame', { token: data.token }).then((claimed) => claimed?.ok && resolve());
    });
    window.parent.postMessage({ type: FRAME_HELLO }, '*');
  });
}
