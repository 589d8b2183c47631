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

/**
 * The article's text blocks that lie (at any scroll position) under the sidebar: the frame is fixed to the
 * window's edge, so a block overlaps it when their horizontal extents overlap. Hidden blocks have no box.
 */
export function textUnderSidebar(): { frame: { left: number; right: number } | null; under: string[] } {
  const wrapper = Document.prototype.querySelector.call(document, '[data-reading-context="sidebar"]') as HTMLElement | null;
  if (!wrapper) return { frame: null, under: [] };
  const f = wrapper.getBoundingClientRect();
  const under: string[] = [];
  for (const el of Array.from(Document.prototype.querySelectorAll.call(document, 'p, li, blockquote, h1, h2, h3, figcaption, td'))) {
    const text = (el.textContent ?? '').trim();
    if (text.length < 20) continue;
    for (const r of Array.from(el.getClientRects())) {
      if (r.width > 0 && r.height > 0 && r.left < f.right - 0.5 && r.right > f.left + 0.5) {
        under.push(`${el.tagName.toLowerCase()} [${Math.round(r.left)}, ${Math.round(r.right)}]: ${text.slice(0, 50)}`);
        break;
      }
    }
  }
  return { frame: { left: f.left, right: f.right }, under };
}

/**
 * What a page can do with the sidebar page itself: frame a copy of it (the address read off the real frame)
 * and post it, and the real frame, tokens it made up. The copy must show nothing of the tab's notes.
 */
export function embedSidebarCopy(): string {
  const real = Array.from(Document.prototype.querySelectorAll.call(document, 'iframe') as NodeListOf<HTMLIFrameElement>).find((f) => /-extension:\/\//.test(f.src));
  if (!real) return 'no frame';
  const forge = (w: Window | null | undefined) => {
    for (const token of ['forged', `${Math.random()}`]) w?.postMessage({ type: 'reading-context:token', token }, '*');
  };
  const copy = document.createElement('iframe');
  copy.src = `${real.src}?copy=1`;
  copy.id = 'page-copy';
  copy.style.cssText = 'position:fixed;left:0;top:0;width:380px;height:600px';
  copy.addEventListener('load', () => forge(copy.contentWindow));
  document.body.append(copy);
  forge(real.contentWindow);
  return copy.src;
}

/**
 * The demo article's facts on the page that patches querySelectorAll, push, JSON and Promise.then
 * (hostile-patched-builtins), read through what it leaves alone, as one line of text: this runs in the page's
 * own world, where the driver's own handling of an object result may be what the page broke.
 */
export function patchedPageFacts(): string {
  const frames = Array.from(document.getElementsByTagName('iframe')).filter((f) => /-extension:\/\//.test(f.src)).length;
  const comments = document.getElementById('comments');
  const body = document.getElementsByClassName('td-post-content')[0];
  const paragraphs = body ? Array.from(body.getElementsByTagName('p')) : [];
  const shown = paragraphs.filter((p) => p.checkVisibility()).length;
  return `frames ${frames}, comments ${comments && !comments.checkVisibility() ? 'hidden' : 'shown'}, paragraphs ${shown} of ${paragraphs.length} visible`;
}
