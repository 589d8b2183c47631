import type { SidebarSide } from './sidebar-view';

// Room for the sidebar: the page's root element gets a margin on the sidebar's side, so the page lays itself
// out in what is left (centred columns re-centre, full-width text wraps earlier) and none of it lies under the
// frame. An inline !important margin wins over the page's own styles; the page's value comes back on release.

export interface PageRoom {
  /** Keeps `px` free at the sidebar's edge of the window. */
  reserve(px: number): void;
  release(): void;
}

export function createPageRoom(root: HTMLElement, side: SidebarSide): PageRoom {
  const property = side === 'left' ? 'margin-left' : 'margin-right';
  let saved: { value: string; priority: string } | null = null;
  return {
    reserve(px) {
      saved ??= { value: root.style.getPropertyValue(property), priority: root.style.getPropertyPriority(property) };
      root.style.setProperty(property, `${Math.max(0, Math.round(px))}px`, 'important');
    },
    release() {
      if (!saved) return;
      if (saved.value) root.style.setProperty(property, saved.value, saved.priority);
      else root.style.removeProperty(property);
      saved = null;
    },
  };
}
