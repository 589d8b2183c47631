import { JSDOM } from 'jsdom';

/**
 * Parses saved HTML into a Document without running its scripts or loading anything. Without a URL the
 * document is about:blank, which gives the detector no URL signal (a made-up "https://host/" would read as
 * a home page and count against the article).
 */
export function parseHtml(html: string, url = 'about:blank'): Document {
  return new JSDOM(html, { url, contentType: 'text/html' }).window.document;
}
