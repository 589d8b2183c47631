// The measures of the real-Chromium benchmark: each is a function run on the page's live document, inside the
// page (bundled with esbuild and injected). A measure must not change the document. Baselines are the
// yardsticks every other measure is divided by in the report.
//
// To add a measure, append it here (and, if it needs set-up per page, do that in `prepare`): the runner times
// every measure on every page, in the same run, and the report lists its median time and its ratios.
import { detectPage } from '../../src/core/analyze';
import { readMetadata } from '../../src/core/article/metadata';
import { bodyExclusion } from '../../src/core/article/root';
import { SelectorIndex } from '../../src/core/article/selector-index';
import { isProbablyReaderable } from '../../src/core/article/readerable';
import { COMMENT_SYSTEMS } from '../../src/core/declutter/comment-systems';
import { commentContainerSelector } from '../../src/core/declutter/plan';
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
  return detectPage(doc, { url: doc.URL }).article.isArticle ? 'articles' : 'other pages';
}

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
    description:
      'detectPage(document), what the content script runs on every page: the comment-container selector (built on the first call), the JSON-LD read and detectArticle',
    run: (doc) => detectPage(doc, { url: doc.URL }).article.isArticle,
  },
  {
    name: 'detect-setup',
    description:
      "building the index of the containers whose paragraphs are not body text: a page's second detection does it (the first asks the engine) and keeps it, so it is not in detect",
    prepare: (doc) => bodyExclusion(commentContainerSelector(COMMENT_SYSTEMS, doc)),
    run: (_doc, selector) => new SelectorIndex(selector as string),
  },
  {
    name: 'detect+meta',
    description: 'detect, then readMetadata on its root',
    run: (doc) => {
      const d = detectPage(doc, { url: doc.URL });
      return readMetadata(doc, d.jsonLd, d.root, doc.URL).title;
    },
  },
  ...DECLUTTER_MEASURES,
];
