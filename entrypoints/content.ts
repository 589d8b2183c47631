import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzeDocument } from '../src/core/analyze';
import { compilePacks } from '../src/core/match/matcher';
import type { PageReport } from '../src/core/report';
import { HiddenElements } from '../src/extension/hiding';
import type { ContentEvent, ContentRequest, PageStatus, SidebarReport, TabState } from '../src/extension/messages';
import { SHIPPED_PACKS } from '../src/extension/packs';
import { loadSettings } from '../src/extension/settings';
import { modeFor, type SiteMode } from '../src/extension/settings-schema';
import { createSidebarFrame } from '../src/extension/sidebar-frame';

// Thin glue: read the site's mode, run the engine, apply its plan, show the sidebar, answer messages.

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const sidebar = createSidebarFrame(ctx);
    const hidden = new HiddenElements();
    let status: PageStatus = 'pending';
    let mode: SiteMode = 'auto';
    let report: PageReport | null = null;
    let resolveReady!: () => void;
    const ready = new Promise<void>((r) => (resolveReady = r));

    // Registered before anything is mounted, so the sidebar's first request always finds it.
    browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as ContentRequest;
      switch (m?.type) {
        case 'get-report':
          return ready.then((): SidebarReport | null => (report ? { report, shown: hidden.shown() } : null));
        case 'get-state':
          return ready.then((): TabState => ({ status, mode, host: location.hostname, sidebarOpen: sidebar.open, report }));
        case 'set-hidden':
          hidden.setHidden(m.id, m.hidden);
          return Promise.resolve({ shown: hidden.shown() });
        case 'toggle-sidebar':
          if (report) sidebar.toggle();
          return Promise.resolve({ open: sidebar.open });
        case 'close-sidebar':
          sidebar.hide();
          return Promise.resolve({ open: false });
        default:
          return undefined;
      }
    });

    try {
      const settings = await loadSettings();
      mode = modeFor(settings, location.hostname);
      if (mode === 'off') {
        status = 'off';
        return;
      }
      const analysis = analyzeDocument(document, {
        packs: compilePacks(SHIPPED_PACKS),
        url: location.href,
        now: new Date(),
        level: settings.level,
        forceArticle: mode === 'always',
      });
      if (!analysis.root) {
        status = 'not-article';
        return;
      }
      status = analysis.report.article.isArticle ? 'article' : 'not-article';
      hidden.apply(analysis.plan.items);
      report = analysis.report;
      const event: ContentEvent = { type: 'content:report', notes: report.notes.length };
      void browser.runtime.sendMessage(event).catch(() => undefined);
      if (report.notes.length || report.hidden.length) sidebar.show();
    } finally {
      resolveReady();
    }
  },
});
