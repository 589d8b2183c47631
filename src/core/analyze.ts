import { detectArticle } from './article/detect';
import { readJsonLd } from './article/jsonld';
import { readMetadata } from './article/metadata';
import { findArticleRoot } from './article/root';
import { type HideLevel, type HidePlan, planHiding } from './declutter/plan';
import { type CompiledRules, compileRules } from './declutter/rules';
import { systemName } from './declutter/hidden-kind';
import { recogniseLabels, type RecognisedLabel } from './labels/recognise';
import { type CompiledPacks, findMatches, findMatchesAndAnchors, prepareText } from './match/matcher';
import { type TextIndex, walkText } from './match/text-walk';
import { buildNotes } from './notes/build-notes';
import { buildTranslationNotes } from './notes/translation-notes';
import type { PageReport } from './report';

// The pipeline of the design, in one pass: detect -> metadata -> declutter plan -> match -> notes.
// Pure: it reads the document and returns data; applying the plan is the caller's job.

export interface AnalyzeOptions {
  /** The compiled, enabled packs (compile once per pack set with compilePacks). */
  packs: CompiledPacks;
  url?: string;
  /** "Now" for status lines. */
  now: Date;
  level?: HideLevel;
  /** The site is set to Always: treat the page as an article even when detection says no. */
  forceArticle?: boolean;
  /** The hiding rules, compiled once (compileRules), with the user's rules for this page (rules.withUserRules). */
  rules: CompiledRules;
}

export interface Analysis {
  report: PageReport;
  plan: HidePlan;
  root: Element | null;
  text: TextIndex | null;
  /** Note id -> spans in text.text of its mentions and linked labels. */
  spans: Map<string, { start: number; end: number }[]>;
}

/** Milliseconds as reported: to 0.01 ms. */
export const roundMs = (ms: number) => Math.round(ms * 100) / 100;

/** A stopwatch that writes each lap, from `from` (performance.now()) on, into `timings` under its name. */
function lapsInto(timings: Record<string, number>, from: number): (name: string) => void {
  let t = from;
  return (name) => {
    const n = globalThis.performance.now();
    timings[name] = roundMs(n - t);
    t = n;
  };
}

/** The options of a one-call analysis: without compiled rules, the built-in ones are compiled for this document. */
export type OneCallOptions = Omit<AnalyzeOptions, 'rules'> & { rules?: CompiledRules };

export function analyzePage(doc: Document, options: OneCallOptions): PageReport {
  return analyzeDocument(doc, options).report;
}

/** The whole pipeline over one document in one call (the CLI, the evaluations, the tests). */
export function analyzeDocument(doc: Document, options: OneCallOptions): Analysis {
  const full = { ...options, rules: options.rules ?? compileRules(doc) };
  return completeAnalysis(doc, detectPage(doc, full), full);
}

/** The report's lines for hidden items, numbered from `firstId` (the ids the sidebar's Show buttons use). */
export function hiddenReport(items: HidePlan['items'], firstId = 0): PageReport['hidden'] {
  return items.map((i, n) => ({
    id: firstId + n,
    system: i.system,
    name: systemName(i.system),
    kind: i.kind,
    ...(i.posts ? { posts: i.posts } : {}),
    source: i.source,
    text: i.text,
    chars: i.chars,
  }));
}

/** The report's lines for the guard's refusals. */
export function refusedReport(refused: HidePlan['refused']): PageReport['refused'] {
  return refused.map((r) => ({ system: r.system, source: r.source, reason: r.reason, text: r.text }));
}

/** The first, cheap step: is it an article, and where is its body. Pages that are not stop here. */
export interface Detection {
  article: PageReport['article'];
  root: Element | null;
  jsonLd: ReturnType<typeof readJsonLd>;
  timings: Record<string, number>;
  /** Time when the last step ended (performance.now()). */
  lapStart: number;
}

export function detectPage(doc: Document, options: Pick<AnalyzeOptions, 'url' | 'forceArticle' | 'rules'>): Detection {
  const start = globalThis.performance.now();
  // A text file or JSON shown by the browser is wrapped in a generated <pre>: never an article, even in Always mode.
  if (!isHtmlDocument(doc)) {
    const end = globalThis.performance.now();
    const signals = [{ name: 'document:not-html', weight: 0, detail: doc.contentType }];
    return { article: { isArticle: false, confidence: 1, signals }, root: null, jsonLd: [], timings: { detect: roundMs(end - start) }, lapStart: end };
  }
  const { bodyExclusion } = options.rules;
  const jsonLd = readJsonLd(doc);
  const verdict = detectArticle(doc, { url: options.url, jsonLd, bodyExclusion });
  let root = verdict.root;
  if (!verdict.isArticle && options.forceArticle) root = findArticleRoot(doc, bodyExclusion).root ?? doc.body;
  const end = globalThis.performance.now();
  return {
    article: { isArticle: verdict.isArticle, confidence: verdict.confidence, signals: verdict.signals },
    root,
    jsonLd,
    timings: { detect: roundMs(end - start) },
    lapStart: end,
  };
}

/** Whether the document is an HTML page (a DOM that does not say, or an element shadowing the member, counts as one). */
export function isHtmlDocument(doc: Document): boolean {
  const type: unknown = doc.contentType;
  return typeof type !== 'string' || !type || type === 'text/html' || type === 'application/xhtml+xml';
}

/**
 * What the packs are matched against: plain data, so it can cross to wherever the packs are (the extension
 * matches in its background; the CLI and the tests in-process).
 */
export interface PageText {
  /** The article's text as walked (offsets in the report refer to it). */
  text: string;
  /** The page's text before the article, when it may hold a statutory banner (else null). */
  before: string | null;
  published: string | null;
  /** The site name the page gives, if any. */
  outlet: string | null;
  url?: string;
  /** YYYY-MM-DD: "now" for status lines. */
  today: string;
}

/** What the packs make of a PageText: the report's notes, labels and translations, and where each note is. */
export interface TextAnnotations {
  notes: PageReport['notes'];
  labels: PageReport['labels'];
  translations: PageReport['translations'];
  /** Note id -> spans in the text of its mentions and linked labels. */
  spans: [string, { start: number; end: number }[]][];
  timings: Record<string, number>;
}

/** The DOM half of an article's analysis: everything but what the packs say. */
export interface PreparedAnalysis {
  analysis: Analysis;
  /** Null when the page has no article root: there is nothing to match. */
  input: PageText | null;
}

/** Metadata, hiding plan and the text to match, for a detected article. Reads the document; no packs. */
export function prepareAnalysis(doc: Document, detection: Detection, options: Omit<AnalyzeOptions, 'packs'>): PreparedAnalysis {
  const { article, root, jsonLd } = detection;
  const timings = { ...detection.timings };
  const lap = lapsInto(timings, detection.lapStart);
  const empty: PageReport = {
    article,
    meta: { title: null, lang: null, published: null, modified: null, outlet: null },
    hidden: [],
    refused: [],
    notes: [],
    labels: [],
    translations: [],
    timings,
  };
  if (!root) return { analysis: { report: empty, plan: { items: [], refused: [] }, root: null, text: null, spans: new Map() }, input: null };

  const meta = readMetadata(doc, jsonLd, root, options.url);
  lap('metadata');

  const plan = planHiding({ doc, root, level: options.level ?? 'section', rules: options.rules });
  lap('declutter');

  const hidden = new Set(plan.items.map((i) => i.element));
  const text = walkText(root, (el) => hidden.has(el));
  const input: PageText = {
    text: text.text,
    before: bannerText(doc, root, hidden),
    published: meta.published,
    outlet: meta.outlet,
    url: options.url,
    today: options.now.toISOString().slice(0, 10),
  };
  lap('text');

  const report: PageReport = { ...empty, meta, hidden: hiddenReport(plan.items), refused: refusedReport(plan.refused) };
  return { analysis: { report, plan, root, text, spans: new Map() }, input };
}

/** The pack half: matches, labels and notes of a page's text. Pure data in and out; no DOM. */
export function annotateText(packs: CompiledPacks, input: PageText): TextAnnotations {
  const timings: Record<string, number> = {};
  const lap = lapsInto(timings, globalThis.performance.now());
  const prepared = prepareText(input.text);
  const { matches, anchors } = findMatchesAndAnchors(packs, prepared);
  lap('match');

  const grammar = packs.labels;
  const recognised = grammar
    ? [
        ...recogniseLabels({ text: input.text, anchors, mentions: matches.filter((m) => m.kind === 'entry'), grammar }),
        ...bannersIn(input.before, packs),
      ]
    : [];
  lap('labels');
  const { notes, labels, spans } = buildNotes({
    text: input.text,
    matches,
    compiled: packs,
    published: input.published,
    today: input.today,
    recognised,
    outlet: outletOf(packs, input.outlet, input.url),
  });
  const translated = buildTranslationNotes({ text: input.text, folded: prepared.folded, matches, compiled: packs });
  for (const [id, list] of translated.spans) spans.set(id, list);
  lap('notes');
  return { notes, labels, translations: translated.translations, spans: [...spans], timings };
}

/**
 * Comment widgets that arrived after the analysis (a Disqus thread injected late): plans the page again and
 * returns the analysis with what is new added to its plan and report (ids continue the report's), and the
 * items to hide now. New means neither already planned nor inside a planned item; every new refusal is kept.
 */
export function replanHiding(
  analysis: Analysis,
  doc: Document,
  options: Pick<AnalyzeOptions, 'level' | 'rules'>,
): { analysis: Analysis; added: HidePlan['items'] } {
  const { root, plan } = analysis;
  if (!root) return { analysis, added: [] };
  const next = planHiding({ doc, root, level: options.level ?? 'section', rules: options.rules });
  // contains() answers for the element itself too.
  const added = next.items.filter((i) => !plan.items.some((k) => k.element.contains(i.element)));
  const refusedBefore = new Set(plan.refused.map((r) => r.element));
  const refused = next.refused.filter((r) => !refusedBefore.has(r.element));
  if (!added.length && !refused.length) return { analysis, added };
  const report = {
    ...analysis.report,
    hidden: [...analysis.report.hidden, ...hiddenReport(added, plan.items.length)],
    refused: [...analysis.report.refused, ...refusedReport(refused)],
  };
  return { analysis: { ...analysis, report, plan: { items: [...plan.items, ...added], refused: [...plan.refused, ...refused] } }, added };
}

/** The report, from the DOM half and what the packs said. `waited`: time spent getting the annotations. */
export function finishAnalysis(prepared: PreparedAnalysis, annotations: TextAnnotations | null, waited?: number): Analysis {
  const { analysis } = prepared;
  if (!annotations) return analysis;
  const timings = { ...analysis.report.timings, ...annotations.timings };
  if (waited !== undefined) timings.annotate = roundMs(waited);
  return {
    ...analysis,
    report: { ...analysis.report, notes: annotations.notes, labels: annotations.labels, translations: annotations.translations, timings },
    spans: new Map(annotations.spans),
  };
}

/** The rest of the pipeline, for a detected article, with the packs in hand: metadata, hiding plan, matching, notes. */
export function completeAnalysis(doc: Document, detection: Detection, options: AnalyzeOptions): Analysis {
  const prepared = prepareAnalysis(doc, detection, options);
  return finishAnalysis(prepared, prepared.input && annotateText(options.packs, prepared.input));
}

/**
 * Every banner wording names a foreign agent ("иностранного агента", "FOREIGN AGENT"). Literal alternatives
 * in the cases banners are printed in, without the slower case-insensitive Unicode matching.
 */
const MAY_HOLD_BANNER = /иностранн|Иностранн|ИНОСТРАНН|иноагент|ИНОАГЕНТ|oreign agent|OREIGN AGENT/;

/**
 * Statutory banners printed above the article body ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО…" over the
 * headline): the page's text before the article, when it may hold one; null otherwise (nearly all pages).
 */
function bannerText(doc: Document, root: Element, hidden: Set<Element>): string | null {
  const body = doc.body;
  if (!body || root === body) return null;
  // Pages without the words stop after one native read of the text before the article.
  if (!MAY_HOLD_BANNER.test(textBefore(root, body))) return null;
  const after = new Set<Element>();
  for (let el: Element | null = root; el && el !== body; el = el.parentElement)
    for (let s = el.nextElementSibling; s; s = s.nextElementSibling) after.add(s);
  // Only the text before the article is read for banners: the article and what follows it are skipped.
  const around = walkText(body, (el) => el === root || after.has(el) || hidden.has(el)).text;
  return around.trim() ? around : null;
}

/** The banners in the text before the article: labels outside it, about the outlet or the agent they name. */
function bannersIn(before: string | null, packs: CompiledPacks): RecognisedLabel[] {
  if (!before || !packs.labels) return [];
  const { matches, anchors } = findMatchesAndAnchors(packs, prepareText(before));
  return recogniseLabels({
    text: before,
    anchors,
    mentions: matches.filter((m) => m.kind === 'entry'),
    grammar: packs.labels,
    bannersOnly: true,
  }).map((r) => ({ ...r, outside: true }));
}

/**
 * The text before `root` inside `body` (the earlier siblings of it and of its ancestors, scripts and styles left
 * out): the law puts the banner before the material, and the page after the article (comments, footers, the
 * scripts many sites put last) is often larger than the article itself.
 */
function textBefore(root: Element, body: Element): string {
  let text = '';
  for (let el: Element | null = root; el && el !== body; el = el.parentElement)
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (!NOT_TEXT.has(s.tagName)) text += s.textContent ?? '';
  return text;
}

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'script', 'style', 'noscript', 'template']);

/** The outlet a banner speaks of: the page's site name (else its host), and the pack entry that names it. */
function outletOf(packs: CompiledPacks, outlet: string | null, url: string | undefined): { name: string; ref?: string } | null {
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') || null : null;
  } catch {
    host = null;
  }
  const name = outlet ?? host;
  if (!name) return null;
  for (const candidate of [outlet, host]) {
    if (!candidate) continue;
    const m = findMatches(packs, prepareText(candidate)).find((x) => x.kind === 'entry' && x.end - x.start >= candidate.length / 2);
    if (m) return { name, ref: m.ref };
  }
  return { name };
}
