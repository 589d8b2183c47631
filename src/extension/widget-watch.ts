import { holdsExtensionFrame } from './own-frame';

// Catches comment widgets that arrive after the first pass (Disqus, Spot.IM, Cackle, VK... are inserted by
// their scripts a moment after load): a MutationObserver on the page's element tree that, debounced,
// asks the session to re-plan and hide what is new.
//
// Bounded: it stops after `maxRuns` re-plans or `maxMs` after it started, whichever comes first.
// It never loops on its own changes: hiding only touches style attributes, which it does not observe, and
// the records queued while a re-plan runs (the sidebar being mounted, say) are dropped.

export interface WidgetWatchTarget {
  /** Re-plans and hides what is new; returns how many items it hid. */
  rehide(): number;
}

export interface WidgetWatchOptions {
  /** Quiet time after the last added element before re-planning. */
  debounceMs?: number;
  /** Most re-plans in one page view. */
  maxRuns?: number;
  /** How long the watch lasts. */
  maxMs?: number;
  /** Called once when the watch stops, with how many re-plans ran and how many items they hid. */
  onStop?(stats: WidgetWatchStats): void;
}

export interface WidgetWatchStats {
  runs: number;
  hidden: number;
  reason: 'runs' | 'time' | 'stopped';
}

export const WIDGET_WATCH_DEFAULTS = { debounceMs: 250, maxRuns: 20, maxMs: 30_000 } as const;

/** Starts watching `root` (default: the document element). Returns a function that stops the watch. */
export function watchWidgets(target: WidgetWatchTarget, options: WidgetWatchOptions = {}, root: Node = document.documentElement): () => void {
  const { debounceMs, maxRuns, maxMs } = { ...WIDGET_WATCH_DEFAULTS, ...options };
  const stats: WidgetWatchStats = { runs: 0, hidden: 0, reason: 'stopped' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stop = (reason: WidgetWatchStats['reason']) => {
    if (stopped) return;
    stopped = true;
    stats.reason = reason;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    clearTimeout(deadline);
    options.onStop?.(stats);
  };

  const run = () => {
    timer = undefined;
    if (stopped) return;
    stats.runs++;
    try {
      stats.hidden += target.rehide();
    } catch {
      // A failing re-plan must not break the page; the next mutation may try again.
    }
    observer.takeRecords();
    if (stats.runs >= maxRuns) stop('runs');
  };

  const observer = new MutationObserver((records) => {
    if (stopped || !records.some(addsForeignElement)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  });
  const deadline = setTimeout(() => stop('time'), maxMs);
  observer.observe(root, { childList: true, subtree: true });
  return () => stop('stopped');
}

function addsForeignElement(record: MutationRecord): boolean {
  for (const node of Array.from(record.addedNodes)) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (holdsExtensionFrame(el)) continue;
    return true;
  }
  return false;
}
