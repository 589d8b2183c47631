import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Analysis, analyzeDocument } from '../core/analyze';
import { planHiding } from '../core/declutter/plan';
import { COMMENT_SYSTEMS } from '../core/declutter/comment-systems';
import { type UserRule, userRulesFor } from '../core/declutter/cosmetic-filter';
import { RESIDUE_PHRASES } from '../core/declutter/residue-phrases';
import type { CompiledPacks } from '../core/match/matcher';
import type { PageReport } from '../core/report';
import { HiddenElements } from './hiding';
import type { ContentEvent, PageStatus, SidebarReport, TabState } from './messages';
import type { Settings, SiteMode } from './settings-schema';
import { createSidebarFrame, type SidebarFrame } from './sidebar-frame';

// One page view: runs the engine, applies its plan, keeps the sidebar in step. run() can be called again
// (single-page-app navigation, an article body rendered late); rehide() only looks for late comment widgets.

export class PageSession {
  status: PageStatus = 'pending';
  report: PageReport | null = null;
  private analysis: Analysis | null = null;
  private hidden = new HiddenElements();
  private userRulesCache: UserRule[] | null = null;
  readonly sidebar: SidebarFrame;

  constructor(
    ctx: ContentScriptContext,
    private readonly packs: () => CompiledPacks,
    readonly settings: Settings,
    readonly mode: SiteMode,
  ) {
    this.sidebar = createSidebarFrame(ctx);
  }

  /** Full pass over the page. Anything a previous pass hid is shown again first. */
  run(): void {
    if (this.mode === 'off') {
      this.status = 'off';
      return;
    }
    this.hidden.restoreAll();
    this.hidden = new HiddenElements();
    this.analysis = analyzeDocument(document, {
      packs: this.packs(),
      url: location.href,
      now: new Date(),
      level: this.settings.level,
      forceArticle: this.mode === 'always',
      userRules: this.userRules(),
    });
    const { report, root } = this.analysis;
    this.status = report.article.isArticle ? 'article' : 'not-article';
    if (!root) {
      this.report = null;
      this.sidebar.hide();
      this.announce();
      return;
    }
    this.hidden.apply(this.analysis.plan.items);
    this.report = report;
    this.announce();
    if (report.notes.length || report.hidden.length) this.sidebar.show();
  }

  /** Hides comment widgets that arrived after the last pass. Returns how many new items were hidden. */
  rehide(): number {
    const analysis = this.analysis;
    if (!analysis?.root || !this.report) return 0;
    const plan = planHiding({
      doc: document,
      root: analysis.root,
      level: this.settings.level,
      systems: COMMENT_SYSTEMS,
      phrases: RESIDUE_PHRASES,
      userRules: this.userRules(),
    });
    const known = new Set(analysis.plan.items.map((i) => i.element));
    const fresh = plan.items.filter((i) => !known.has(i.element) && ![...known].some((k) => k.contains(i.element)));
    if (!fresh.length) return 0;
    const firstId = analysis.plan.items.length;
    analysis.plan.items.push(...fresh);
    this.hidden.apply(fresh);
    this.report.hidden.push(
      ...fresh.map((i, n) => ({ id: firstId + n, system: i.system, source: i.source, text: i.text, chars: i.chars })),
    );
    this.announce();
    if (!this.sidebar.open) this.sidebar.show();
    return fresh.length;
  }

  /** The user's rules that apply on this site, parsed once (bad lines are left out; the options page shows them). */
  private userRules(): UserRule[] {
    return (this.userRulesCache ??= userRulesFor(this.settings.userRules ?? '', location.hostname, document));
  }

  setHidden(id: number, hidden: boolean): number[] {
    this.hidden.setHidden(id, hidden);
    return this.hidden.shown();
  }

  sidebarReport(): SidebarReport | null {
    return this.report ? { report: this.report, shown: this.hidden.shown() } : null;
  }

  state(): TabState {
    return { status: this.status, mode: this.mode, host: location.hostname, sidebarOpen: this.sidebar.open, report: this.report };
  }

  /** Tells the background (badge) and through it an open sidebar that the report changed. */
  private announce(): void {
    const event: ContentEvent = { type: 'content:report', notes: this.report?.notes.length ?? 0 };
    void browser.runtime.sendMessage(event).catch(() => undefined);
  }
}
