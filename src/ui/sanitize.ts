import DOMPurify from 'dompurify';

// Text from packs may carry a little inline HTML. It is always cleaned to this allowlist and built as DOM
// nodes (never assigned as HTML); links must be https and open in a new tab without an opener.

const ALLOWED_TAGS = ['a', 'em', 'strong', 'i', 'b', 'cite', 'q', 'abbr', 'code', 'br'];
const ALLOWED_ATTR = ['href', 'title'];

let hooked = false;

export function sanitizeInline(html: string, doc: Document = document): DocumentFragment {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href') ?? '';
        if (!/^https:\/\//i.test(href)) node.removeAttribute('href');
        else {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer');
        }
      }
    });
    hooked = true;
  }
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment;
  return doc.importNode(fragment, true);
}
