// One walk over the article's text nodes into a single string, with a map back to the nodes, so that
// matches found in the string become DOM ranges. Block boundaries become "\n" so sentences and words
// never run together across paragraphs.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'BUTTON']);
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'INS', 'DEL',
]);

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the joined text. */
  start: number;
}

export interface TextIndex {
  text: string;
  segments: TextSegment[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export function walkText(root: Element, skip?: (el: Element) => boolean): TextIndex {
  const doc = root.ownerDocument;
  const segments: TextSegment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  // A <br> separates lines like a block boundary does: words on either side must not run together.
  let lineBreak = false;
  // No filter callback: the DOM calls none back (faster, and it works where page scripts are disabled).
  const walker = doc.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  /** The node after `el`'s subtree, within root. */
  const pastSubtree = (el: Node): Node | null => {
    walker.currentNode = el;
    for (;;) {
      const next = walker.nextSibling();
      if (next) return next;
      if (!walker.parentNode()) return null;
    }
  };
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === 1) {
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        lineBreak = true;
        n = pastSubtree(el);
      } else if (SKIP.has(tag) || skip?.(el)) {
        n = pastSubtree(el);
      } else {
        n = walker.nextNode();
      }
      continue;
    }
    const t = n as Text;
    n = walker.nextNode();
    if (!t.data) continue;
    const block = blockOf(t, root);
    if (lastBlock && (block !== lastBlock || lineBreak)) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    lineBreak = false;
    segments.push({ node: t, start: length });
    parts.push(t.data);
    length += t.data.length;
  }
  return { text: parts.join(''), segments };
}

function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root;
}

/** The DOM point at a joined-text offset; an offset at a block break maps to the next node's start. */
export function pointAt(index: TextIndex, offset: number, preferEnd = false): DomPoint | null {
  const segs = index.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= offset - (preferEnd ? 1 : 0)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo];
  if (!seg) return null;
  return { node: seg.node, offset: Math.min(Math.max(offset - seg.start, 0), seg.node.data.length) };
}

/** A DOM range over joined-text offsets [start, end), for scrolling to and highlighting a mention. */
export function rangeFor(index: TextIndex, start: number, end: number): Range | null {
  const from = pointAt(index, start);
  const to = pointAt(index, end, true);
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
