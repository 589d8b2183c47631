import { afterEach, describe, expect, it } from 'vitest';
import { type LocationEvents, watchNavigation } from '../../src/extension/navigation-watch';

// The late-page watch: re-runs after single-page-app navigation and when a body renders after load,
// debounced, bounded, and never because of its own changes.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TEXT = 'The harbour authority said on Tuesday that dredging of the northern channel would resume next month. '.repeat(3);

function page() {
  document.body.innerHTML = '<main id="app"></main>';
  return document.getElementById('app')!;
}

function target(article = false) {
  const t = { runs: 0, article, run: () => void t.runs++, isArticle: () => t.article };
  return t;
}

function fakeEvents() {
  let handler: ((e: Event) => void) | undefined;
  const events: LocationEvents = { addEventListener: (_w, _type, h) => void (handler = h) };
  return { events, navigate: () => handler?.(new Event('wxt:locationchange')) };
}

const fast = { debounceMs: 20, settleMs: 300, maxMs: 2_000 };
let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('watchNavigation', () => {
  it('re-runs once, debounced, when a body renders on a page that was no article', async () => {
    const app = page();
    const t = target(false);
    stop = watchNavigation(null, t, fast);
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = TEXT;
      app.append(p);
      await sleep(5);
    }
    await sleep(80);
    expect(t.runs).toBe(1);
  });

  it('ignores small additions (badges, ad labels) and the extension\'s own frame', async () => {
    const app = page();
    const t = target(false);
    stop = watchNavigation(null, t, fast);
    const badge = document.createElement('span');
    badge.textContent = 'Live';
    app.append(badge);
    const frame = document.createElement('iframe');
    frame.src = 'chrome-extension://abcdef/sidebar.html';
    document.body.append(frame);
    await sleep(80);
    expect(t.runs).toBe(0);
  });

  it('stops once the page is an article, and watches nothing on an article from the start', async () => {
    const app = page();
    const t = target(false);
    stop = watchNavigation(null, t, fast);
    app.append(Object.assign(document.createElement('p'), { textContent: TEXT }));
    await sleep(80);
    expect(t.runs).toBe(1);
    t.article = true;
    app.append(Object.assign(document.createElement('p'), { textContent: TEXT }));
    await sleep(80);
    expect(t.runs).toBe(1);

    stop();
    const t2 = target(true);
    stop = watchNavigation(null, t2, fast);
    app.append(Object.assign(document.createElement('p'), { textContent: TEXT }));
    await sleep(80);
    expect(t2.runs).toBe(0);
  });

  it('is bounded: at most maxRuns re-runs in a page view', async () => {
    const app = page();
    const t = target(false);
    stop = watchNavigation(null, t, { ...fast, maxRuns: 2 });
    for (let i = 0; i < 5; i++) {
      app.append(Object.assign(document.createElement('p'), { textContent: TEXT }));
      await sleep(50);
    }
    expect(t.runs).toBe(2);
  });

  it('does not re-run because of what the re-run itself adds', async () => {
    const app = page();
    const t = target(false);
    // The re-run mounts something with text (as a pass could): that must not start another re-run.
    t.run = () => {
      t.runs++;
      app.append(Object.assign(document.createElement('div'), { textContent: TEXT }));
    };
    stop = watchNavigation(null, t, fast);
    app.append(Object.assign(document.createElement('p'), { textContent: TEXT }));
    await sleep(150);
    expect(t.runs).toBe(1);
  });

  it('re-runs after single-page-app navigation even on an article, then follows the new view while it settles', async () => {
    const app = page();
    const t = target(true);
    const nav = fakeEvents();
    stop = watchNavigation(nav.events, t, fast);
    nav.navigate();
    await sleep(60);
    expect(t.runs).toBe(1);
    // The new view renders a moment later: within the settling time it runs again.
    app.append(Object.assign(document.createElement('p'), { textContent: TEXT }));
    await sleep(60);
    expect(t.runs).toBe(2);
    // After the settling time, an article page is left alone.
    await sleep(350);
    app.append(Object.assign(document.createElement('p'), { textContent: TEXT }));
    await sleep(60);
    expect(t.runs).toBe(2);
  });

  it('stops everything when the returned function is called', async () => {
    const app = page();
    const t = target(false);
    const nav = fakeEvents();
    watchNavigation(nav.events, t, fast)();
    nav.navigate();
    app.append(Object.assign(document.createElement('p'), { textContent: TEXT }));
    await sleep(80);
    expect(t.runs).toBe(0);
  });
});
