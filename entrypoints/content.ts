import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type CompiledPacks, compilePacks } from '../src/core/match/matcher';
import type { ContentRequest } from '../src/extension/messages';
import { SHIPPED_PACKS } from '../src/extension/packs';
import { PageSession } from '../src/extension/page-session';
import { loadSettings } from '../src/extension/settings';
import { modeFor } from '../src/extension/settings-schema';
import { watchWidgets } from '../src/extension/widget-watch';
import { watchNavigation } from '../src/extension/navigation-watch';

// Thin glue: read the site's mode, run the page session, answer messages.

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let session: PageSession | null = null;
    let resolveReady!: () => void;
    const ready = new Promise<void>((r) => (resolveReady = r));
    let compiled: CompiledPacks | null = null;
    const packs = () => (compiled ??= compilePacks(SHIPPED_PACKS));

    // Registered before anything is mounted, so the sidebar's first request always finds it.
    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as ContentRequest;
      switch (m?.type) {
        case 'get-report':
          return ready.then(() => session?.sidebarReport() ?? null);
        case 'get-state':
          return ready.then(() => session?.state() ?? null);
        case 'set-hidden':
          return Promise.resolve({ shown: session?.setHidden(m.id, m.hidden) ?? [] });
        case 'toggle-sidebar':
          if (session?.report) session.sidebar.toggle();
          return Promise.resolve({ open: session?.sidebar.open ?? false });
        case 'close-sidebar':
          session?.sidebar.hide();
          return Promise.resolve({ open: false });
        default:
          return undefined;
      }
    });

    try {
      const settings = await loadSettings();
      session = new PageSession(ctx, packs, settings, modeFor(settings, location.hostname));
      session.run();
      // Late pages: single-page-app navigation and bodies rendered after load run the pipeline again.
      if (session.mode !== 'off') ctx.onInvalidated(watchNavigation(ctx, { run: () => session?.run(), isArticle: () => session?.status === 'article' }));
      // Comment widgets inserted after load: bounded, debounced re-plans of the current session.
      if (session.report) ctx.onInvalidated(watchWidgets({ rehide: () => session?.rehide() ?? 0 }));
    } finally {
      resolveReady();
    }
  },
});
