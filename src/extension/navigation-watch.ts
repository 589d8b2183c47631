import { holdsExtensionFrame } from './own-frame';

// Late pages: the page the content script first saw is not always the page the reader ends up reading.
// - Single-page-app navigation (history.pushState, popstate): WXT's `wxt:locationchange` event on the
//   content-script context says the URL changed; the whole pipeline runs again, and for a few seconds after,
//   substantial new text (the new view being rendered) runs it again.
// - Article bodies rendered by script after load: when the last pass said "not an article", a
//   MutationObserver waits for substantial new text and runs the pipeline again.
// Bounded and debounced: at most `maxRuns` re-runs within `maxMs` per page view (a navigation starts a new
// budget), each after `debounceMs` of quiet; after that the observer disconnects. It never re-runs because of
// its own changes: hiding only changes style attributes (not observed), the sidebar frame carries no text and
// is skipped, and records queued while a pass runs are dropped.

export interface NavigationTarget {
  /** Runs the whole pipeline again (restoring what the previous pass hid first). */
  run(): void;
  /** Whether the last pass found an article. */
  isArticle(): boolean;
}

/** The part of WXT's ContentScriptContext this needs (its listeners are removed when the context dies). */
export interface LocationEvents {
  addEventListener(target: Window, type: 'wxt:locationchange', handler: (event: Event) => void): void;
}

export interface NavigationWatchOptions {
  /** Quiet time after the last substantial addition (or the navigation) before a re-run. */
  debounceMs?: number;
  /** Most re-runs per page view. */
  maxRuns?: number;
  /** How long a page view is watched. */
  maxMs?: number;
  /** After a navigation, how long new text re-runs the pipeline even when the last pass found an article. */
  settleMs?: number;
  /** Characters of new text that count as substantial (a rendered body, not a badge or an ad label). */
  minChars?: number;
  /** Called after each re-run, with why it ran. */
  onRun?(reason: 'navigation' | 'content'): void;
}

export const NAVIGATION_WATCH_DEFAULTS = { debounceMs: 300, maxRuns: 5, maxMs: 15_000, settleMs: 5_000, minChars: 200 } as const;

/** Starts watching. Returns a function that stops everything (pass it to ctx.onInvalidated). */
export function watchNavigation(
  events: LocationEvents | null,
  target: NavigationTarget,
  options: NavigationWatchOptions = {},
  root: Node = document.documentElement,
): () => void {
  const { debounceMs, maxRuns, maxMs, settleMs, minChars } = { ...NAVIGATION_WATCH_DEFAULTS, ...options };
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: 'navigation' | 'content' = 'content';
  let runs = 0;
  let viewStart = Date.now();
  let settleUntil = 0;
  let added = 0;
  let observing = false;

  const observer = new MutationObserver((records) => {
    if (stopped || !watching()) return;
    added += addedText(records);
    if (added < minChars) return;
    schedule('content');
  });

  /** Within this view's budget, and either the page is not (yet) an article or a navigation is settling. */
  const watching = () => runs < maxRuns && Date.now() - viewStart < maxMs && (!target.isArticle() || Date.now() < settleUntil);

  const observe = () => {
    if (observing || stopped) return;
    observer.observe(root, { childList: true, subtree: true });
    observing = true;
  };
  const disconnect = () => {
    if (!observing) return;
    observer.disconnect();
    observing = false;
  };

  const schedule = (reason: 'navigation' | 'content') => {
    if (reason === 'navigation') pending = 'navigation';
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };

  const fire = () => {
    timer = undefined;
    if (stopped) return;
    const reason = pending;
    pending = 'content';
    added = 0;
    runs++;
    try {
      target.run();
    } catch {
      // A failing pass must not break the page; a later change may try again.
    }
    observer.takeRecords();
    options.onRun?.(reason);
    if (watching()) observe();
    else disconnect();
  };

  const onLocationChange = () => {
    if (stopped) return;
    // A new page view: a fresh budget, and a settling time in which its own rendering counts.
    runs = 0;
    viewStart = Date.now();
    settleUntil = viewStart + settleMs;
    added = 0;
    observe();
    schedule('navigation');
  };

  // The end of a view's watch: nothing is observed after it (a pending re-run still happens).
  let expiry: ReturnType<typeof setTimeout> | undefined;
  const armExpiry = () => {
    if (expiry !== undefined) clearTimeout(expiry);
    expiry = setTimeout(() => {
      expiry = undefined;
      if (timer === undefined) disconnect();
    }, maxMs);
  };

  events?.addEventListener(window, 'wxt:locationchange', () => {
    onLocationChange();
    armExpiry();
  });
  if (watching()) {
    observe();
    armExpiry();
  }

  return () => {
    stopped = true;
    disconnect();
    if (timer !== undefined) clearTimeout(timer);
    if (expiry !== undefined) clearTimeout(expiry);
  };
}

/** Characters of text the records added, leaving out the extension's own frames. */
function addedText(records: MutationRecord[]): number {
  let n = 0;
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType === 3) n += (node.nodeValue ?? '').trim().length;
      else if (node.nodeType === 1) {
        const el = node as Element;
        if (holdsExtensionFrame(el)) continue;
        const name = el.localName;
        if (name === 'script' || name === 'style' || name === 'template' || name === 'noscript') continue;
        n += (el.textContent ?? '').trim().length;
      }
    }
  }
  return n;
}
