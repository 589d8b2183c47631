// Declutter measures for the real-Chromium benchmark (bench/chromium/measures.ts lists them): planning and
// applying the hiding on a page, against Readability's parse of the same page. Shaped like the benchmark's
// Measure; each leaves the document as it found it.
import { Readability } from '@mozilla/readability';
import { detectPage } from '../src/core/analyze';
import { COMMENT_SYSTEMS } from '../src/core/declutter/comment-systems';
import { planHiding } from '../src/core/declutter/plan';
import { RESIDUE_PHRASES } from '../src/core/declutter/residue-phrases';
import { HiddenElements } from '../src/extension/hiding';
import type { Measure } from './chromium/measures';

/** The article root the extension would use on this page (as on a site set to Always), found untimed. */
function rootOf(doc: Document): Element | null {
  return detectPage(doc, { url: doc.URL, forceArticle: true }).root ?? doc.body;
}

export const DECLUTTER_MEASURES: Measure[] = [
  {
    name: 'readability-parse',
    baseline: true,
    description: "Readability's parse() of a clone of the document (it changes what it reads, hence the clone)",
    run: (doc) => new Readability(doc.cloneNode(true) as Document).parse()?.length ?? 0,
  },
  {
    name: 'declutter',
    description: 'planHiding (built-in rules, residue phrases, guard; section level) + applying the plan and undoing it (HiddenElements); the article root is found untimed',
    prepare: (doc) => rootOf(doc),
    run: (doc, root) => {
      const plan = planHiding({ doc, root: root as Element | null, level: 'section', systems: COMMENT_SYSTEMS, phrases: RESIDUE_PHRASES });
      const hidden = new HiddenElements();
      hidden.apply(plan.items);
      hidden.restoreAll();
      return plan.items.length;
    },
  },
];
