import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type Analysis, type Detection, detectPage, roundMs, finishAnalysis, type PageText, prepareAnalysis, replanHiding, type TextAnnotations } from '../core/analyze';
import { userRulesFor } from '../core/declutter/cosmetic-filter';
import type { CompiledRules } from '../core/declutter/rules';
import type { PageReport } from '../core/report';
import { HiddenElements } from './hiding';
import { rangeFor } from '../core/match/text-walk';
import { flashRange } from './highlight';
import { watchEscape } from './escape-key';
import { callBackground, type ContentReply, type ContentRequest, type ContentRequestType, type PageStatus, type SidebarReport, type SidebarViewState, type TabState } from './messages';
import type { Settings, SiteMode } from './settings-schema';
import { createSidebarFrame, type SidebarFrame } from './sidebar-frame';
import { clampWidth, DEFAULT_WIDTH, hasNotes, type SidebarState, type SiteView, saveSiteView, startState } from './sidebar-view';

// One page view: runs the engine, applies its plan, keeps the sidebar in step. run() can be called again
// (single-page-app navigation, an article body rendered late); rehide() only looks for late comment widgets.

export class PageSession {
  status: PageStatus = 'pending';
  report: PageReport | null = null;
  /**
   * Stage times of the last pass, in ms; `total`: from its start (the content script's, on the first pass) to its
   * end; `longestTask`: its longest synchronous stretch; `startedAt`: that start on the page's clock.
   */
  timings: Record<string, number> | null = null;
  private analysis: Analysis | null = null;
  private hidden = new HiddenElements();
  readonly sidebar: SidebarFrame;
  readonly settings: Settings;
  mode: SiteMode;
  /** How the reader left the sidebar on this site last time (null: never touched). */
  private readonly siteView: SiteView | null;
  private readonly builtinRules: CompiledRules;
  private rulesCache: CompiledRules | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    /** What the packs say of an article's text (they are matched in the background); null: no answer. */
    private readonly annotate: (input: PageText) => Promise<TextAnnotations | null>,
    page: { settings: Settings; mode: SiteMode; siteView: SiteView | null; rules: CompiledRules },
  ) {
    this.settings = page.settings;
    this.mode = page.mode;
    this.siteView = page.siteView;
    this.builtinRules = page.rules;
    this.sidebar = createSidebarFrame(ctx, page.settings.sidebarSide);
    this.sidebar.setWidth(page.siteView?.width ?? DEFAULT_WIDTH);
    watchEscape((handler) => ctx.addEventListener(window, 'keydown', handler), document, () => this.collapseFromPage());
  }

  /** Esc on the page: an open sidebar collapses to its tab, as Esc inside it does. */
  private collapseFromPage(): boolean {
    if (!this.sidebar.open || this.sidebar.state !== 'open') return false;
    const view = this.setView('collapsed', undefined, true);
    void callBackground('content:view', { view });
    return true;
  }

  /** Where the "next label" shortcut stepped last (an index into the labelled places, in text order). */
  private labelStep = -1;

  /** Scrolls to and flashes the next place in the text a labelled entity or its label appears. */
  private nextLabel(): { index: number; total: number } {
    const text = this.analysis?.text;
    const labelled = this.report?.notes.filter((n) => n.labels.length) ?? [];
    const places = labelled.flatMap((n) => this.analysis?.spans.get(n.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    if (!text || !places.length) return { index: 0, total: 0 };
    this.labelStep = (this.labelStep + 1) % places.length;
    const span = places[this.labelStep]!;
    const range = rangeFor(text, span.start, span.end);
    if (range) flashRange(range, (fn, ms) => this.ctx.setTimeout(fn, ms));
    return { index: this.labelStep, total: places.length };
  }

  /** The answer to each request from the popup, the background or (forwarded) the sidebar. */
  private readonly answers: { [K in ContentRequestType]: (m: Extract<ContentRequest, { type: K }>) => ContentReply<K> | Promise<ContentReply<K>> } = {
    'get-report': () => this.sidebarReport(),
    'get-state': () => this.state(),
    'set-mode': (m) => this.setMode(m.mode),
    'set-hidden': (m) => ({ shown: this.setHidden(m.id, m.hidden) }),
    'toggle-sidebar': () => {
      if (this.report && this.settings.sidebarPlace === 'page') this.sidebar.toggle();
      return { open: this.sidebar.open };
    },
    'close-sidebar': () => {
      this.sidebar.hide();
      return { open: false };
    },
    'next-label': () => this.nextLabel(),
    'show-mention': (m) => this.showMention(m.noteId, m.index),
    'set-view': (m) => this.setView(m.state, m.width, m.save !== false),
    'claim-frame': (m) => ({ ok: m.sidebarFrame !== undefined && this.sidebar.claim(m.token, m.sidebarFrame) }),
  };

  /** Answers a request; unknown types get null. */
  handle(m: ContentRequest): ContentReply<ContentRequestType> | Promise<ContentReply<ContentRequestType>> | null {
    // A sidebar framed in this tab is answered only when it is the frame this page mounted: a copy the page
    // framed itself gets nothing of the tab's notes. (The browser's side panel is not framed: no sidebarFrame.)
    if (m.sidebarFrame !== undefined && m.type !== 'claim-frame' && !this.sidebar.owns(m.sidebarFrame)) return null;
    const answer = this.answers[m.type] as ((m: ContentRequest) => ContentReply<ContentRequestType> | Promise<ContentReply<ContentRequestType>>) | undefined;
    return answer ? answer(m) : null;
  }

  private generation = 0;

  /**
   * Full pass over the page. Anything a previous pass hid is shown again first. `first`: the content script's
   * start, the time until its settings were read, and the detection it ran meanwhile, so the first pass's
   * total counts them and does not detect twice.
   */
  async run(first?: { started: number; setup: number; detection: Detection }): Promise<void> {
    const started = first?.started ?? performance.now();
    // The pass's synchronous stretches, each one main-thread task: the first pass's detection (run while the
    // settings were read), this call up to the background's answer, and what follows it.
    const tasks: number[] = first ? [first.detection.timings.detect ?? 0] : [];
    let taskStart = performance.now();
    const done = (stages: Record<string, number>) => {
      tasks.push(performance.now() - taskStart);
      this.timings = {
        ...(first ? { setup: roundMs(first.setup) } : {}),
        ...stages,
        total: roundMs(performance.now() - started),
        longestTask: roundMs(Math.max(...tasks)),
        startedAt: roundMs(started),
      };
    };
    const generation = ++this.generation;
    this.hidden.restoreAll();
    this.hidden = new HiddenElements();
    if (this.mode === 'off') {
      // Switched off while the page is open: whatever an earlier pass did is undone.
      this.status = 'off';
      this.clearReport();
      done({});
      return;
    }
    const options = {
      url: location.href,
      now: new Date(),
      level: this.settings.level,
      forceArticle: this.mode === 'always',
      rules: this.builtinRules,
    };
    // A page detection turned away is looked at again only when the site is set to Always (its forced root).
    const detection = first && (first.detection.root || !options.forceArticle) ? first.detection : detectPage(document, options);
    this.status = detection.article.isArticle ? 'article' : 'not-article';
    if (!detection.root) {
      this.clearReport();
      done(detection.timings);
      return;
    }
    const prepared = prepareAnalysis(document, detection, { ...options, rules: this.rules });
    // The clutter goes at once; the notes follow when the background has matched the text.
    this.analysis = prepared.analysis;
    this.hidden.apply(prepared.analysis.plan.items);
    const asked = performance.now();
    tasks.push(asked - taskStart);
    const annotations = prepared.input && (await this.annotate(prepared.input));
    if (generation !== this.generation) return; // a newer pass started while the background matched
    taskStart = performance.now();
    this.analysis = finishAnalysis(prepared, annotations, performance.now() - asked);
    this.labelStep = -1;
    const { report } = this.analysis;
    this.report = report;
    this.announce();
    // No notes, no tab: what was hidden is listed when the reader opens the sidebar (popup or shortcut).
    // Where the reader keeps the notes in the browser's side panel, the page shows no frame at all.
    if (hasNotes(report) && this.settings.sidebarPlace === 'page') {
      const room = window.innerWidth - clampWidth(this.sidebar.width, window.innerWidth);
      this.sidebar.show(startState(report, this.settings.sidebarStart, this.siteView, room));
    } else this.sidebar.hide();
    done(report.timings);
  }

  /** Drops the report and the sidebar; only a page that had a report has a badge to clear (a new page has none). */
  private clearReport(): void {
    const had = this.report !== null;
    this.analysis = null;
    this.report = null;
    this.sidebar.hide();
    if (had) this.announce();
  }

  /** The reader changed the site's mode in the popup: the page is run again under it, no reload needed. */
  async setMode(mode: SiteMode): Promise<TabState> {
    this.mode = mode;
    await this.run();
    return this.state();
  }

  private showMention(noteId: string, index: number): { index: number; total: number } {
    const spans = this.analysis?.spans.get(noteId) ?? [];
    const text = this.analysis?.text;
    if (!spans.length || !text) return { index: 0, total: 0 };
    const i = ((index % spans.length) + spans.length) % spans.length;
    const span = spans[i]!;
    const range = rangeFor(text, span.start, span.end);
    if (range) flashRange(range, (fn, ms) => this.ctx.setTimeout(fn, ms));
    return { index: i, total: spans.length };
  }

  private setView(state: SidebarState | undefined, width: number | undefined, save: boolean): SidebarViewState {
    if (state) this.sidebar.setState(state);
    if (width !== undefined) this.sidebar.setWidth(width);
    if (save) void saveSiteView(location.hostname, { state: this.sidebar.state, width: this.sidebar.width });
    return this.viewState();
  }

  private viewState(): SidebarViewState {
    return { state: this.sidebar.state, width: this.sidebar.width, side: this.settings.sidebarSide };
  }

  /** Hides comment widgets that arrived after the last pass. Returns how many new items were hidden. */
  rehide(): number {
    if (!this.analysis?.root || !this.report) return 0;
    const { analysis, added } = replanHiding(this.analysis, document, { level: this.settings.level, rules: this.rules });
    if (analysis === this.analysis) return 0;
    this.analysis = analysis;
    this.report = analysis.report;
    if (!added.length) return 0; // new refusals only: reported, nothing to show
    this.hidden.apply(added);
    this.announce();
    return added.length;
  }

  /**
   * The compiled hiding rules with the user's rules for this site, parsed on first use (a page that is not an
   * article never needs them; bad lines are left out: the options page shows them).
   */
  private get rules(): CompiledRules {
    return (this.rulesCache ??= this.builtinRules.withUserRules(userRulesFor(this.settings.userRules ?? '', location.hostname, document)));
  }

  setHidden(id: number, hidden: boolean): number[] {
    this.hidden.setHidden(id, hidden);
    return this.hidden.shown();
  }

  sidebarReport(): SidebarReport | null {
    if (!this.report) return null;
    const mentions: Record<string, number> = {};
    for (const [id, spans] of this.analysis?.spans ?? []) mentions[id] = spans.length;
    return {
      report: this.report,
      shown: this.hidden.shown(),
      mentions,
      view: this.viewState(),
    };
  }

  state(): TabState {
    return { status: this.status, mode: this.mode, host: location.hostname, sidebarOpen: this.sidebar.open, report: this.report, timings: this.timings };
  }

  /** Tells the background (badge) and through it an open sidebar that the report changed. */
  private announce(): void {
    void callBackground('content:report', { notes: this.report?.notes.length ?? 0 });
  }
}

