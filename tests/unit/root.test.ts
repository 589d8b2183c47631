import { describe, expect, it } from 'vitest';
import { findArticleRoot, paragraphsOf } from '../../src/core/article/root';
import { squash, textWeight } from '../../src/core/article/text-weight';
import { articleDoc, EN_PARAGRAPHS, parse } from './helpers/pages';

const p = (text: string) => `<p>${text}</p>`;

describe('paragraphsOf', () => {
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
    expect(paragraphsOf(doc).map((x) => x.id)).toEqual(['long', 'pre']);
  });

  it('leaves out paragraphs inside the excluded containers', () => {
    const doc = parse(`<body><p id="a">${EN_PARAGRAPHS[0]}</p><div class="comments"><p>${EN_PARAGRAPHS[1]}</p></div></body>`);
    expect(paragraphsOf(doc, '.comments').map((x) => x.id)).toEqual(['a']);
    expect(paragraphsOf(doc)).toHaveLength(2);
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
