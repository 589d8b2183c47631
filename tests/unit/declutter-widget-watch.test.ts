import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchWidgets, type WidgetWatchStats } from '../../src/extension/widget-watch';

// The late-widget observer: debounced, bounded, and blind to the extension's own frames and to the style
// changes hiding makes.

const flush = () => new Promise<void>((r) => queueMicrotask(r));

describe('watchWidgets', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    vi.useRealTimers();
    root.remove();
  });

  async function add(html: string) {
    const el = document.createElement('div');
    el.innerHTML = html;
    root.append(el);
    await flush();
  }

  it('re-plans once after a burst of insertions, after the quiet time', async () => {
    const rehide = vi.fn(() => 1);
    const stop = watchWidgets({ rehide }, { debounceMs: 200 }, root);
    await add('<div id="disqus_thread"></div>');
    await vi.advanceTimersByTimeAsync(100);
    await add('<span>frame</span>');
    await vi.advanceTimersByTimeAsync(150);
    expect(rehide).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60);
    expect(rehide).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops after maxRuns re-plans', async () => {
    const rehide = vi.fn(() => 0);
    let stats: WidgetWatchStats | null = null;
    watchWidgets({ rehide }, { debounceMs: 10, maxRuns: 3, onStop: (s) => (stats = s) }, root);
    for (let i = 0; i < 6; i++) {
      await add(`<p>${i}</p>`);
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(rehide).toHaveBeenCalledTimes(3);
    expect(stats).toEqual({ runs: 3, hidden: 0, reason: 'runs' });
  });

  it('stops after maxMs', async () => {
    const rehide = vi.fn(() => 2);
    let stats: WidgetWatchStats | null = null;
    watchWidgets({ rehide }, { debounceMs: 10, maxMs: 1000, onStop: (s) => (stats = s) }, root);
    await add('<p>a</p>');
    await vi.advanceTimersByTimeAsync(20);
    await vi.advanceTimersByTimeAsync(1000);
    await add('<p>b</p>');
    await vi.advanceTimersByTimeAsync(20);
    expect(rehide).toHaveBeenCalledTimes(1);
    expect(stats).toEqual({ runs: 1, hidden: 2, reason: 'time' });
  });

  it('does not loop on its own changes: hiding (style attributes) and the extension frame trigger nothing', async () => {
    let calls = 0;
    const rehide = () => {
      calls++;
      // What applying a plan does: style and marker attributes only.
      for (const el of Array.from(root.querySelectorAll('div'))) {
        el.style.setProperty('display', 'none', 'important');
        el.setAttribute('data-reading-context-hidden', '0');
      }
      return 1;
    };
    const stop = watchWidgets({ rehide }, { debounceMs: 10 }, root);
    await add('<div class="late"></div>');
    await vi.advanceTimersByTimeAsync(50);
    await add('<iframe src="chrome-extension://abc/sidebar.html"></iframe>');
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toBe(1);
    stop();
  });

  it('ignores text-only changes and does nothing once stopped', async () => {
    const rehide = vi.fn(() => 0);
    const stop = watchWidgets({ rehide }, { debounceMs: 10 }, root);
    root.append(document.createTextNode('typing'));
    await flush();
    await vi.advanceTimersByTimeAsync(50);
    expect(rehide).not.toHaveBeenCalled();
    stop();
    await add('<div id="disqus_thread"></div>');
    await vi.advanceTimersByTimeAsync(50);
    expect(rehide).not.toHaveBeenCalled();
  });

  it('survives a re-plan that throws', async () => {
    const rehide = vi.fn(() => {
      throw new Error('boom');
    });
    const stop = watchWidgets({ rehide }, { debounceMs: 10 }, root);
    await add('<p>x</p>');
    await vi.advanceTimersByTimeAsync(20);
    await add('<p>y</p>');
    await vi.advanceTimersByTimeAsync(20);
    expect(rehide).toHaveBeenCalledTimes(2);
    stop();
  });
});
