import { browser } from 'wxt/browser';
import { detectPage } from '../src/core/analyze';
import { compileRules } from '../src/core/declutter/rules';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isContentRequest } from '../src/extension/messages';
import { annotateInBackground } from '../src/extension/pack-request';
import { PageSession } from '../src/extension/page-session';
import { loadSettings } from '../src/extension/settings';
import { modeFor } from '../src/extension/settings-schema';
import { loadSiteView } from '../src/extension/sidebar-view';
import { watchWidgets } from '../src/extension/widget-watch';
import { watchNavigation } from '../src/extension/navigation-watch';

// Thin glue: read the site's mode, run the page session, answer messages.

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const started = performance.now();
    let session: PageSession | null = null;
    let resolveReady!: () => void;
    const ready = new Promise<void>((r) => (resolveReady = r));

    // Registered before anything is mounted, so the sidebar's first request always finds it.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isContentRequest(message)) return undefined;
      return ready.then(async () => {
        const reply = await (session?.handle(message) ?? null);
        if (message.type === 'set-mode') startWatching();
        return reply;
      });
    });
    // The late-page watches, started once the site is not Off (at load, or when the popup switches it on).
    let startWatching = () => {};

    try {
      // Detection only reads the page: it runs while storage answers, so a page view pays the longer of the two.
      const stored = Promise.all([loadSettings(), loadSiteView(location.hostname)]);
      // The built-in hiding rules, once per page view: detection and every later pass read them.
      const rules = compileRules(document);
      const detection = detectPage(document, { url: location.href, rules });
      const [settings, siteView] = await stored;
      const setup = performance.now() - started;
      session = new PageSession(ctx, annotateInBackground, { settings, mode: modeFor(settings, location.hostname), siteView, rules });
      // Comment widgets inserted after load: bounded, debounced re-plans, watched once the page has proved
      // to be an article (on the first pass, or after a late pass below).
      let widgetsWatched = false;
      const watchWidgetsOnce = () => {
        if (widgetsWatched || !session?.report) return;
        widgetsWatched = true;
        ctx.onInvalidated(watchWidgets({ rehide: () => session?.rehide() ?? 0 }));
      };
      let navigationWatched = false;
      startWatching = () => {
        watchWidgetsOnce();
        // Late pages: single-page-app navigation and bodies rendered after load run the pipeline again.
        if (navigationWatched || session?.mode === 'off') return;
        navigationWatched = true;
        ctx.onInvalidated(
          watchNavigation(ctx, {
            run: () => void session?.run().then(watchWidgetsOnce).catch(() => undefined),
            isArticle: () => session?.status === 'article',
          }),
        );
      };
      await session.run({ started, setup, detection });
      startWatching();
    } finally {
      resolveReady();
    }
  },
});
