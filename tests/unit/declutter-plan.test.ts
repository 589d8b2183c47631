import { describe, expect, it } from 'vitest';
import { parseCosmeticFilters, rulesForHost, selectorValidator } from '../../src/core/declutter/cosmetic-filter';
import { type HideLevel, planHiding, USER_SYSTEM } from '../../src/core/declutter/plan';
import { RESIDUE_PHRASES } from '../../src/core/declutter/residue-phrases';
import { compileRules } from '../../src/core/declutter/rules';
import { articleDoc, parse } from './helpers/pages';

// The planner beyond the basics in plan.test.ts: residue strings in every language, user rules through
// the guard, attribution of generic containers, the two levels.

function plan(doc: Document, options: { level?: HideLevel; rules?: string; host?: string } = {}) {
  const parsed = parseCosmeticFilters(options.rules ?? '', selectorValidator(doc));
  return planHiding({
    doc,
    root: doc.getElementById('body'),
    level: options.level ?? 'section',
    rules: compileRules(doc, { userRules: rulesForHost(parsed.rules, options.host ?? 'example.com') }),
  });
}

describe('residue strings in every language', () => {
  const cases = RESIDUE_PHRASES.flatMap((set) => set.phrases.slice(0, 2).map((p) => [set.system, set.lang, p] as const));

  it.each(cases)('%s/%s: "%s" next to form controls hides the smallest box holding both', (system, _lang, phrase) => {
    const doc = articleDoc({
      after: `<div id="outer" class="x-wrap"><h2>Letters</h2><div id="box" class="x-box"><p class="x-note">${phrase}</p><textarea></textarea></div></div>`,
    });
    const p = plan(doc);
    expect(p.items.map((i) => [i.element.id, i.source, i.system])).toEqual([['box', 'phrase', system]]);
  });

  it('hides a box made only of form strings, with no controls', () => {
    const doc = articleDoc({ after: '<div id="left"><span>Deja un comentario</span> <span>Cancelar respuesta</span></div>' });
    expect(plan(doc).items.map((i) => i.element.id)).toEqual(['left']);
  });

  it('never hides an article sentence quoting a form string, nor a text node inside the article', () => {
    const doc = articleDoc({
      inBody:
        '<p>Readers were asked to “Leave a Reply” under the post, and many did within an hour of publication.</p>' +
        '<p>Die Seite zeigte „Schreibe einen Kommentar“ an, obwohl die Kommentare geschlossen waren, sagte sie.</p>',
    });
    const p = plan(doc);
    expect(p.items).toEqual([]);
    expect(p.refused).toEqual([]);
  });

  it('refuses (and reports) a phrase container that would take article paragraphs with it', () => {
    const doc = parse(`<body><div id="page"><div id="body"><p>${'Article text that must stay. '.repeat(8)}</p>
      <p>Leave a Reply</p><textarea></textarea></div></div></body>`);
    const p = plan(doc);
    expect(p.items).toEqual([]);
    expect(p.refused.length).toBeGreaterThan(0);
    expect(p.refused.every((r) => r.source === 'phrase')).toBe(true);
  });

  it('stops climbing at a container too large to be a form', () => {
    const doc = articleDoc({
      after: `<section id="big"><p>${'Unrelated listing text. '.repeat(80)}</p><div id="inner"><span>Leave a Reply</span><span>Cancel reply</span></div><button>Search</button></section>`,
    });
    expect(plan(doc).items.map((i) => i.element.id)).toEqual(['inner']);
  });
});

describe('user rules', () => {
  const page = () =>
    articleDoc({
      after: '<div class="poll" id="poll"><h3>Poll: open on Mondays?</h3><button>Vote</button></div><div class="poll" id="quiz"><h3>Quiz</h3></div>',
    });

  it('hides what a rule selects, reported as source "user"', () => {
    const p = plan(page(), { rules: '##.poll' });
    expect(p.items.map((i) => [i.element.id, i.source, i.system])).toEqual([['poll', 'user', USER_SYSTEM], ['quiz', 'user', USER_SYSTEM]]);
  });

  it('applies :has-text() as a plain, case-sensitive substring test', () => {
    expect(plan(page(), { rules: '##.poll:has-text(Poll:)' }).items.map((i) => i.element.id)).toEqual(['poll']);
    expect(plan(page(), { rules: '##.poll:has-text(poll:)' }).items).toEqual([]);
  });

  it('applies site rules on their site only, and exceptions cancel them', () => {
    expect(plan(page(), { rules: 'other.org##.poll' }).items).toEqual([]);
    expect(plan(page(), { rules: 'example.com##.poll\nexample.com#@#.poll' }).items).toEqual([]);
  });

  it('applies at form level too', () => {
    expect(plan(page(), { rules: '##.poll', level: 'form' }).items).toHaveLength(2);
  });

  it('passes the guard: a rule selecting the article is refused and reported', () => {
    const p = plan(page(), { rules: '##article\n###body > p' });
    expect(p.items).toEqual([]);
    expect(p.refused.length).toBeGreaterThan(0);
    expect(new Set(p.refused.map((r) => r.source))).toEqual(new Set(['user']));
    expect(p.refused.map((r) => r.reason)).toContain('contains the article root');
    expect(p.refused.map((r) => r.reason)).toContain('overlaps an article paragraph');
  });

  it('skips a selector the page cannot parse instead of throwing', () => {
    const doc = page();
    const p = planHiding({ doc, root: doc.getElementById('body'), level: 'section', rules: compileRules(doc, { systems: [], phrases: [], userRules: [{ line: 1, selector: 'div[', hasText: [] }] }) });
    expect(p.items).toEqual([]);
  });
});

describe('levels and attribution', () => {
  const wpdiscuz = () =>
    articleDoc({
      after: `<div id="comments" class="comments-area"><div id="respond" style="width:0;height:0"></div>
        <div id="wpdcom"><div class="wpd-form-wrap"><form><textarea></textarea></form></div>
        <div id="wpd-threads"><div class="wpd-thread-list"><p id="c1">A reader's comment.</p></div></div></div></div>`,
    });

  it('reports a generic WordPress container under the specific system it holds', () => {
    const p = plan(wpdiscuz());
    expect(p.items.map((i) => [i.element.id, i.system])).toEqual([['comments', 'wpdiscuz']]);
  });

  it('at form level hides the forms and keeps the comments', () => {
    const doc = wpdiscuz();
    const p = plan(doc, { level: 'form' });
    expect(p.items.some((i) => i.element.contains(doc.getElementById('c1')))).toBe(false);
    expect(p.items.map((i) => i.element.className || i.element.id)).toEqual(['respond', 'wpd-form-wrap']);
  });

  it('never hides the article when a comment system wraps it', () => {
    const doc = parse(`<body><div id="disqus_thread"><div id="body"><p>${'Story text. '.repeat(30)}</p></div></div></body>`);
    const p = plan(doc);
    expect(p.items).toEqual([]);
    expect(p.refused.map((r) => [r.system, r.reason])).toEqual([['disqus', 'contains the article root']]);
  });
});

describe('comment areas found by name', () => {
  const hiddenIds = (after: string, inBody = '') => plan(articleDoc({ after, inBody })).items.map((i) => i.element.id);

  it('hides a site\'s own comment area named as such, in several spellings', () => {
    expect(hiddenIds('<div id="fbcommentsmodule"><p>Report abuse. Sorry, there was a problem loading.</p></div>')).toEqual(['fbcommentsmodule']);
    expect(hiddenIds('<div id="commentTabContents"><p>Comments are the readers\' own views.</p></div>')).toEqual(['commentTabContents']);
    expect(hiddenIds('<section id="comentarios"><h3>Comentários</h3><textarea></textarea></section>')).toEqual(['comentarios']);
    expect(hiddenIds('<div id="kommentare" class="x"><p>Kommentare sind geschlossen worden.</p></div>')).toEqual(['kommentare']);
    expect(hiddenIds('<iframe id="commentIframe"></iframe>')).toEqual(['commentIframe']);
  });

  it('hides a box named after a comment system, but not its comment count', () => {
    expect(hiddenIds('<div id="livefyreContainer-ca7" class="livefyreContainer"><p>Loading the discussion…</p></div>')).toEqual(['livefyreContainer-ca7']);
    expect(hiddenIds('<section id="s1" class="disqus-wrap"><h3>Join the discussion</h3><iframe></iframe></section>')).toEqual(['s1']);
    expect(hiddenIds('<div id="n1" class="livefyre-count"><p>12 people are talking about this</p></div>')).toEqual([]);
  });

  it('leaves words that only start like "comment", page furniture, empty boxes and the article alone', () => {
    expect(hiddenIds('<div id="commentary" class="commentary-box"><p>Our weekly commentary on city life and culture.</p></div>')).toEqual([]);
    expect(hiddenIds('<div id="c1" class="comment-count">12 comments on this story so far</div>')).toEqual([]);
    expect(hiddenIds('<div id="d1" class="date-and-comments">June 7, 2023, 8:54 PM | Comments</div>')).toEqual([]);
    expect(hiddenIds('<aside id="recent-comments-2" class="widget"><p>Recent comments: Maria on the bridge, Tom on the market</p></aside>')).toEqual([]);
    expect(hiddenIds('<div id="comments_container"></div>')).toEqual([]);
    expect(hiddenIds('<a id="l1" class="comments">Read the 40 comments on this article</a>')).toEqual([]);
    expect(hiddenIds('', '<div id="inner" class="comment-box"><p>A quote box inside the article body itself.</p></div>')).toEqual([]);
  });

  it('hides a named comment area inside the root when it is a small part of it, never an article body named "comment"', () => {
    const box = '<div id="talk" class="page-comments"><p>Discussion policy: comments are moderated by our editors.</p><p>Show comments</p></div>';
    expect(hiddenIds('', box)).toEqual(['talk']);
    expect(hiddenIds('', box.replace('page-comments', 'page-comment'))).toEqual([]);
    const doc = parse(`<body><main id="body"><div id="inner" class="story comment-enabled"><p>${'Article sentence that must stay visible. '.repeat(20)}</p><p>${'Another article sentence. '.repeat(20)}</p></div><p>Short teaser.</p></main></body>`);
    const p = plan(doc);
    expect(p.items).toEqual([]);
    expect(p.refused).toEqual([]);
  });

  it('is not used at form level', () => {
    const doc = articleDoc({ after: '<div id="fbcommentsmodule"><p>Report abuse. Sorry, there was a problem loading.</p></div>' });
    expect(plan(doc, { level: 'form' }).items).toEqual([]);
  });
});
