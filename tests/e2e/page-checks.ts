// Functions that run inside the page (passed to page.evaluate by both drivers): self-contained, no imports.

export interface PageFacts {
  hiddenSelectors: Record<string, boolean>;
  visibleSelectors: Record<string, { total: number; visible: number }>;
  /** For each text: is any element holding it visible? */
  textsVisible: Record<string, boolean>;
  markers: number;
  sidebarFrames: number;
  sidebarSrc: string | null;
}

// Through Document.prototype: a hostile fixture shadows document.querySelectorAll with a named element.
export function collectFacts(arg: { hidden: string[]; visible: string[]; texts: string[] }): PageFacts {
  const isVisible = (el: Element) => (el as HTMLElement).checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const hiddenSelectors: Record<string, boolean> = {};
  for (const sel of arg.hidden) {
    const els = Array.from(Document.prototype.querySelectorAll.call(document, sel));
    hiddenSelectors[sel] = els.length > 0 && els.every((el) => !isVisible(el));
  }
  const visibleSelectors: Record<string, { total: number; visible: number }> = {};
  for (const sel of arg.visible) {
    const els = Array.from(Document.prototype.querySelectorAll.call(document, sel));
    visibleSelectors[sel] = { total: els.length, visible: els.filter(isVisible).length };
  }
  const textsVisible: Record<string, boolean> = {};
  for (const text of arg.texts) {
    const holders = Array.from(document.body.querySelectorAll('*')).filter(
      (el) => el.children.length === 0 && (el.textContent ?? '').includes(text),
    );
    textsVisible[text] = holders.length === 0 ? false : holders.some(isVisible);
  }
  const frames = Array.from(Document.prototype.querySelectorAll.call(document, 'iframe') as NodeListOf<HTMLIFrameElement>).filter((f) => /-extension:\/\//.test(f.src));
  return {
    hiddenSelectors,
    visibleSelectors,
    textsVisible,
    markers: Document.prototype.querySelectorAll.call(document, '[data-reading-context-hidden]').length,
    sidebarFrames: frames.length,
    sidebarSrc: frames[0]?.src ?? null,
  };
}

/** What a page script can do to the sidebar: both attempts must fail. */
export function attackSidebar(): { read: string; write: string } {
  const frame = Array.from(document.querySelectorAll('iframe')).find((f) => /-extension:\/\//.test(f.src));
  if (!frame) return { read: 'no frame', write: 'no frame' };
  let read: string;
  try {
    const doc = frame.contentDocument ?? frame.contentWindow?.document ?? null;
    read = doc ? `read: ${doc.body?.innerText.slice(0, 40)}` : 'blocked (null)';
  } catch (e) {
    read = `blocked (${(e as Error).name})`;
  }
  let write: string;
  try {
    const w = frame.contentWindow as Window;
    w.document.body.textContent = 'forged';
    write = 'wrote';
  } catch (e) {
    write = `blocked (${(e as Error).name})`;
  }
  return { read, write };
}
