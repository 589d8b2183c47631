import { describe, expect, it } from 'vitest';
import { SelectorIndex, rightmostCompound, selectorIndex, splitList } from '../../src/core/article/selector-index';
import { readdirSync, readFileSync } from 'node:fs';
import { bodyExclusion } from '../../src/core/article/root';
import { COMMENT_SYSTEMS } from '../../src/core/declutter/comment-systems';
import { commentContainerSelector } from '../../src/core/declutter/plan';
import { parse } from './helpers/pages';

// The index must answer exactly what Element.matches(list) answers; it only saves work on elements that
// cannot match. Which key it takes decides how much work it saves.

const LIST = [
  'form', '#comments', '.comment-respond', 'div[id^="livefyre-comments-"]', '[role="navigation"]', '[data-waline]',
  'div[data-network$=".fyre.co"][data-article-id]', 'iframe[src*="//vk.com/widget_comments.php"]',
  '#mc-container:has(.mc-postbox)', 'section.comments-area > ol', 'aside',
  'div[data\\-flag]', 'span[data-kind="Box" i]', 'input[type="text"]', 'div[lang=en]',
].join(', ');

const PAGE = `<body><div id="a" class="x y"><p>t</p></div><div id="livefyre-comments-9"></div>
  <div data-network="n.fyre.co" data-article-id="1"></div><div data-network="n.fyre.co"></div>
  <nav role="navigation"></nav><div role="navigation"></div><div data-waline=""></div>
  <iframe data-src="x" src="about:blank#//vk.com/widget_comments.php"></iframe><iframe src="about:blank"></iframe>
  <div id="mc-container"><div class="mc-postbox"></div></div><div id="mc-container2"></div>
  <section class="comments-area"><ol><li>c</li></ol></section><ol></ol><aside></aside><form></form>
  <span class="comment-respond"></span><div id="comments"></div><div class="comments"></div>
  <div data-flag=""></div><span data-kind="BOX"></span><input type="TEXT"><div lang="EN"></div>
  <div class="  x\tcomment-respond\n y "></div><div class="a  comment-respond"></div><div class="comment-respond-x"></div>
  <svg class="comment-respond"></svg><svg class="x"></svg><div class=""></div></body>`;

describe('SelectorIndex', () => {
  it('answers exactly what Element.matches answers, on every element', () => {
    const doc = parse(PAGE);
    const index = new SelectorIndex(LIST);
    for (const el of doc.querySelectorAll('*')) expect(index.matches(el), el.outerHTML.slice(0, 60)).toBe(el.matches(LIST));
  });

  it('answers what Element.matches answers for the real list of excluded containers, on every fixture page', () => {
    // The detector's first pass on a page asks the engine and later passes the index: they must agree.
    for (const dir of readdirSync('tests/fixtures')) {
      const doc = parse(readFileSync(`tests/fixtures/${dir}/page.html`, 'utf8'));
      const list = bodyExclusion(commentContainerSelector(COMMENT_SYSTEMS, doc));
      const index = new SelectorIndex(list);
      for (const el of doc.querySelectorAll('*')) expect(index.matches(el), `${dir}: ${el.outerHTML.slice(0, 60)}`).toBe(el.matches(list));
    }
  });

  it('answers exactly what Element.closest answers, on every element', () => {
    const doc = parse(PAGE);
    const index = new SelectorIndex(LIST);
    // Compared by place, not identity: happy-dom's queries hand out a form as a proxy, another object than the
    // one closest() returns.
    const all = Array.from(doc.querySelectorAll('*'));
    const at = (el: Element | null) => (el ? all.findIndex((x) => x.parentNode === el.parentNode && x.outerHTML === el.outerHTML) : -1);
    for (const el of all) expect(at(index.closest(el)), el.outerHTML.slice(0, 60)).toBe(at(el.closest(LIST)));
  });

  it('lets the engine answer a list\'s first pass and its index every later one, with the same answers', () => {
    const doc = parse(PAGE);
    const list = `${LIST}, .first-pass-only`;
    const first = selectorIndex(list);
    const later = selectorIndex(list);
    expect(first).not.toBeInstanceOf(SelectorIndex);
    expect(later).toBeInstanceOf(SelectorIndex);
    expect(selectorIndex(list)).toBe(later);
    for (const el of doc.querySelectorAll('*')) expect(first.matches(el), el.outerHTML.slice(0, 60)).toBe(later.matches(el));
    expect(selectorIndex('div[').matches(doc.body)).toBe(false);
  });

  it('compares ids and classes without case when told the page is in quirks mode', () => {
    // happy-dom has no quirks mode, so the engine's answer is stood in for by what quirks mode would say.
    const doc = parse('<body><div id="COMMENTS"></div><span class="Comment-Respond"></span><div id="LiveFyre-Comments-7"></div><div id="other"></div></body>');
    const index = new SelectorIndex(LIST);
    const keyed = (el: Element, quirks: boolean) => index.mayMatch(el, quirks);
    const [upperId, mixedClass, mixedPrefix, other] = Array.from(doc.querySelectorAll('body > *'));
    for (const el of [upperId!, mixedClass!, mixedPrefix!]) {
      expect(keyed(el, false), el.outerHTML).toBe(false);
      expect(keyed(el, true), el.outerHTML).toBe(true);
    }
    expect(keyed(other!, true)).toBe(false);
  });

  it('keys a compound on its attribute rather than on a common tag, so plain divs are ruled out unmatched', () => {
    const doc = parse('<body><div class="plain"></div><div data-network="other.example"></div></body>');
    const index = new SelectorIndex('div[data-network$=".fyre.co"][data-article-id]');
    expect(index.mayMatch(doc.querySelector('.plain')!)).toBe(false);
    expect(index.mayMatch(doc.querySelector('[data-network]')!)).toBe(true);
  });

  it('never rules out an element for a case-insensitive attribute test', () => {
    const doc = parse('<body><div id="shouty" class="a"></div><span data-kind="box"></span></body>');
    expect(new SelectorIndex('div[id="Shouty" i]').mayMatch(doc.querySelector('div')!)).toBe(true);
    expect(new SelectorIndex('span[data-kind="BOX" i]').mayMatch(doc.querySelector('span')!)).toBe(true);
  });

  it('keys a compound on a rare tag rather than on a common attribute', () => {
    const doc = parse('<body><img src="/a.png"><iframe src="about:blank"></iframe></body>');
    const index = new SelectorIndex('iframe[src*="//vk.com/widget_comments.php"]');
    expect(index.mayMatch(doc.querySelector('img')!)).toBe(false);
    expect(index.mayMatch(doc.querySelector('iframe')!)).toBe(true);
  });

  it('splits lists at top-level commas and finds the rightmost compound', () => {
    expect(splitList('a, b:is(c, d), [x="1,2"]')).toEqual(['a', 'b:is(c, d)', '[x="1,2"]']);
    expect(rightmostCompound('#a .b > div.c')).toBe('div.c');
    expect(rightmostCompound('div[title="a b"]')).toBe('div[title="a b"]');
  });
});
