// Esc on the page collapses an open sidebar, unless the page itself uses the key there: a handler that
// already took it (defaultPrevented), focus in a field or an editable region (Esc there cancels typing or
// closes a picker), an open modal dialog, or full screen (Esc leaves it).

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';
const MODAL = 'dialog[open], [aria-modal="true"]';

/** Whether the page has its own use for this Esc press. */
export function pageUsesEscape(event: KeyboardEvent, doc: Document): boolean {
  if (event.defaultPrevented) return true;
  const target = event.target as Element | null;
  if (target && typeof target.closest === 'function' && target.closest(EDITABLE)) return true;
  if (doc.fullscreenElement) return true;
  // The prototype's method: a page can shadow doc.querySelectorAll with a named element.
  const query = (doc.defaultView?.Document ?? Document).prototype.querySelectorAll;
  for (const modal of query.call(doc, MODAL)) {
    if ((modal as HTMLElement).checkVisibility?.() ?? true) return true;
  }
  return false;
}

/**
 * Listens on the page's window in the bubbling phase, so the page's own handlers run first. `collapse` returns
 * whether it collapsed anything (false: the sidebar was not open), and only then is the key taken.
 */
export function watchEscape(
  listen: (handler: (event: KeyboardEvent) => void) => void,
  doc: Document,
  collapse: () => boolean,
): void {
  listen((event) => {
    if (event.key !== 'Escape' || event.isComposing || pageUsesEscape(event, doc)) return;
    if (collapse()) event.preventDefault();
  });
}
