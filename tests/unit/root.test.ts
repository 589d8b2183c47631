import { describe, expect, it, vi } from 'vitest';
import { findArticleRoot, LONG_BODY, scanPage } from '../../src/core/article/root';
import { BODY_SELECTORS, NON_BODY_ANCESTORS } from '../../src/core/article/signals-data';
import { squash, textWeight } from '../../src/core/article/text-weight';
import { articleDoc, EN_PARAGRAPHS, parse } from './helpers/pages';

const p = (text: string) => `<p>${text}</p>`;

describe('scanPage: body paragraphs', () => {
  it('keeps paragraphs of at least 25 characters outside nav, header, footer, aside and forms', () => {
    const doc = parse(`<body>
      <p>short one</p>
      <p id="long">${EN_PARAGRAPHS[0]}</p>
      <nav><p>${EN_PARAGRAPHS[1]}</p></nav>
      <header><p>${EN_PARAGRAPHS[1]}</p></header>
      <footer><p>${EN_PARAGRAPHS[1]}</p></footer>
      <aside><p>${EN_PARAGRAPHS[1]}</p></aside>
      <form><p>${EN_PARAGRAPHS[1]}</p></form>
      <div role="complementary"><p>${EN_PARAGRAPHS[1]}</p></div>
      <pre id="pre">${EN_PARAGRAPHS[2]}</pre>
    </body>`);
    expect(scanPage(doc).paragraphs.map((x) => x.el.id)).toEqual(['long', 'pre']);
  });

  it('leaves out paragraphs inside the excluded containers', () => {
    const doc = parse(`<body><p id="a">${EN_PARAGRAPHS[0]}</p><div class="comments"><p>${EN_PARAGRAPHS[1]}</p></div></body>`);
    expect(scanPage(doc, `${NON_BODY_ANCESTORS}, .comments`).paragraphs.map((x) => x.el.id)).toEqual(['a']);
    expect(scanPage(doc).paragraphs).toHaveLength(2);
  });
});

describe('findArticleRoot', () => {
  it('breaks a tie between equal bodies by document order, <pre> blocks included', () => {
    const text = EN_PARAGRAPHS[0];
    const doc = parse(`<body><main><div id="a"><pre>${text}</pre></div></main><main><div id="b"><p>${text}</p></div></main></body>`);
    expect(findArticleRoot(doc).root?.id).toBe('a');
  });

  it('finds the body container holding the paragraphs', () => {
    const r = findArticleRoot(articleDoc());
    expect(r.root?.id).toBe('body');
    const total = EN_PARAGRAPHS.reduce((n, x) => n + x.length, 0);
    expect(r.rootMass).toBe(total);
    // The footer paragraph does not count (it is in <footer>), so all mass is in the root.
    expect(r.paragraphMass).toBe(total);
  });

  it('returns null without qualifying paragraphs', () => {
    expect(findArticleRoot(parse('<body><div>Video only</div><p>tiny</p></body>'))).toEqual({ root: null, paragraphMass: 0, rootMass: 0 });
  });

  it('widens to a parent when the body is split across blocks', () => {
    const doc = parse(`<body><div id="story"><div id="part1">${p(EN_PARAGRAPHS[0]!)}${p(EN_PARAGRAPHS[1]!)}</div>
      <div class="ad">Advertisement</div><div id="part2">${p(EN_PARAGRAPHS[2]!)}${p(EN_PARAGRAPHS[3]!)}</div></div></body>`);
    expect(findArticleRoot(doc).root?.id).toBe('story');
  });

  it('does not widen to a parent that adds only a little text', () => {
    const doc = parse(`<body><div id="outer"><p>A caption that is long enough to count.</p>
      <div id="inner">${EN_PARAGRAPHS.map(p).join('')}</div></div></body>`);
    expect(findArticleRoot(doc).root?.id).toBe('inner');
  });

  it('prefers a known body container around the best paragraph parent', () => {
    const doc = parse(`<body><div class="entry-content" id="content"><div id="wrap">${EN_PARAGRAPHS.map(p).join('')}</div>
      <div class="share">Share this</div></div></body>`);
    expect(findArticleRoot(doc).root?.id).toBe('content');
  });

  it('does not widen over a listing of several <article> elements', () => {
    const doc = parse(`<body><main id="list">
      <article id="a1"><div id="b1">${EN_PARAGRAPHS.slice(0, 2).map(p).join('')}</div></article>
      <article id="a2"><div id="b2">${EN_PARAGRAPHS.slice(2).map(p).join('')}</div></article>
    </main></body>`);
    const root = findArticleRoot(doc).root;
    expect(root?.id).not.toBe('list');
    expect(root?.closest('article')).not.toBeNull();
  });
});

describe('scanPage', () => {
  /** The tag names the pass asked the document for. */
  const queried = (doc: Document) => {
    const spy = vi.spyOn(doc, 'querySelectorAll');
    const scan = scanPage(doc);
    const tags = spy.mock.calls.map((c) => c[0]);
    spy.mockRestore();
    return { scan, tags };
  };
  const lines = `<div id="lines">${EN_PARAGRAPHS.join('<br>')}</div><pre id="code">${EN_PARAGRAPHS[0]}</pre>`;

  it('does not look for <pre> and <br> blocks once a row of paragraphs makes a long, readerable body', () => {
    const body = Array.from({ length: 3 }, () => EN_PARAGRAPHS.map(p).join('')).join('');
    const doc = parse(`<body><div id="body">${body}</div><aside>${lines}</aside></body>`);
    const { scan, tags } = queried(doc);
    expect(scan.readerable).toBe(true);
    expect(scan.paragraphMass).toBeGreaterThanOrEqual(LONG_BODY);
    expect(tags).toEqual(['p', 'article']);
    expect(scan.paragraphs.every((x) => x.el.localName === 'p')).toBe(true);
  });

  it('looks for them while the paragraphs have not made a long body', () => {
    const doc = parse(`<body><div id="body">${p(EN_PARAGRAPHS[0]!)}</div>${lines}</body>`);
    const { scan, tags } = queried(doc);
    expect(tags).toEqual(['p', 'pre', 'br', BODY_SELECTORS.join(', '), 'article']);
    expect(scan.paragraphs.map((x) => x.el.id)).toEqual(['', 'code', 'lines']);
  });

  it('looks for them when the long body is spread over many parents (no row of paragraphs is long)', () => {
    const spread = Array.from({ length: 3 }, () => EN_PARAGRAPHS.map((x) => `<div>${p(x)}</div>`).join('')).join('');
    const { scan, tags } = queried(parse(`<body>${spread}${lines}</body>`));
    expect(scan.paragraphMass).toBeGreaterThanOrEqual(LONG_BODY);
    expect(tags).toContain('br');
  });
});

describe('textWeight and squash', () => {
  it('squashes white space and trims', () => {
    expect(squash('  a \n\t b  ')).toBe('a b');
    expect(squash(null)).toBe('');
  });

  it('weighs CJK characters three times so dense scripts meet the same thresholds', () => {
    expect(textWeight('abc')).toBe(3);
    expect(textWeight('塔利班')).toBe(9);
    expect(textWeight('タリバン')).toBe(12);
    expect(textWeight('탈레반')).toBe(9);
  });
});

describe('a body written as a list', () => {
  const item = (n: number) => `<li>Item ${n} of the weekly notes: a change landed this week that lets people import saved logins from another program, with thanks to the volunteer who wrote it.</li>`;
  const list = `<ul>${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(item).join('')}</ul>`;

  it('counts the items of lists inside a container marked as the body', () => {
    const r = findArticleRoot(parse(`<!doctype html><body><article><h1>These weeks</h1><div class="entry-content">${list}</div></article></body>`));
    expect(r.root?.className).toBe('entry-content');
    expect(r.rootMass).toBeGreaterThan(LONG_BODY);
  });

  it('counts each item once when body containers nest', () => {
    const single = findArticleRoot(parse(`<!doctype html><body><article><h1>These weeks</h1><div class="entry-content">${list}</div></article></body>`));
    const nested = findArticleRoot(parse(`<!doctype html><body><article itemprop="articleBody"><h1>These weeks</h1><div class="entry-content">${list}</div></article></body>`));
    expect(nested.paragraphMass).toBe(single.paragraphMass);
  });

  it('does not count list items elsewhere (the items of a listing are teasers)', () => {
    const r = findArticleRoot(parse(`<!doctype html><body><div class="stream">${list}</div></body>`));
    expect(r.rootMass).toBe(0);
  });
});
