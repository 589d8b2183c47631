import { describe, expect, it } from 'vitest';
import { type GuardContext, guardRefusal, MAX_PAGE_SHARE } from '../../src/core/declutter/guard';
import { parse } from './helpers/pages';

const doc = parse(`<!doctype html><body>
<div id="page">
  <div id="main">
    <article id="article">
      <header id="head"><p id="byline">By staff writer · <time>21 July 2021</time></p></header>
      <div id="root">
        <p id="p1">First paragraph of the article, long enough to matter.</p>
        <p id="p2">Second paragraph with <a id="link" href="/x">a link inside</a> it.</p>
        <div id="inside-root-widget">Share this</div>
      </div>
    </article>
    <div id="comments"><form id="form"><textarea></textarea><p id="form-note">Please enter your comment!</p></form></div>
  </div>
</div>
</body>`);
const $ = (id: string) => doc.getElementById(id)!;

const ctx: GuardContext = { root: $('root'), protectedBlocks: [$('p1'), $('p2')], header: [], pageChars: 1000 };

describe('guardRefusal', () => {
  it('refuses the article root itself', () => {
    expect(guardRefusal($('root'), ctx, 10)).toBe('is the article root');
  });

  it('refuses every ancestor of the root', () => {
    for (const id of ['article', 'main', 'page']) expect(guardRefusal($(id), ctx, 10), id).toBe('contains the article root');
    expect(guardRefusal(doc.body, ctx, 10)).toBe('contains the article root');
  });

  it('refuses a protected paragraph, an element inside one, and an element containing one', () => {
    expect(guardRefusal($('p1'), ctx, 10)).toBe('overlaps an article paragraph');
    expect(guardRefusal($('link'), ctx, 5)).toBe('overlaps an article paragraph');
    const outside = { ...ctx, root: null };
    expect(guardRefusal($('root'), outside, 10)).toBe('overlaps an article paragraph');
  });

  it('refuses an element holding more than half of the page text', () => {
    expect(MAX_PAGE_SHARE).toBe(0.5);
    expect(guardRefusal($('comments'), ctx, 501)).toBe('holds 50% of the page text');
    expect(guardRefusal($('comments'), ctx, 900)).toBe('holds 90% of the page text');
  });

  it('accepts an element holding exactly half of the page text', () => {
    expect(guardRefusal($('comments'), ctx, 500)).toBeNull();
  });

  it('accepts a comment form outside the root', () => {
    expect(guardRefusal($('comments'), ctx, 30)).toBeNull();
    expect(guardRefusal($('form'), ctx, 30)).toBeNull();
    expect(guardRefusal($('form-note'), ctx, 30)).toBeNull();
  });

  it('accepts a widget inside the root that overlaps no paragraph', () => {
    expect(guardRefusal($('inside-root-widget'), ctx, 10)).toBeNull();
  });

  it("refuses an element holding the article header's date or byline, not one inside it", () => {
    const withHeader: GuardContext = { ...ctx, header: [$('byline')] };
    expect(guardRefusal($('byline'), withHeader, 10)).toBe("holds the article's date or byline");
    expect(guardRefusal($('head'), withHeader, 10)).toBe("holds the article's date or byline");
    expect(guardRefusal(doc.querySelector('#byline time')!, withHeader, 10)).toBeNull();
    expect(guardRefusal($('head'), ctx, 10)).toBeNull();
  });

  it('does not divide by zero on an empty page', () => {
    expect(guardRefusal($('form'), { root: null, protectedBlocks: [], header: [], pageChars: 0 }, 10)).toBeNull();
  });
});
