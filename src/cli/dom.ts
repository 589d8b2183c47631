import { JSDOM } from 'jsdom';

/** Parses saved HTML into a Document without running its scripts or loading anything. */
export function parseHtml(html: string, url = 'https://example.invalid/'): Document {
  return new JSDOM(html, { url, contentType: 'text/html' }).window.document;
}
