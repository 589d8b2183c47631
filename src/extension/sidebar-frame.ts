import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';
import { browser } from 'wxt/browser';
import { FRAME_HELLO, FRAME_TOKEN } from './messages';
import { createPageRoom } from './page-room';
import { COLLAPSED_WIDTH, clampWidth, DEFAULT_WIDTH, type SidebarSide, type SidebarState } from './sidebar-view';

// The sidebar: an extension page (extension origin) in an iframe at the edge of the window. The page's
// scripts cannot read or change the frame's document; they can only see the element. While it is shown the
// page makes room for it (page-room.ts): the frame sits beside the text, never over it.
// A page can frame the sidebar page itself; such a copy never gets the token this frame is handed, so the
// content script answers it nothing (claim/owns).

export interface SidebarFrame {
  /** Shown at all (open or collapsed). */
  readonly open: boolean;
  readonly state: SidebarState;
  readonly width: number;
  show(state?: SidebarState): void;
  setState(state: SidebarState): void;
  setWidth(width: number): void;
  hide(): void;
  toggle(): void;
  /** The frame `frameId` presents the token posted to this frame: from now on it is the one answered. */
  claim(token: string, frameId: number): boolean;
  /** Whether requests from the frame `frameId` are this sidebar's own. */
  owns(frameId: number): boolean;
}

export function createSidebarFrame(ctx: ContentScriptContext, side: SidebarSide = 'right'): SidebarFrame {
  let mounted = false;
  let state: SidebarState = 'open';
  let width = DEFAULT_WIDTH;
  let wrapperEl: HTMLElement | null = null;
  let frameWindow: Window | null = null;
  // A new token for every mount; the frame that claims it first is the one answered until the next mount.
  let token = '';
  let owner: number | null = null;
  const origin = new URL(browser.runtime.getURL('/')).origin;
  // Only the mounted frame's own window gets the token (the page cannot forge event.source), and only at the
  // extension's origin (a page that navigated the frame elsewhere gets nothing).
  ctx.addEventListener(window, 'message', (e: MessageEvent) => {
    if (!frameWindow || e.source !== frameWindow || (e.data as { type?: unknown } | null)?.type !== FRAME_HELLO) return;
    frameWindow.postMessage({ type: FRAME_TOKEN, token }, origin);
  });
  const room = createPageRoom(document.documentElement, side);

  const layout = () => {
    if (!wrapperEl) return;
    // The width the window allows now (it may have shrunk since the reader chose it).
    const shown = state === 'collapsed' ? COLLAPSED_WIDTH : clampWidth(width, window.innerWidth);
    room.reserve(shown);
    wrapperEl.style.setProperty('width', `${shown}px`, 'important');
    wrapperEl.style.setProperty('height', state === 'collapsed' ? '160px' : '100vh', 'important');
    wrapperEl.style.setProperty('top', state === 'collapsed' ? '30vh' : '0', 'important');
  };

  const ui = createIframeUi(ctx, {
    page: '/sidebar.html',
    position: 'overlay',
    alignment: side === 'left' ? 'top-left' : 'top-right',
    zIndex: 2147483647,
    onMount(wrapper, iframe) {
      wrapperEl = wrapper;
      frameWindow = iframe.contentWindow;
      token = crypto.randomUUID();
      owner = null;
      wrapper.setAttribute('data-reading-context', 'sidebar');
      for (const [k, v] of Object.entries({
        position: 'fixed',
        [side]: '0',
        'max-width': '90vw',
        'z-index': '2147483647',
        margin: '0',
        padding: '0',
        border: '0',
        display: 'block',
      })) wrapper.style.setProperty(k, v, 'important');
      iframe.title = 'Reading Context';
      for (const [k, v] of Object.entries({
        width: '100%',
        height: '100%',
        border: '0',
        display: 'block',
        'box-shadow': '0 0 14px rgba(0,0,0,.22)',
        'border-radius': '0',
        background: 'transparent',
        'color-scheme': 'normal',
      })) iframe.style.setProperty(k, v, 'important');
      layout();
    },
  });
  ctx.addEventListener(window, 'resize', layout);

  return {
    get open() {
      return mounted;
    },
    get state() {
      return state;
    },
    get width() {
      return width;
    },
    show(next) {
      if (next) state = next;
      if (!mounted) {
        ui.mount();
        mounted = true;
      }
      layout();
    },
    setState(next) {
      state = next;
      layout();
    },
    setWidth(next) {
      width = clampWidth(next, window.innerWidth);
      layout();
    },
    hide() {
      if (!mounted) return;
      ui.remove();
      room.release();
      mounted = false;
      wrapperEl = null;
      frameWindow = null;
      token = '';
      owner = null;
    },
    toggle() {
      if (mounted) this.hide();
      else this.show('open');
    },
    claim(claimed, frameId) {
      if (!token || claimed !== token || (owner !== null && owner !== frameId)) return false;
      owner = frameId;
      return true;
    },
    owns(frameId) {
      return owner !== null && owner === frameId;
    },
  };
}
