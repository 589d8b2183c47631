// The extension's own frames (the sidebar): their arrival is no reason for the page watchers to act.
const OWN_FRAME = 'iframe[src^="chrome-extension:"], iframe[src^="moz-extension:"], iframe[src^="safari-web-extension:"]';

/** Whether an element is, or holds, a frame of an extension page. */
export function holdsExtensionFrame(el: Element): boolean {
  return el.matches(OWN_FRAME) || el.querySelector(OWN_FRAME) !== null;
}
