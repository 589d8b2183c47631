import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';

// The sidebar: an extension page (extension origin) in an iframe at the right edge. The page's scripts
// cannot read or change the frame's document; they can only see the element.

const WIDTH = 380;

export interface SidebarFrame {
  readonly open: boolean;
  show(): void;
  hide(): void;
  toggle(): void;
}

export function createSidebarFrame(ctx: ContentScriptContext): SidebarFrame {
  let open = false;
  const ui = createIframeUi(ctx, {
    page: '/sidebar.html',
    position: 'overlay',
    alignment: 'top-right',
    zIndex: 2147483647,
    onMount(wrapper, iframe) {
      wrapper.setAttribute('data-reading-context', 'sidebar');
      Object.assign(wrapper.style, {
        position: 'fixed',
        top: '0',
        right: '0',
        width: `${WIDTH}px`,
        maxWidth: '90vw',
        height: '100vh',
        zIndex: '2147483647',
      });
      iframe.title = 'Reading Context notes';
      Object.assign(iframe.style, {
        width: '100%',
        height: '100%',
        border: '0',
        boxShadow: '0 0 12px rgba(0,0,0,.25)',
        colorScheme: 'normal',
        background: 'transparent',
      });
    },
  });
  return {
    get open() {
      return open;
    },
    show() {
      if (open) return;
      ui.mount();
      open = true;
    },
    hide() {
      if (!open) return;
      ui.remove();
      open = false;
    },
    toggle() {
      if (open) this.hide();
      else this.show();
    },
  };
}
