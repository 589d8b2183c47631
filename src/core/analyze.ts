import { detectArticle } from './article/detect';
import { readJsonLd } from './article/jsonld';
import { readMetadata } from './article/metadata';
import { findArticleRoot } from './article/root';
import { COMMENT_SYSTEMS, type CommentSystem } from './declutter/comment-systems';
import type { UserRule } from './declutter/cosmetic-filter';
import { commentContainerSelector, type HideLevel, type HidePlan, planHiding } from './declutter/plan';
import { RESIDUE_PHRASES, type ResiduePhraseSet } from './declutter/residue-phrases';
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
  systems?: CommentSystem[];
  phrases?: ResiduePhraseSet[];
  /** The user's hiding rules that apply to this page (userRulesFor in declutter/cosmetic-filter.ts). */
  userRules?: UserRule[];
}

export interface Analysis {
  report: PageReport;
  plan: HidePlan;
  root: Element | null;
  text: TextIndex | null;
  /** Note id -> spans in text.text of its mentions and linked labels. */
  spans: Map<string, { start: number; end: number }[]>;
}

export function analyzePage(doc: Document, options: AnalyzeOptions): PageReport {
  return analyzeDocument(doc, options).report;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions): Analysis {
  return completeAnalysis(doc, detectPage(doc, options), options);
}

/** The report's lines for hidden items, numbered from `firstId` (the ids the sidebar's Show buttons use). */
export function hiddenReport(items: HidePlan['items'], firstId = 0): PageReport['hidden'] {
  return items.map((i, n) => ({ id: firstId + n, system: i.system, source: i.source, text: i.text, chars: i.chars }));
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

export function detectPage(doc: Document, options: Pick<AnalyzeOptions, 'url' | 'forceArticle' | 'systems'>): Detection {
  const start = globalThis.performance.now();
  const commentSelector = commentContainerSelector(options.systems ?? COMMENT_SYSTEMS, doc);
  const jsonLd = readJsonLd(doc);
  const verdict = detectArticle(doc, { url: options.url, jsonLd, commentSelector });
  let root = verdict.root;
  if (!verdict.isArticle && options.forceArticle) root = findArticleRoot(doc, commentSelector).root ?? doc.body;
  const end = globalThis.performance.now();
  return {
    article: { isArticle: verdict.isArticle, confidence: verdict.confidence, signals: verdict.signals },
    root,
    jsonLd,
    timings: { detect: Math.round((end - start) * 100) / 100 },
    lapStart: end,
  };
}

/** The rest of the pipeline, for a detected article: metadata, hiding plan, matching, notes. */
export function completeAnalysis(doc: Document, detection: Detection, options: AnalyzeOptions): Analysis {
  const systems = options.systems ?? COMMENT_SYSTEMS;
  const { article, root, jsonLd } = detection;
  const timings = { ...detection.timings };
  const clock = globalThis.performance;
  let t = detection.lapStart;
  const lap = (name: string) => {
    const n = clock.now();
    timings[name] = Math.round((n - t) * 100) / 100;
    t = n;
  };
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
  if (!root) return { report: empty, plan: { items: [], refused: [] }, root: null, text: null, spans: new Map() };

  const meta = readMetadata(doc, jsonLd, root, options.url);
  lap('metadata');

  const plan = planHiding({
    doc,
    root,
    level: options.level ?? 'section',
    systems,
    phrases: options.phrases ?? RESIDUE_PHRASES,
    userRules: options.userRules,
  });
  lap('declutter');

  const hidden = new Set(plan.items.map((i) => i.element));
  const text = walkText(root, (el) => hidden.has(el));
  const { packs } = options;
  const prepared = prepareText(text.text);
  const { matches, anchors } = findMatchesAndAnchors(packs, prepared);
  lap('match');

  const grammar = packs.labels;
  const recognised = grammar
    ? [
        ...recogniseLabels({ text: text.text, anchors, mentions: matches.filter((m) => m.kind === 'entry'), grammar }),
        ...bannersAround(doc, root, hidden, packs),
      ]
    : [];
  lap('labels');
  const { notes, labels, spans } = buildNotes({
    text: text.text,
    matches,
    compiled: packs,
    published: meta.published,
    today: options.now.toISOString().slice(0, 10),
    recognised,
    outlet: outletOf(packs, meta.outlet, options.url),
  });
  const translated = buildTranslationNotes({ text: text.text, folded: prepared.folded, matches, compiled: packs });
  for (const [id, list] of translated.spans) spans.set(id, list);
  lap('notes');

  const report: PageReport = {
    article,
    meta,
    hidden: hiddenReport(plan.items),
    refused: refusedReport(plan.refused),
    notes,
    labels,
    translations: translated.translations,
    timings,
  };
  return { report, plan, root, text, spans };
}

/**
 * Every banner wording names a foreign agent ("иностранного агента", "FOREIGN AGENT"). Literal alternatives
 * in the cases banners are printed in, without the slower case-insensitive Unicode matching.
 */
const MAY_HOLD_BANNER = /иностранн|Иностранн|ИНОСТРАНН|иноагент|ИНОАГЕНТ|oreign agent|OREIGN AGENT/;

/**
 * Statutory banners printed above the article body ("ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО…" over the
 * headline): the page before the article is read for them, and only for them.
 */
function bannersAround(doc: Document, root: Element, hidden: Set<Element>, packs: CompiledPacks): RecognisedLabel[] {
  const body = doc.body;
  if (!body || root === body || !packs.labels) return [];
  // Pages without the words (nearly all) stop after one native read of the text before the article.
  if (!MAY_HOLD_BANNER.test(textBefore(root, body))) return [];
  const after = new Set<Element>();
  for (let el: Element | null = root; el && el !== body; el = el.parentElement)
    for (let s = el.nextElementSibling; s; s = s.nextElementSibling) after.add(s);
  // Only the text before the article is read for banners: the article and what follows it are skipped.
  const around = walkText(body, (el) => el === root || after.has(el) || hidden.has(el));
  if (!around.text.trim()) return [];
  const { matches, anchors } = findMatchesAndAnchors(packs, prepareText(around.text));
  return recogniseLabels({
    text: around.text,
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
