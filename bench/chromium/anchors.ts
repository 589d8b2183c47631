// The yardsticks alone, for the extension benchmark's first runs: a small bundle, so that injecting it into a
// fresh page costs little and compiles no packs (the corpus benchmark's in-page.ts bundles every measure).
import { Readability } from '@mozilla/readability';
import { isProbablyReaderable } from '../../src/core/article/readerable';

const anchors = {
  /** Milliseconds of the first isProbablyReaderable(document) on this page. */
  readerable(): number {
    const t0 = performance.now();
    isProbablyReaderable(document);
    return performance.now() - t0;
  },
  /** Milliseconds of the first Readability parse of a clone of the document (clone included). */
  readability(): number {
    const t0 = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - t0;
  },
};
export type RcAnchors = typeof anchors;
(globalThis as unknown as { __rcAnchors: RcAnchors }).__rcAnchors = anchors;
