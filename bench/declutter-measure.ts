// Declutter measures for the real-Chromium benchmark (bench/chromium/measures.ts lists them): planning and
// applying the hiding on a page, against Readability's parse of the same page. Shaped like the benchmark's
// Measure; each leaves the document as it found it.
import { Readability } from '@mozilla/readability';
import { detectPage } from '../src/core/analyze';
import { planHiding } from '../src/core/declutter/plan';
import { type CompiledRules, compileRules } from '../src/core/declutter/rules';
import { HiddenElements } from '../src/extension/hiding';
import type { Measure } from './chromium/measures';

/** The compiled rules and the article root the extension would use on this page (as on a site set to Always), made untimed. */
function prepared(doc: Document): { rules: CompiledRules; root: Element | null } {
  const rules = compileRules(doc);
  return { rules, root: detectPage(doc, { url: doc.URL, forceArticle: true, rules }).root ?? doc.body };
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
    description: 'planHiding (built-in rules, residue phrases, guard; section level) + applying the plan and undoing it (HiddenElements); the rules are compiled and the article root found untimed',
    prepare: (doc) => prepared(doc),
    run: (doc, input) => {
      const { rules, root } = input as ReturnType<typeof prepared>;
      const plan = planHiding({ doc, root, level: 'section', rules });
      const hidden = new HiddenElements();
      hidden.apply(plan.items);
      hidden.restoreAll();
      return plan.items.length;
    },
  },
];
