// The measures of the real-Chromium benchmark: each is a function run on the page's live document, inside the
// page (bundled with esbuild and injected). A measure must not change the document. Baselines are the
// yardsticks every other measure is divided by in the report.
//
// To add a measure, append it here (and, if it needs set-up per page, do that in `prepare`): the runner times
// every measure on every page, in the same run, and the report lists its median time and its ratios.
import { analyzeDocument, detectPage } from '../../src/core/analyze';
import { recogniseLabels } from '../../src/core/labels/recognise';
import { compilePacks, findMatchesAndAnchors, prepareText } from '../../src/core/match/matcher';
import { walkText } from '../../src/core/match/text-walk';
import { SHIPPED_PACKS } from '../../src/extension/packs';
import { readMetadata } from '../../src/core/article/metadata';
import { isProbablyReaderable } from '../../src/core/article/readerable';
import { compileRules } from '../../src/core/declutter/rules';
import { DECLUTTER_MEASURES } from '../declutter-measure';

export interface Measure {
  name: string;
  /** A yardstick: the report gives every measure's ratio to each baseline. */
  baseline?: boolean;
  /** What it measures, for the report's legend. */
  description: string;
  /** Runs once per page before timing (outside the timed region); its result is passed to run. */
  prepare?: (doc: Document) => unknown;
  run: (doc: Document, prepared: unknown) => unknown;
}

/**
 * The page's group in the report: detection's cost matters most on the pages it turns away (every page a
 * user visits pays it; only articles go on to the rest of the analysis), so its ratios are also given apart
 * for pages judged articles and for the others.
 */
export function groupOf(doc: Document): string {
  return detectPage(doc, { url: doc.URL, rules: compileRules(doc) }).article.isArticle ? 'articles' : 'other pages';
}

/** Every shipped pack, compiled once for the bundle (a page view never pays this: it is not timed). */
const PACKS = compilePacks(SHIPPED_PACKS);
/** The same packs without label terms: no anchors, no recogniser (the pipeline as it was before it). */
const PACKS_WITHOUT_LABEL_TERMS = compilePacks(
  SHIPPED_PACKS.map((p) => ({ ...p, labels: p.labels.map(({ terms: _terms, ...l }) => ({ ...l, phrases: l.phrases ?? {} })) })),
);
const NOW = new Date('2026-12-01T12:00:00Z');

export const MEASURES: Measure[] = [
  {
    name: 'readerable',
    baseline: true,
    description: "Readability's isProbablyReaderable(document)",
    run: (doc) => isProbablyReaderable(doc),
  },
  {
    name: 'text-pass',
    baseline: true,
    description: 'a TreeWalker over every text node of the body, summing their lengths',
    run: (doc) => {
      let n = 0;
      const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) n += node.nodeValue!.length;
      return n;
    },
  },
  {
    name: 'detect',
    description: 'what the content script runs on every page: compileRules(document) (the built-in hiding rules, once per page view), then detectPage (the JSON-LD read and detectArticle)',
    run: (doc) => detectPage(doc, { url: doc.URL, rules: compileRules(doc) }).article.isArticle,
  },
  {
    name: 'compile-rules',
    description: "compileRules(document) alone: the built-in selectors checked by the page's parser, the lists detection and the planner read, the index of form strings (part of detect)",
    run: (doc) => compileRules(doc).systems.length,
  },
  {
    name: 'detect+meta',
    description: 'detect, then readMetadata on its root',
    run: (doc) => {
      const d = detectPage(doc, { url: doc.URL, rules: compileRules(doc) });
      return readMetadata(doc, d.jsonLd, d.root, doc.URL).title;
    },
  },
  ...DECLUTTER_MEASURES,
  {
    name: 'analyze',
    description: 'analyzeDocument with every shipped pack: the whole pipeline (detect, metadata, hiding plan, match, labels, notes)',
    run: (doc) => analyzeDocument(doc, { packs: PACKS, url: doc.URL, now: NOW }).report.notes.length,
  },
  {
    name: 'analyze-no-labels',
    description: "the same pipeline with packs compiled without label terms, so without the label recogniser: analyze / this is the recogniser's whole cost",
    run: (doc) => analyzeDocument(doc, { packs: PACKS_WITHOUT_LABEL_TERMS, url: doc.URL, now: NOW }).report.notes.length,
  },
  {
    name: 'labels',
    description: 'recogniseLabels alone over the walked article text, its matching done in prepare (only lines with a designation word are read)',
    prepare: (doc) => {
      const root = detectPage(doc, { url: doc.URL, rules: compileRules(doc) }).root;
      if (!root) return null;
      const text = walkText(root).text;
      const { matches, anchors } = findMatchesAndAnchors(PACKS, prepareText(text));
      return { text, anchors, mentions: matches.filter((m) => m.kind === 'entry') };
    },
    run: (_doc, prepared) => {
      if (!prepared) return 0;
      const p = prepared as { text: string; anchors: number[]; mentions: never[] };
      return recogniseLabels({ ...p, grammar: PACKS.labels! }).length;
    },
  },
];
