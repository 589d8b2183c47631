import { Window } from 'happy-dom';

// The CLI's DOM: happy-dom, chosen on evidence (README, "Command line"): over the shared Readability corpus it
// gives the engine the answers Chromium gives, at about a third of jsdom's time. Nothing a page holds runs or
// loads: no scripts, no style sheets, no frames, no requests.

const SILENT = new Proxy({}, { get: () => () => undefined }) as Console;

/**
 * Parses saved HTML into a Document. Without a URL the document is about:blank, which gives the detector no URL
 * signal (a made-up "https://host/" would read as a home page and count against the article). `close` frees the
 * page's window.
 */
export function parseHtml(html: string, url = 'about:blank'): { doc: Document; close: () => void } {
  const window = new Window({
    url,
    console: SILENT,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  window.document.write(html);
  return { doc: window.document as unknown as Document, close: () => void window.happyDOM.close() };
}
