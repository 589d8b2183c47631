import { Window } from 'happy-dom';
import { type DefaultTreeAdapterMap, parse, serialize } from 'parse5';

// The CLI's DOM: happy-dom over parse5's tree, chosen on evidence (README, "The command line"): on every page of
// the shared corpora it gives the engine what Chromium gives (npm run eval:node-dom), at about a third of jsdom's
// time. Nothing a page holds runs or loads: no scripts, no style sheets, no frames, no requests.

const SILENT = new Proxy({}, { get: () => () => undefined }) as Console;
/** The window's address when the page gives none: relative links resolve against it, and nothing is fetched. */
const NO_ADDRESS = 'https://saved-page.invalid/';

/**
 * Parses saved HTML into a Document. Without a URL the engine must be given none either (pass the page's own
 * address as AnalyzeOptions.url, or 'about:blank': a made-up "https://host/" would read as a home page and count
 * against the article). `close` frees the page's window.
 */
export function parseHtml(html: string, url = NO_ADDRESS): { doc: Document; close: () => Promise<void> } {
  const window = new Window({
    url,
    console: SILENT,
    settings: {
      // happy-dom fetches some resources even of a parsed document (<link rel="preload" as="fetch">): every
      // request is answered here, empty, so a saved page never reaches the network.
      fetch: { interceptor: { beforeAsyncRequest: async ({ window: w }) => new w.Response(null, { status: 204 }) } },
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  // The tree a browser builds: parse5 follows the HTML standard's parser (misnested tags, a head closed by stray
  // text, tables); its serialisation is markup that happy-dom's own parser then reads as that same tree.
  const doc = new window.DOMParser().parseFromString(serialize(readableByHappyDom(parse(html))), 'text/html') as unknown as Document;
  // A browser parses <noscript> as raw text when scripts may run, as they may where the extension runs; happy-dom
  // parses it as markup. Its content becomes the one text node the browser would hold.
  for (const el of Array.from(doc.querySelectorAll('noscript'))) el.textContent = el.innerHTML;
  // A window holds every document it parsed until it is closed, and closing finishes on a later turn of the event
  // loop: a run over many pages awaits it page by page (without, 130 pages took 2 GB; with, about 50 MB).
  return { doc, close: () => window.happyDOM.close() };
}

type Node = DefaultTreeAdapterMap['node'];
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Makes the tree one that happy-dom's parser reads back as it is: an SVG <style> is renamed, since happy-dom reads
 * the rest of the page into it (cnet's icons did). The engine's tag tests are of HTML elements, so a neutral name
 * for an SVG element changes no answer.
 */
function readableByHappyDom<T extends Node>(node: T): T {
  const stack: Node[] = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if ('attrs' in n && n.namespaceURI === SVG_NS && n.nodeName === 'style') n.nodeName = n.tagName = 'rc-svg-style';
    if ('childNodes' in n) stack.push(...n.childNodes);
    if ('content' in n && n.content) stack.push(n.content);
  }
  return node;
}
