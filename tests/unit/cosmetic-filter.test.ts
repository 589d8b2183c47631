import { describe, expect, it } from 'vitest';
import {
  hostMatches,
  MAX_FILTER_LINES,
  MAX_LINE_CHARS,
  parseCosmeticFilters,
  rulesForHost,
  selectorValidator,
  userRulesFor,
} from '../../src/core/declutter/cosmetic-filter';

const valid = selectorValidator(document);
const parse = (text: string) => parseCosmeticFilters(text, valid);

describe('parseCosmeticFilters', () => {
  it('reads generic, site-specific and multi-site rules', () => {
    const { rules, errors } = parse('##.comments\nexample.com##div#disqus_thread\na.com, ~m.a.com ,b.org##.talk');
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.line, r.include, r.exclude, r.selector, r.exception])).toEqual([
      [1, [], [], '.comments', false],
      [2, ['example.com'], [], 'div#disqus_thread', false],
      [3, ['a.com', 'b.org'], ['m.a.com'], '.talk', false],
    ]);
  });

  it('skips blank lines and comments, and counts lines from 1', () => {
    const { rules, errors } = parse('! my rules\n\n# a note\n   \n##.x\r\n##.y');
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.line, r.selector])).toEqual([[5, '.x'], [6, '.y']]);
  });

  it('reads exceptions', () => {
    const { rules } = parse('example.com#@#.comments\n#@#.talk');
    expect(rules.map((r) => [r.include, r.selector, r.exception])).toEqual([[['example.com'], '.comments', true], [[], '.talk', true]]);
  });

  it('reads :has-text() with plain and quoted text, several of them', () => {
    const { rules, errors } = parse('##div.box:has-text(Leave a comment)\n##p:has-text("a (b)"):has-text(\'c\')');
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.selector, r.hasText])).toEqual([
      ['div.box', ['Leave a comment']],
      ['p', ['a (b)', 'c']],
    ]);
  });

  it('keeps a native CSS :has() as part of the selector', () => {
    const { rules, errors } = parse('##section:has(> textarea)');
    expect(errors).toEqual([]);
    expect(rules[0]!.selector).toBe('section:has(> textarea)');
  });

  it.each([
    ['##div:has-text(/comm?ent/)', 'regular expressions are not supported'],
    ['##div:has-text(/comment/i)', 'regular expressions are not supported'],
    ['##div:upward(2)', 'procedural operator ":upward()" is not supported'],
    ['##div:xpath(//p)', 'procedural operator ":xpath()" is not supported'],
    ['##div:remove()', 'procedural operator ":remove()" is not supported'],
    ['example.com##+js(set-constant, x, 1)', 'scriptlets'],
    ['example.com##^script', 'HTML filters'],
    ['example.com#?#div:-abp-has(p)', 'extended "#?#" rules are not supported'],
    ['example.com#$#div { display: none }', 'CSS injection'],
    ['||ads.example.com^', 'network filters are not supported'],
    ['@@||example.com^$document', 'network filters are not supported'],
    ['just some words', 'not a cosmetic rule'],
    ['example.com##', 'no selector'],
    ['example.*##.comments', 'entity names (site.*) are not supported'],
    ['https://example.com/##.x', 'is not a site name'],
    ['exa mple.com##.x', 'is not a site name'],
    [',example.com##.x', 'an empty site name'],
    ['##div[', 'is not a valid CSS selector'],
    ['##:has-text(x)', 'needs a CSS selector'],
    ['##div:has-text(x) > p', ':has-text() must come last'],
    ['##div:has-text(x', 'is not closed'],
    ['##div:has-text()', 'needs a text'],
  ])('rejects %s with a reason', (line, reason) => {
    const { rules, errors } = parse(`##.ok\n${line}\n##.also-ok`);
    expect(rules.map((r) => r.selector)).toEqual(['.ok', '.also-ok']);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(2);
    expect(errors[0]!.reason).toContain(reason);
    expect(errors[0]!.text).toBe(line);
  });

  it('never throws, whatever the input', () => {
    for (const text of ['##)(', '##\u0000', `##${'('.repeat(500)}`, '#@#', '##[data-x="unterminated', `${'a.'.repeat(200)}com##.x`])
      expect(() => parse(text)).not.toThrow();
    expect(() => parseCosmeticFilters(42 as unknown as string)).not.toThrow();
    expect(parseCosmeticFilters(42 as unknown as string).errors[0]!.reason).toContain('not text');
  });

  it('limits line length, line count and total size', () => {
    const long = parse(`##.${'a'.repeat(MAX_LINE_CHARS)}`);
    expect(long.errors[0]!.reason).toContain('longer than');
    const many = parse(Array.from({ length: MAX_FILTER_LINES + 5 }, (_, i) => `##.r${i}`).join('\n'));
    expect(many.rules).toHaveLength(MAX_FILTER_LINES);
    expect(many.errors[0]!.reason).toContain(`more than ${MAX_FILTER_LINES} lines`);
    const huge = parse(`##.x\n${'!'.repeat(200_000)}`);
    expect(huge.rules).toHaveLength(1);
    expect(huge.errors[0]!.reason).toContain('characters');
  });

  it('accepts every selector when no validator is given', () => {
    expect(parseCosmeticFilters('##div[').rules).toHaveLength(1);
  });
});

describe('rulesForHost', () => {
  const { rules } = parse([
    '##.everywhere',
    'example.com##.on-example',
    'example.com,~news.example.com##.not-on-news',
    'other.org##.on-other',
    'example.com#@#.everywhere',
    '#@#.cancelled-everywhere',
    '##.cancelled-everywhere',
    '##.x:has-text(a)',
    'example.com#@#.x:has-text(b)',
  ].join('\n'));
  const selectors = (host: string) => rulesForHost(rules, host).map((r) => r.selector + (r.hasText.length ? `:${r.hasText.join('|')}` : ''));

  it('applies site rules to the site and its subdomains only', () => {
    expect(selectors('www.example.com')).toEqual(['.on-example', '.not-on-news', '.x:a']);
    expect(selectors('news.example.com')).toEqual(['.on-example', '.x:a']);
    expect(selectors('other.org')).toEqual(['.everywhere', '.on-other', '.x:a']);
    expect(selectors('notexample.com')).toEqual(['.everywhere', '.x:a']);
  });

  it('matches host names exactly or by subdomain', () => {
    expect(hostMatches('a.example.com', 'example.com')).toBe(true);
    expect(hostMatches('EXAMPLE.com', 'example.com')).toBe(true);
    expect(hostMatches('badexample.com', 'example.com')).toBe(false);
  });

  it('keeps line numbers', () => {
    expect(rulesForHost(rules, 'other.org').map((r) => r.line)).toEqual([1, 4, 8]);
  });
});

describe('userRulesFor', () => {
  it('returns nothing for empty text and drops bad lines', () => {
    expect(userRulesFor('  \n', 'example.com', document)).toEqual([]);
    expect(userRulesFor('##div[\n##.ok', 'example.com', document)).toEqual([{ line: 2, selector: '.ok', hasText: [] }]);
  });
});
