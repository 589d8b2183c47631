// User hiding rules: a documented subset of uBlock Origin's cosmetic filter syntax.
//
//   ! a comment                     lines starting with "!" (or "#" followed by a space) are ignored
//   ##.comments                     hide matches of a CSS selector on every site
//   example.com##.comments          only on example.com and its subdomains
//   a.com,b.org##.comments          on several sites; "~a.com" excludes a site: ~m.a.com,a.com##.x
//   example.com#@#.comments         exception: cancels the same selector on that site ("#@#sel" everywhere)
//   ##div.box:has-text(Comments)    only matches whose text contains "Comments" (plain text, case-sensitive;
//                                   several :has-text() must all match)
//
// No regular expressions: `:has-text(/re/)` is rejected with a reason, as are the other procedural and
// scriptlet forms (`:upward()`, `:xpath()`, `##+js()`, `##^`), network filters and `example.*` entities.
// A bad line gets an error naming its line number and reason; every other line still applies.
// Selectors are checked with querySelector on a scratch fragment, so an invalid selector never reaches
// the page; the rules' matches go through the same guard as the built-in rules.

export interface CosmeticRule {
  /** 1-based line in the text the rule came from. */
  line: number;
  /** Sites the rule is for (empty: every site). */
  include: string[];
  /** Sites the rule is not for (`~site`). */
  exclude: string[];
  /** Plain CSS selector (without :has-text). */
  selector: string;
  /** Texts the matched element must contain (all of them). */
  hasText: string[];
  exception: boolean;
  /** The rule as written (trimmed), which exceptions compare against. */
  body: string;
}

export interface FilterError {
  line: number;
  text: string;
  reason: string;
}

export interface ParsedFilters {
  rules: CosmeticRule[];
  errors: FilterError[];
}

/** A rule that applies to the page being looked at. */
export interface UserRule {
  line: number;
  selector: string;
  hasText: string[];
}

export const MAX_FILTER_CHARS = 100_000;
export const MAX_FILTER_LINES = 2_000;
export const MAX_LINE_CHARS = 1_000;

const PROCEDURAL = [
  ':upward(',
  ':xpath(',
  ':matches-css(',
  ':matches-css-before(',
  ':matches-css-after(',
  ':matches-attr(',
  ':matches-path(',
  ':matches-prop(',
  ':matches-media(',
  ':min-text-length(',
  ':nth-ancestor(',
  ':others(',
  ':remove(',
  ':remove-attr(',
  ':remove-class(',
  ':shadow(',
  ':spath(',
  ':style(',
  ':watch-attr(',
  ':watch-attrs(',
  ':-abp-has(',
  ':-abp-contains(',
  ':contains(',
  ':if(',
  ':if-not(',
];

/**
 * Parses filter text. `isValidSelector` decides whether a CSS selector parses (the browser's own parser:
 * see selectorValidator); without it, selectors are accepted as written.
 */
export function parseCosmeticFilters(text: string, isValidSelector: (sel: string) => boolean = () => true): ParsedFilters {
  const rules: CosmeticRule[] = [];
  const errors: FilterError[] = [];
  if (typeof text !== 'string') return { rules, errors: [{ line: 0, text: '', reason: 'the rules are not text' }] };
  let source = text;
  if (source.length > MAX_FILTER_CHARS) {
    errors.push({ line: 0, text: '', reason: `the rules are longer than ${MAX_FILTER_CHARS} characters: the rest is ignored` });
    source = source.slice(0, MAX_FILTER_CHARS);
  }
  const lines = source.split(/\r\n|\r|\n/);
  if (lines.length > MAX_FILTER_LINES) {
    errors.push({ line: MAX_FILTER_LINES + 1, text: '', reason: `more than ${MAX_FILTER_LINES} lines: the rest is ignored` });
    lines.length = MAX_FILTER_LINES;
  }
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (!trimmed || trimmed.startsWith('!') || trimmed.startsWith('# ') || trimmed === '#') return;
    const result = parseLine(trimmed, isValidSelector);
    if (typeof result === 'string') errors.push({ line, text: trimmed.slice(0, 200), reason: result });
    else rules.push({ ...result, line });
  });
  return { rules, errors };
}

function parseLine(text: string, isValidSelector: (sel: string) => boolean): Omit<CosmeticRule, 'line'> | string {
  if (text.length > MAX_LINE_CHARS) return `the line is longer than ${MAX_LINE_CHARS} characters`;
  const sep = findSeparator(text);
  if (!sep) {
    if (text.startsWith('||') || text.startsWith('@@') || text.startsWith('|') || text.includes('$'))
      return 'network filters are not supported: only cosmetic rules (##) hide anything here';
    return 'not a cosmetic rule: expected "##selector" or "site##selector"';
  }
  const { index, marker } = sep;
  if (marker === '#?#' || marker === '#@?#') return 'extended "#?#" rules are not supported: write "##selector:has-text(text)" instead';
  if (marker === '#$#' || marker === '#@$#') return 'CSS injection rules ("#$#") are not supported';
  if (marker === '#%#' || marker === '#@%#') return 'scriptlet rules ("#%#") are not supported';
  const exception = marker === '#@#';
  const domainPart = text.slice(0, index).trim();
  const body = text.slice(index + marker.length).trim();
  if (!body) return 'the rule has no selector after "##"';
  if (body.startsWith('+js(')) return 'scriptlets ("##+js(...)") are not supported';
  if (body.startsWith('^')) return 'HTML filters ("##^") are not supported';
  const domains = parseDomains(domainPart);
  if (typeof domains === 'string') return domains;

  const parsed = splitHasText(body);
  if (typeof parsed === 'string') return parsed;
  const lowered = parsed.selector.toLowerCase();
  const procedural = PROCEDURAL.find((p) => lowered.includes(p));
  if (procedural) return `the procedural operator "${procedural.slice(0, -1)}()" is not supported (only :has-text() is)`;
  if (!parsed.selector) return 'the rule needs a CSS selector before :has-text()';
  if (!isValidSelector(parsed.selector)) return `"${parsed.selector.slice(0, 80)}" is not a valid CSS selector`;
  return { ...domains, selector: parsed.selector, hasText: parsed.hasText, exception, body };
}

function findSeparator(text: string): { index: number; marker: string } | null {
  const markers = ['#@?#', '#@$#', '#@%#', '#?#', '#$#', '#%#', '#@#', '##'];
  let best: { index: number; marker: string } | null = null;
  for (const marker of markers) {
    const index = text.indexOf(marker);
    if (index === -1) continue;
    if (!best || index < best.index || (index === best.index && marker.length > best.marker.length)) best = { index, marker };
  }
  return best;
}

function parseDomains(part: string): { include: string[]; exclude: string[] } | string {
  const include: string[] = [];
  const exclude: string[] = [];
  if (!part) return { include, exclude };
  for (const raw of part.split(',')) {
    const item = raw.trim().toLowerCase();
    if (!item) return 'an empty site name before "##"';
    const negated = item.startsWith('~');
    const host = negated ? item.slice(1) : item;
    if (host.endsWith('.*')) return `"${host}": entity names (site.*) are not supported: write the full site name`;
    if (host.includes('/')) return `"${host}" is not a site name: write the host only, e.g. example.com`;
    if (!/^(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)*[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?$/.test(host) || host.length > 253)
      return `"${host}" is not a site name`;
    (negated ? exclude : include).push(host);
  }
  return { include, exclude };
}

/** Pulls trailing :has-text(...) arguments off the selector; rejects regular expressions. */
function splitHasText(body: string): { selector: string; hasText: string[] } | string {
  const hasText: string[] = [];
  const lower = body.toLowerCase();
  const first = lower.indexOf(':has-text(');
  if (first === -1) return { selector: body, hasText };
  const selector = body.slice(0, first).trim();
  let rest = body.slice(first);
  while (rest.length) {
    if (!rest.toLowerCase().startsWith(':has-text(')) return ':has-text() must come last in the rule (nothing may follow it but another :has-text())';
    const start = ':has-text('.length;
    const end = closingParen(rest, start);
    if (end === -1) return ':has-text( is not closed with ")"';
    const arg = rest.slice(start, end).trim();
    if (!arg) return ':has-text() needs a text';
    if (arg.length >= 2 && arg.startsWith('/') && (arg.endsWith('/') || /\/[a-z]+$/.test(arg)))
      return ':has-text(/.../) regular expressions are not supported: write the plain text to look for';
    hasText.push(unquote(arg));
    rest = rest.slice(end + 1).trim();
  }
  return { selector, hasText };
}

/** Index of the ")" closing the argument starting at `from`, honouring nested parentheses and escapes. */
function closingParen(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function unquote(s: string): string {
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'")))) return s.slice(1, -1);
  return s.replace(/\\(.)/g, '$1');
}

/** True when `host` is `site` or one of its subdomains. */
export function hostMatches(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === site || h.endsWith(`.${site}`);
}

function appliesTo(rule: CosmeticRule, host: string): boolean {
  if (rule.exclude.some((d) => hostMatches(host, d))) return false;
  if (!rule.include.length) return true;
  return rule.include.some((d) => hostMatches(host, d));
}

/** The rules for one page: those whose sites match `host`, minus those an exception for `host` cancels. */
export function rulesForHost(rules: CosmeticRule[], host: string): UserRule[] {
  const cancelled = new Set(rules.filter((r) => r.exception && appliesTo(r, host)).map((r) => r.body));
  return rules
    .filter((r) => !r.exception && appliesTo(r, host) && !cancelled.has(r.body))
    .map((r) => ({ line: r.line, selector: r.selector, hasText: r.hasText }));
}

/** Whether `doc`'s own parser accepts a selector (asked on a detached fragment). */
export function isValidSelector(doc: Document, selector: string): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** A selector check for parseCosmeticFilters that asks `doc`'s own parser. */
export function selectorValidator(doc: Document): (selector: string) => boolean {
  return (selector) => isValidSelector(doc, selector);
}

/** Parses the user's rules text and returns the rules that apply on `host` (errors are dropped here). */
export function userRulesFor(text: string, host: string, doc: Document): UserRule[] {
  if (!text.trim()) return [];
  return rulesForHost(parseCosmeticFilters(text, selectorValidator(doc)).rules, host);
}
