import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMENT_SYSTEMS, type CommentSystem } from '../../src/core/declutter/comment-systems';
import { type HideLevel, planHiding } from '../../src/core/declutter/plan';
import { compileRules } from '../../src/core/declutter/rules';
import { ResidueIndex } from '../../src/core/declutter/residue-index';
import { RESIDUE_PHRASES } from '../../src/core/declutter/residue-phrases';
import { articleDoc, parse } from './helpers/pages';

function plan(doc: Document, level: HideLevel = 'section', systems: CommentSystem[] = COMMENT_SYSTEMS, root: Element | null = doc.getElementById('body')) {
  return planHiding({ doc, root, level, rules: compileRules(doc, { systems }) });
}

const ids = (els: { element: Element }[]) => els.map((i) => i.element.id || i.element.className);

describe('planHiding on the demo tagDiv page', () => {
  const doc = parse(readFileSync('tests/fixtures/demo-tagdiv-article/page.html', 'utf8'));
  const root = doc.querySelector('.td-post-content');

  it('hides the whole comment section at section level, as one tagDiv item', () => {
    const p = plan(doc, 'section', COMMENT_SYSTEMS, root);
    expect(p.items.map((i) => [i.element.id, i.system, i.source])).toEqual([['comments', 'tagdiv', 'builtin']]);
    expect(p.refused).toEqual([]);
    const item = p.items[0]!;
    expect(item.text.length).toBeLessThanOrEqual(80);
    expect(item.text.startsWith('LEAVE A REPLY')).toBe(true);
    expect(item.chars).toBeGreaterThan(item.text.length);
  });

  it('hides only the form and its heading at form level', () => {
    const p = plan(doc, 'form', COMMENT_SYSTEMS, root);
    expect(p.items.map((i) => i.element.className)).toEqual(['td-comments-title-wrap', 'comment-respond']);
    expect(p.items.every((i) => i.system === 'tagdiv')).toBe(true);
  });

  it('never plans an element that holds or is inside article text', () => {
    const p = plan(doc, 'section', COMMENT_SYSTEMS, root);
    for (const item of p.items) {
      expect(item.element.contains(root)).toBe(false);
      expect(root!.contains(item.element)).toBe(false);
    }
  });
});

describe('planHiding', () => {
  it('hides tagDiv warning strings left without their form', () => {
    const doc = articleDoc({
      after: `<div class="leftovers">
        <div class="td-warning-comment">Please enter your comment!</div>
        <div class="td-warning-author">Please enter your name here</div>
        <div class="td-warning-email-error">You have entered an incorrect email address!</div>
        <div class="td-warning-email">Please enter your email address here</div></div>`,
    });
    const p = plan(doc);
    const hiddenText = p.items.map((i) => i.element.textContent).join(' ');
    for (const s of ['Please enter your comment!', 'Please enter your name here', 'You have entered an incorrect email address!', 'Please enter your email address here'])
      expect(hiddenText).toContain(s);
    expect(p.items.every((i) => i.system === 'tagdiv')).toBe(true);
    expect(doc.getElementById('body')!.textContent).not.toBe('');
  });

  it('hides a block made only of form strings, found by its phrases', () => {
    const doc = articleDoc({ after: '<div id="residue"><p>Пожалуйста, введите ваш комментарий!</p><p>Пожалуйста, введите свое имя здесь</p></div>' });
    const p = plan(doc);
    expect(p.items.map((i) => [i.element.id, i.source, i.system])).toEqual([['residue', 'phrase', 'tagdiv']]);
  });

  it('hides the smallest container holding a phrase together with form controls', () => {
    const doc = articleDoc({
      after: '<section id="outer"><h2>Discussion rules</h2><div id="box"><label>Please enter your comment!</label><textarea></textarea></div></section>',
    });
    expect(ids(plan(doc).items)).toEqual(['box']);
  });

  it('hides a residue-only paragraph at the end of the body and keeps the article paragraphs', () => {
    const doc = articleDoc({ inBody: '<p id="stray">Captcha verification failed!</p>' });
    const p = plan(doc);
    expect(p.items.map((i) => [i.element.id, i.system])).toEqual([['stray', 'recaptcha']]);
  });

  it('keeps a heading of the article that reads like a form string when article text follows it', () => {
    const doc = articleDoc({ inBody: '<h3 id="h">Join the discussion</h3><p>The council will hear residents on the plan on Thursday, and written views are welcome until the end of the month.</p>' });
    expect(plan(doc).items).toEqual([]);
    const trailing = articleDoc({ inBody: '<p>The council will hear residents on the plan on Thursday, and written views are welcome until the end of the month.</p><h3 id="h">Join the discussion</h3>' });
    expect(plan(trailing).items.map((i) => i.element.id)).toEqual(['h']);
  });

  it('never hides an article paragraph that merely mentions a form phrase in a sentence', () => {
    const doc = articleDoc({
      inBody:
        '<p id="s1">If you disagree with the governor, leave a reply below and we will read every one of them.</p>' +
        '<p id="s2">The site kept showing "Please enter your comment!" even after the reporter had typed one.</p>',
    });
    const p = plan(doc);
    expect(p.items).toEqual([]);
    expect(p.refused).toEqual([]);
  });

  it('refuses a comment container that wraps the article and hides the form inside it instead', () => {
    const doc = parse(`<body><div id="comments">
      <div id="body"><p>${'Article text that must stay visible. '.repeat(6)}</p><p>${'More of the article body here. '.repeat(6)}</p></div>
      <div id="respond" class="comment-respond"><form id="commentform" class="comment-form"><textarea></textarea></form></div>
    </div></body>`);
    const p = plan(doc);
    expect(p.refused.map((r) => [r.element.id, r.reason])).toContainEqual(['comments', 'contains the article root']);
    expect(ids(p.items)).toEqual(['respond']);
  });

  it('refuses a comment section that holds most of the page text', () => {
    const doc = parse(`<body><div id="body"><p>A short article paragraph of some length.</p></div>
      <div id="comments"><p>${'A very long comment thread. '.repeat(20)}</p></div></body>`);
    const p = plan(doc);
    expect(p.items).toEqual([]);
    expect(p.refused).toHaveLength(1);
    expect(p.refused[0]!.reason).toMatch(/^holds \d+% of the page text$/);
  });

  it('lets an outer element replace inner ones already planned, and lists items in document order', () => {
    const doc = articleDoc({ after: '<div id="c2" class="late"></div><div id="outer"><div id="inner" class="inner">x</div></div>' });
    const systems: CommentSystem[] = [
      { id: 'inner-sys', name: 'i', reference: 'https://example.org/', form: ['.late', '.inner'], section: [] },
      { id: 'outer-sys', name: 'o', reference: 'https://example.org/', form: [], section: ['#outer'] },
    ];
    const p = plan(doc, 'section', systems);
    expect(p.items.map((i) => [i.element.id, i.system])).toEqual([['c2', 'inner-sys'], ['outer', 'outer-sys']]);
  });

  it('uses only form selectors at form level', () => {
    const doc = articleDoc({ after: '<div id="comments"><ol class="comment-list"><li>Nice</li></ol><div id="respond"><textarea></textarea></div></div>' });
    expect(ids(plan(doc, 'form').items)).toEqual(['respond']);
    expect(ids(plan(doc, 'section').items)).toEqual(['comments']);
  });

  it('at form level keeps the comments visible even when a form heading sits outside the form', () => {
    const doc = articleDoc({
      after: `<div class="comments" id="comments"><ol class="comment-list"><li id="c1">Great piece, thanks for writing it.</li></ol>
        <div class="reply-heading"><h4><span>Leave a Reply</span></h4></div>
        <div id="respond" class="comment-respond"><form><textarea></textarea></form></div></div>`,
    });
    const p = plan(doc, 'form');
    expect(p.items.map((i) => [i.element.className, i.source])).toEqual([['reply-heading', 'phrase'], ['comment-respond', 'builtin']]);
    expect(p.items.some((i) => i.element.contains(doc.getElementById('c1')))).toBe(false);
  });

  it('skips an invalid selector instead of throwing', () => {
    const doc = articleDoc({ after: '<div id="x">x</div>' });
    const systems: CommentSystem[] = [{ id: 'bad', name: 'b', reference: 'https://example.org/', form: ['##nope', '#x'], section: [] }];
    expect(ids(plan(doc, 'form', systems).items)).toEqual(['x']);
  });

  it('does not treat form strings in script or style as residue', () => {
    const doc = articleDoc({ after: '<script>var s = "Please enter your comment!";</script><style>/* Leave a Reply */</style>' });
    expect(plan(doc).items).toEqual([]);
  });
});

// The comment-system data itself (ids, references, selectors) is checked in declutter-systems.test.ts.
describe('compileRules', () => {
  it('joins every section and form selector of every system into the container selector', () => {
    const sel = compileRules(parse('<body></body>')).containerSelector;
    for (const s of COMMENT_SYSTEMS) for (const x of [...s.section, ...s.form]) expect(sel).toContain(x);
  });

  it('leaves out the selectors the document cannot parse, everywhere it lists selectors', () => {
    const doc = parse('<body></body>');
    const systems: CommentSystem[] = [
      { id: 'a', name: 'a', reference: 'https://example.org/', form: ['#respond', '##bad'], section: ['.comments', 'div[unclosed'] },
    ];
    const rules = compileRules(doc, { systems });
    expect(rules.containerSelector).toBe('.comments, #respond');
    expect(rules.sectionSelector).toBe('.comments');
    expect(rules.systems.map((s) => [s.form, s.section])).toEqual([[['#respond'], ['.comments']]]);
    expect(rules.bodyExclusion.endsWith(', .comments, #respond')).toBe(true);
    for (const list of [rules.containerSelector, rules.bodyExclusion, compileRules(doc).bodyExclusion]) expect(() => doc.querySelectorAll(list)).not.toThrow();
  });

  it('makes the planner\'s parts once, on first use, shared by the copy with the user\'s rules', () => {
    const rules = compileRules(parse('<body></body>'));
    const mine = rules.withUserRules([{ line: 1, selector: '.promo', hasText: [] }]);
    expect(mine.userRules).toHaveLength(1);
    expect(rules.userRules).toEqual([]);
    expect(mine.systems).toBe(rules.systems);
    expect(mine.residue).toBe(rules.residue);
    expect(mine.bodyExclusion).toBe(rules.bodyExclusion);
  });

  it('orders the specific systems before the generic ones', () => {
    const order = compileRules(parse('<body></body>')).systems.map((s) => s.generic);
    expect(order.indexOf(true)).toBeGreaterThan(0);
    expect(order.slice(order.indexOf(true)).every(Boolean)).toBe(true);
  });

  it('gives the same answers however many times a page is scanned: each pass reads the rules, none keeps state', () => {
    const doc = articleDoc({ after: '<section id="comments"><h2>Comments</h2><form><textarea></textarea></form></section>' });
    const rules = compileRules(doc);
    const once = ids(planHiding({ doc, root: doc.getElementById('body'), level: 'section', rules }).items);
    for (let i = 0; i < 3; i++) expect(ids(planHiding({ doc, root: doc.getElementById('body'), level: 'section', rules }).items)).toEqual(once);
    expect(ids(planHiding({ doc, root: doc.getElementById('body'), level: 'section', rules: compileRules(doc) }).items)).toEqual(once);
    expect(once).toEqual(['comments']);
  });
});

describe('ResidueIndex.find', () => {
  it('steps over the elements it is given whole, and finds the form strings before, between and after them', () => {
    const doc = parse(`<body><p id="a">Please enter your comment!</p><div id="x"><p>Please enter your name here</p><div><p>Please enter your comment!</p></div></div>
      <p id="b">Please enter your name here</p><div id="y"><p>Please enter your comment!</p></div><p id="c">Please enter your comment!</p></body>`);
    const index = new ResidueIndex(RESIDUE_PHRASES);
    const at = (past: Element[]) => index.find(doc, past).map((h) => h.node.parentElement!.id || 'inside');
    expect(at([])).toEqual(['a', 'inside', 'inside', 'b', 'inside', 'c']);
    expect(at([doc.getElementById('x')!, doc.getElementById('y')!])).toEqual(['a', 'b', 'c']);
  });
});


describe('the prose rule: a name or a form string alone never hides running text', () => {
  const sentence = 'The council kept the old form for three years, and nobody at the town hall ever read what residents wrote into it.';
  const page = (after: string) =>
    parse(`<html><body><main><article id="body"><h1>Title</h1><p>${sentence}</p><p>${sentence}</p><p>${sentence}</p></article>${after}</main></body></html>`);

  it('refuses a comment-named box of paragraphs with no form, frame or post marks, and says why', () => {
    const doc = page(`<div class="comment"><p>${sentence}</p><p>${sentence}</p></div>`);
    const p = plan(doc);
    expect(p.items).toEqual([]);
    expect(p.refused.map((r) => [r.element.className, r.reason])).toEqual([['comment', expect.stringMatching(/running text, and no comment markup/)]]);
  });

  it('hides the same box when two posts carry their own date: comments are prose too', () => {
    const post = `<div class="entry"><time datetime="2026-05-04">4 May</time><p>${sentence}</p></div>`;
    const doc = page(`<div class="comment">${post}${post}</div>`);
    expect(ids(plan(doc).items)).toEqual(['comment']);
  });

  it('refuses a paragraph that quotes a form string beside a button', () => {
    const doc = page(`<div class="letter"><p>${sentence} It said <q>Please enter your name here</q> twice. <button type="button">1</button></p></div>`);
    const p = plan(doc);
    expect(p.items).toEqual([]);
    expect(p.refused.map((r) => r.source)).toEqual(['phrase']);
  });

  it('still hides a short leftover string beside its form control', () => {
    const doc = page('<div class="respond"><span>Please enter your name here</span><input name="author"></div>');
    expect(ids(plan(doc).items)).toEqual(['respond']);
  });
});
