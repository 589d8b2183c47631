import { detectPage, prepareAnalysis } from '../../src/core/analyze';
import { compileRules } from '../../src/core/declutter/rules';

// What the engine reads from a page's DOM, before any pack: the verdict and its signals, the metadata, the
// hiding plan and the text it would match. Everything the packs add is computed from this alone (plain data),
// so when two DOMs agree on it they agree on the whole report. Runs in Node and, bundled, inside Chromium.

export function domHalf(doc: Document, url: string): unknown {
  const rules = compileRules(doc);
  const detection = detectPage(doc, { url, rules });
  const { article } = detection;
  // The signals' names and directions, not their exact shares: continuous features (link and prose shares) read
  // text lengths, and the two DOMs keep a few characters of white space differently.
  const verdict = { isArticle: article.isArticle, signals: article.signals.map((s) => `${s.name} ${Math.sign(s.weight)}`).sort() };
  if (!detection.root) return { verdict };
  const { analysis, input } = prepareAnalysis(doc, detection, { url, now: new Date('2026-12-01T12:00:00Z'), rules, level: 'section' });
  const { meta, hidden, refused } = analysis.report;
  return {
    verdict,
    meta,
    hidden: hidden.map((h) => `${h.system} ${h.source} ${h.chars} ${h.text}`),
    refused: refused.map((r) => `${r.system} ${r.reason}`),
    text: input && { length: input.text.length, hash: hash(input.text), start: input.text.slice(0, 60), before: input.before },
  };
}

/** FNV-1a over the UTF-16 code units: equal texts, equal numbers. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

(globalThis as unknown as { __rcDomHalf: typeof domHalf }).__rcDomHalf = domHalf;
