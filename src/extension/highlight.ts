// Scrolls to a mention and flashes it with the CSS Custom Highlight API: the page's DOM is not rewritten
// (no wrapper elements); only a highlight is registered and one style rule is adopted for it.

const NAME = 'reading-context-mention';
const RULE = `::highlight(${NAME}) { background-color: #ffd54a; color: #111; }`;
const FLASH_MS = 2200;

let styled = false;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Highlight = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

function ensureStyle(doc: Document): void {
  if (styled) return;
  styled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULE);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Some content-script worlds cannot adopt sheets into the page: one <style> element instead.
    const style = doc.createElement('style');
    style.textContent = RULE;
    style.setAttribute('data-reading-context', 'highlight');
    (doc.head ?? doc.documentElement).append(style);
  }
}

export function flashRange(range: Range, setTimer: (fn: () => void, ms: number) => unknown): void {
  const doc = range.startContainer.ownerDocument ?? document;
  const win = doc.defaultView ?? window;
  const rect = range.getBoundingClientRect();
  const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  win.scrollTo({ top: win.scrollY + rect.top - win.innerHeight / 3, behavior: reduced ? 'auto' : 'smooth' });
  const api = registry();
  if (!api) return;
  ensureStyle(doc);
  api.highlights.set(NAME, new api.Highlight(range));
  setTimer(() => api.highlights.delete(NAME), FLASH_MS);
}
