// A long selector list (every comment system's containers, say) tested against many elements costs a full
// selector match per element per selector. Most selectors are keyed on something an element either has or
// lacks: an id, a class, a tag, an attribute. This index reads, for each selector of the list, the key of its
// rightmost compound (the part the element itself must match), so that one cheap look at an element's id,
// classes and tag rules out almost every element; only the few that pass are matched for real. The answer is
// always exactly Element.matches(list): the index only skips elements that cannot match. Attribute values
// are compared without case (HTML compares some attributes so, and [a="v" i] asks for it); ids and classes
// with case, as in standards mode, and without case on a page in quirks mode (the caller says which).
// (uBlock Origin keys its generic cosmetic filters by id and class the same way.)

interface Keys {
  ids: Set<string>;
  idPrefixes: string[];
  classes: Set<string>;
  tags: Set<string>;
  /** [attr="value"]: attribute name -> values. */
  attrValues: Map<string, Set<string>>;
  /** [attr] with any other test: the attribute must be there. */
  attrs: Set<string>;
  /** A selector without a usable key (e.g. only a pseudo-class): every element must be matched for real. */
  always: boolean;
}

export class SelectorIndex {
  private readonly keys: Keys = {
    ids: new Set(), idPrefixes: [], classes: new Set(), tags: new Set(), attrValues: new Map(), attrs: new Set(), always: false,
  };

  /** The id and class keys in lower case, for pages in quirks mode. */
  private readonly folded: { ids: Set<string>; idPrefixes: string[]; classes: Set<string> };

  constructor(readonly selector: string) {
    for (const s of splitList(selector)) addKey(this.keys, rightmostCompound(s));
    const lower = (xs: Iterable<string>) => [...xs].map((x) => x.toLowerCase());
    this.folded = { ids: new Set(lower(this.keys.ids)), idPrefixes: lower(this.keys.idPrefixes), classes: new Set(lower(this.keys.classes)) };
  }

  /**
   * False when the element cannot match any selector of the list. `quirks`: the element's document is in
   * quirks mode, where ids and classes compare without case.
   */
  mayMatch(el: Element, quirks = false, tag = el.localName): boolean {
    const k = this.keys;
    if (k.always) return true;
    if (k.tags.has(tag)) return true;
    // Most wrappers around paragraphs carry no attribute at all: one call answers for them.
    if (!el.hasAttributes()) return false;
    const keyed = quirks ? this.folded : k;
    const id = quirks ? el.id.toLowerCase() : el.id;
    if (id && (keyed.ids.has(id) || keyed.idPrefixes.some((p) => id.startsWith(p)))) return true;
    const cls = classOf(el);
    if (cls && this.classHit(cls, quirks)) return true;
    // Attribute keys last, and only on elements with attributes other than id and class.
    if (!k.attrs.size && !k.attrValues.size) return false;
    // One call for the element's attribute names, rather than one per keyed name.
    const names = el.getAttributeNames();
    if (names.length <= (id ? 1 : 0) + (cls !== null ? 1 : 0)) return false;
    for (const a of names) {
      if (k.attrs.has(a)) return true;
      const values = k.attrValues.get(a);
      if (values?.has(el.getAttribute(a)!.toLowerCase())) return true;
    }
    return false;
  }

  /**
   * Whether a class attribute names a keyed class: one string read instead of the element's class list, cut at
   * its spaces in place (a split would make an array for every element looked at).
   */
  private classHit(cls: string, quirks: boolean): boolean {
    const classes = quirks ? this.folded.classes : this.keys.classes;
    const names = quirks ? cls.toLowerCase() : cls;
    if (OTHER_SPACE.test(names)) {
      for (const c of names.split(CLASS_SEPARATOR)) if (c && classes.has(c)) return true;
      return false;
    }
    for (let start = 0, end = 0; start < names.length; start = end + 1) {
      end = names.indexOf(' ', start);
      if (end < 0) end = names.length;
      if (end > start && classes.has(names.slice(start, end))) return true;
    }
    return false;
  }

  /** Element.closest(list); `quirks` as for mayMatch. */
  closest(el: Element, quirks = false): Element | null {
    for (let e: Element | null = el; e; e = e.parentElement) if (this.matches(e, quirks)) return e;
    return null;
  }

  /** Element.matches(list); `quirks` as for mayMatch; `tag`, the element's local name when the caller has it. */
  matches(el: Element, quirks = false, tag = el.localName): boolean {
    return !!this.selector && this.mayMatch(el, quirks, tag) && engineMatches(el, this.selector);
  }
}

/** Element.matches(list), asked of the engine; a list it cannot parse matches nothing. */
function engineMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** What separates the names of a class attribute (HTML's ASCII white space), and that space besides ' '. */
const CLASS_SEPARATOR = /[ \t\n\f\r]+/;
const OTHER_SPACE = /[\t\n\f\r]/;

/**
 * The class attribute, or null when it names no class: the reflected className of HTML elements (cheaper than
 * getAttribute), the attribute itself for SVG ones (whose className is an object).
 */
function classOf(el: Element): string | null {
  const name = (el as HTMLElement).className;
  return typeof name === 'string' ? name || null : el.getAttribute('class');
}

/** What the scan asks of a selector list: the index's answers, or the engine's own. */
export type ListMatcher = Pick<SelectorIndex, 'matches' | 'closest'>;

/** Element.matches and Element.closest of a list, asked of the engine (a list that throws matches nothing). */
function engineMatcher(selector: string): ListMatcher {
  return {
    matches: (el) => engineMatches(el, selector),
    closest: (el) => {
      try {
        return el.closest(selector);
      } catch {
        return null;
      }
    },
  };
}

/** Per list: null once the engine has answered a first pass, then the list's index. */
const cache = new Map<string, SelectorIndex | null>();

/**
 * The matcher of a selector list. The first pass over a page asks the engine: the code is cold then, and
 * building the index would cost more than the engine's matching of the ancestors one pass tests (measured in
 * Chromium: a page's first detection took 4.1 ms instead of 5.7). Most pages are detected once; from a
 * second pass on (late pages, single-page navigation, the benchmark's repeated runs) the index is built once
 * and kept, the lists being the same on every page.
 */
export function selectorIndex(selector: string): ListMatcher {
  const index = cache.get(selector);
  if (index) return index;
  if (index === undefined) {
    if (cache.size > 8) cache.clear();
    cache.set(selector, null);
    return engineMatcher(selector);
  }
  const built = new SelectorIndex(selector);
  cache.set(selector, built);
  return built;
}

// Character codes: the scans compare numbers, not one-character strings.
const code = (c: string) => c.charCodeAt(0);
const BACKSLASH = code('\\');
const DOUBLE_QUOTE = code('"');
const SINGLE_QUOTE = code("'");
const OPEN_PAREN = code('(');
const CLOSE_PAREN = code(')');
const OPEN_BRACKET = code('[');
const CLOSE_BRACKET = code(']');
const COMMA = code(',');

/**
 * Positions of the characters of a selector that stand at its top level (outside quotes, brackets and
 * parentheses, escapes skipped) and pass `at`: the one scan that splitting a list and finding the last
 * compound both need.
 */
function topLevel(selector: string, at: (c: number) => boolean): number[] {
  const found: number[] = [];
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) quote = c;
    else if (c === OPEN_PAREN || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_PAREN || c === CLOSE_BRACKET) depth--;
    else if (depth === 0 && at(c)) found.push(i);
  }
  return found;
}

/** Splits a selector list at its top-level commas. */
export function splitList(list: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const comma of topLevel(list, (c) => c === COMMA)) {
    out.push(list.slice(start, comma).trim());
    start = comma + 1;
  }
  out.push(list.slice(start).trim());
  return out.filter(Boolean);
}

const COMBINATORS = new Set(Array.from(' >+~\t\n', code));

/** The last compound of a complex selector: "#a .b > div.c" -> "div.c". */
export function rightmostCompound(selector: string): string {
  if (!/[\s>+~]/.test(selector)) return selector;
  const last = topLevel(selector, (c) => COMBINATORS.has(c)).pop();
  return selector.slice(last === undefined ? 0 : last + 1).trim();
}

/** An identifier (with escapes) where the last index is set: read in place, without slicing the compound. */
const IDENT = /(?:\\.|[\w\u00a0-\uffff-])+/y;

function ident(s: string, at = 0): [string, number] {
  IDENT.lastIndex = at;
  const m = IDENT.exec(s);
  if (!m) return ['', 0];
  return [m[0].includes('\\') ? m[0].replace(/\\(.)/g, '$1') : m[0], m[0].length];
}

const SIMPLE = /^([#.]?)([a-zA-Z_][\w-]*)$/;

/**
 * Adds the most selective key of a compound: id, class, id prefix, attribute value, tag (unless a common one
 * beside an attribute), attribute name.
 */
function addKey(keys: Keys, compound: string): void {
  // Most selectors of the lists are a bare id, class or tag: one expression answers for them. The index is
  // built on a page's second detection, often while the code is still cold.
  const simple = SIMPLE.exec(compound);
  if (simple) {
    const [, sigil, name] = simple;
    if (sigil === '#') keys.ids.add(name!);
    else if (sigil === '.') keys.classes.add(name!);
    else keys.tags.add(name!.toLowerCase());
    return;
  }
  let id = '';
  let idPrefix = '';
  let cls = '';
  let attr = '';
  let attrValue: [string, string] | null = null;
  let tag = '';
  let unkeyed = false;
  let i = 0;
  const [t, tn] = ident(compound);
  if (tn) {
    tag = t.toLowerCase();
    i = tn;
  } else if (compound[0] === '*') i = 1;
  while (i < compound.length) {
    const c = compound[i]!;
    if (c === '#' || c === '.') {
      const [name, n] = ident(compound, i + 1);
      if (c === '#' && !id) id = name;
      if (c === '.' && !cls) cls = name;
      i += 1 + n;
      if (!n) break;
    } else if (c === '[') {
      const end = closing(compound, i, '[', ']');
      const body = compound.slice(i + 1, end).trim();
      const m = /^((?:\\.|[\w-])+)\s*([~|^$*]?=)?\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*))?\s*([iIsS])?\s*$/.exec(body);
      if (m) {
        const name = m[1]!.replace(/\\(.)/g, '$1').toLowerCase();
        const value = m[3] ?? m[4] ?? m[5] ?? '';
        // [a="x" i] compares without case: only the attribute's presence is a safe key, and for id and class
        // not even that (mayMatch rules out elements with no other attributes before it looks at names).
        if (m[6] && /[iI]/.test(m[6])) {
          if (name === 'id' || name === 'class') unkeyed = true;
          else if (!attr) attr = name;
        } else if (name === 'id' && m[2] === '=' && !id) id = value;
        else if (name === 'id' && m[2] === '^=' && value && !idPrefix) idPrefix = value;
        else if (name === 'class' && m[2] === '~=' && !cls) cls = value;
        else if (name !== 'id' && name !== 'class' && m[2] === '=' && !attrValue) attrValue = [name, value];
        else if (name !== 'id' && name !== 'class' && !attr) attr = name;
      }
      i = end + 1;
    } else if (c === ':') {
      // A pseudo-class or pseudo-element: skip its name and any argument.
      let j = i + 1;
      if (compound[j] === ':') j++;
      const [, n] = ident(compound, j);
      j += n;
      if (compound[j] === '(') j = closing(compound, j, '(', ')') + 1;
      i = j;
    } else {
      i++;
    }
  }
  if (unkeyed) keys.always = true;
  else if (id) keys.ids.add(id);
  else if (cls) keys.classes.add(cls);
  else if (idPrefix) keys.idPrefixes.push(idPrefix);
  else if (attrValue) {
    const values = keys.attrValues.get(attrValue[0]) ?? new Set<string>();
    values.add(attrValue[1].toLowerCase());
    keys.attrValues.set(attrValue[0], values);
  } else if (tag && !(attr && COMMON_TAGS.has(tag))) keys.tags.add(tag);
  else if (attr) keys.attrs.add(attr);
  else if (tag) keys.tags.add(tag);
  else keys.always = true;
}

/**
 * Tags too common to key on when the compound also names an attribute: keyed on "div", every div of the
 * page would be matched against the whole list ("div[data-network$=x][data-article-id]").
 */
const COMMON_TAGS = new Set(['div', 'span', 'section', 'a', 'p', 'li', 'ul', 'ol', 'img', 'main', 'article', 'aside']);

function closing(s: string, from: number, open: string, close: string): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return s.length;
}
