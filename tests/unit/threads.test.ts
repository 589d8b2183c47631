import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../src/core/article/root';
import { headerDate } from '../../src/core/article/header-date';
import { planHiding, THREAD_SYSTEM } from '../../src/core/declutter/plan';
import { compileRules } from '../../src/core/declutter/rules';
import { THREAD_WORDS } from '../../src/core/declutter/thread-words';
import { findThreads, hasReplyControl, headingKey } from '../../src/core/declutter/threads';
import { parse } from './helpers/pages';

// Comment threads found by shape and words (threads.ts), with the fixtures tests/fixtures/threads-* in eight
// languages; here the cases that must not be taken for one, and the pieces one at a time.

const ARTICLE = `<article id="story"><h1>Harbour ferry changes its timetable</h1>
<p class="byline">By Staff writer · <time>12 May 2026</time></p>
<div id="body">
<p>The harbour ferry will run every twenty minutes from Monday while the old road bridge is closed for six weeks of repairs to its deck.</p>
<p>The operator said two extra boats had been leased from a neighbouring port, and the first crossing would move forward to half past five.</p>
<p>Cyclists may take bicycles on board free of charge during the closure, although the council asked riders to avoid the busiest sailings.</p>
</div></article>`;

const post = (who: string, text: string, control = '') =>
  `<li class="entry"><span class="author">${who}</span> <time>12 May 2026</time><p>${text}</p>${control}</li>`;

function threadsOf(after: string) {
  const doc = parse(`<!doctype html><body><main>${ARTICLE}${after}</main></body>`);
  const root = doc.getElementById('body')!;
  return { doc, root, found: findThreads(doc, root, compileRules(doc).threads, []) };
}

describe('findThreads', () => {
  it('finds a list of posts announced by a heading with a count', () => {
    const { found } = threadsOf(`<section id="talk"><h2>14 Comments</h2><ol id="list">${post('gull', 'Twenty minutes is better than I expected, honestly.')}${post('Ann', 'Will the early boat run on Sundays too?')}</ol></section>`);
    expect(found.map((f) => [f.element.id, f.kind, f.posts])).toEqual([['talk', 'thread', 2]]);
  });

  it('finds posts with a reply control in each, with no heading', () => {
    const reply = '<button type="button">Antworten</button>';
    const { found } = threadsOf(`<div><ul id="list">${post('Möwe', 'Zwanzig Minuten sind besser als erwartet.', reply)}${post('Kai', 'Fährt das frühe Boot auch sonntags?', reply)}</ul></div>`);
    expect(found.map((f) => f.element.querySelector('ul')?.id ?? f.element.id)).toEqual(['list']);
  });

  it('leaves a list of related stories alone: authors and dates, but headline links and no comment words', () => {
    const teaser = (t: string) => `<li class="teaser"><h3><a href="/s/">${t}</a></h3><span class="author">Port desk</span> <time>2 May 2026</time></li>`;
    expect(threadsOf(`<section><h2>More from the harbour</h2><ul>${teaser('New berth opens for fishing boats')}${teaser('Tide gauge replaced after the storm')}${teaser('Water taxi trial extended')}</ul></section>`).found).toEqual([]);
  });

  it('leaves repeated dated blocks with no comment words alone (live updates, agenda items)', () => {
    const { found } = threadsOf(`<ul>${post('Desk', 'Water is still over the quay at the fish market this evening.')}${post('Desk', 'All evening crossings are cancelled, the operator says.')}</ul>`);
    expect(found).toEqual([]);
  });

  it('reports nested replies once, inside the outermost list', () => {
    const reply = '<a href="#r" class="r-answer">Reply</a>';
    const nested = `<li class="entry"><span class="author">Ann</span> <time>1</time><p>First comment, with an answer below it.</p>${reply}<ul id="inner">${post('Bo', 'An answer to the first comment.', reply)}${post('Cy', 'Another answer to the first comment.', reply)}</ul></li>`;
    const { found } = threadsOf(`<div id="outer-wrap"><ul id="outer">${nested}${post('Di', 'A second comment on the story.', reply)}</ul></div>`);
    expect(found).toHaveLength(1);
    expect(found[0]!.element.contains(found[0]!.element.ownerDocument.getElementById('inner'))).toBe(true);
  });

  it('takes a "load comments" control with its count, and stops where more text begins', () => {
    const { found } = threadsOf(`<div id="bar"><span>146</span> <button>Show all comments</button></div><p id="after">The next story on this page has a long paragraph of its own that is not part of the control and must stay visible.</p>`);
    expect(found.map((f) => [f.element.id, f.kind])).toEqual([['bar', 'load']]);
  });
});

describe('planHiding with threads', () => {
  it('hides a thread at section level only, under the thread system', () => {
    const html = `<!doctype html><body><main>${ARTICLE}<section id="talk"><h2>Комментарии (2)</h2><ol>${post('Чайка', 'Двадцать минут лучше, чем я ожидала.')}${post('Олег', 'А ранний рейс будет по воскресеньям?')}</ol></section></main></body>`;
    const doc = parse(html);
    const root = doc.getElementById('body');
    const section = planHiding({ doc, root, level: 'section', rules: compileRules(doc) });
    expect(section.items.map((i) => [i.element.id, i.system])).toEqual([['talk', THREAD_SYSTEM]]);
    expect(planHiding({ doc, root, level: 'form', rules: compileRules(doc) }).items).toEqual([]);
  });

  it("never hides the article header's byline and date, whatever its box is named", () => {
    const html = `<!doctype html><body><main><article><h1>Ferry</h1><div class="story-comments-bar" id="bar"><span class="byline">By Staff</span> · <time>12 May 2026</time> · <a href="#c">3 comments</a></div>${ARTICLE.replace(/<article[^>]*>|<\/article>|<h1>.*<\/h1>/g, '').replace(/<p class="byline">.*<\/p>/, '')}</article></main></body>`;
    const doc = parse(html);
    const p = planHiding({ doc, root: doc.getElementById('body'), level: 'section', rules: compileRules(doc) });
    expect(p.items).toEqual([]);
    expect(p.refused.map((r) => [r.element.id, r.reason])).toEqual([['bar', "holds the article's date or byline"]]);
  });
});

describe('the root and the header date beside a thread', () => {
  const reply = '<a href="#" class="comment-reply">Reply</a>';
  const long = (n: number) => `Comment number ${n} is long enough to count as a paragraph of text, and it goes on for a while about the ferry. `.repeat(6);
  const html = `<!doctype html><body><main id="main">${ARTICLE}<ol>${[1, 2, 3, 4].map((n) => post(`u${n}`, long(n), reply)).join('')}</ol></main></body>`;

  it('does not widen the article root over the paragraphs of comment posts', () => {
    const doc = parse(html);
    expect(findArticleRoot(doc).root?.id).toBe('body');
    // The same posts without reply controls are ordinary blocks: the longest of them outweighs the body.
    expect(findArticleRoot(parse(html.replaceAll(reply, ''))).root?.id).not.toBe('body');
  });

  it('never puts the root inside a comment, even an embed deep in one that outweighs the body', () => {
    const embed = `<div class="embed">${[1, 2, 3, 4].map((n) => `<p>${long(n)}</p>`).join('')}</div>`;
    const deep = (inner: string) => `<div class="c-item"><div class="c-self"><div class="c-content"><div class="c-media"><div class="c-box">${inner}</div></div></div></div><div class="c-reply">Reply</div></div>`;
    const doc = parse(`<!doctype html><body><main>${ARTICLE}<div class="c-list">${deep(embed)}${deep('<p>A short one.</p>')}</div></main></body>`);
    expect(findArticleRoot(doc).root?.id).toBe('body');
  });

  it('reads no date from a comment that follows the body', () => {
    const doc = parse(`<!doctype html><body><div id="root"><p>${'A long paragraph of the article itself. '.repeat(20)}</p><div class="c">Ann · <time>3 June 2024</time></div></div></body>`);
    expect(headerDate(doc.getElementById('root'), null)).toBeNull();
  });
});

describe('THREAD_WORDS', () => {
  it('has the eight languages of the form strings, each with every kind of word', () => {
    expect(THREAD_WORDS.map((s) => s.lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt', 'ru', 'uk']);
    for (const s of THREAD_WORDS) for (const kind of ['headings', 'replies', 'loads'] as const) expect(s[kind].length, `${s.lang} ${kind}`).toBeGreaterThan(0);
  });

  it('is written as it is compared: lower case, single spaces, no duplicates, headings without digits or punctuation', () => {
    for (const s of THREAD_WORDS) {
      for (const list of [s.headings, s.headingStarts, s.replies, s.loads]) {
        expect(new Set(list).size, s.lang).toBe(list.length);
        for (const w of list) expect(w, s.lang).toBe(w.toLowerCase().replace(/\s+/g, ' ').trim());
      }
      for (const w of [...s.headings, ...s.headingStarts, ...s.replies]) expect(headingKey(w), s.lang).toBe(w);
    }
  });

  it('reads a reply control with its marks and count, and nothing longer', () => {
    const replies = new Set(THREAD_WORDS.flatMap((s) => s.replies));
    const block = (control: string) => parse(`<body><div id="b"><p>Text</p>${control}</div></body>`).getElementById('b')!;
    expect(hasReplyControl(block('<button>↩ Reply (2)</button>'), replies)).toBe(true);
    expect(hasReplyControl(block('<a href="#">Ответить</a>'), replies)).toBe(true);
    expect(hasReplyControl(block('<a href="#">Reply all you want, nobody reads this</a>'), replies)).toBe(false);
    expect(hasReplyControl(block('<a href="#">Share</a>'), replies)).toBe(false);
  });

  it('reads a heading without its count, brackets and quotes', () => {
    expect(headingKey('Comments (12)')).toBe('comments');
    expect(headingKey('3 thoughts on “Ferry timetable”')).toBe('thoughts on ferry timetable');
    expect(headingKey('Комментарии: 4')).toBe('комментарии');
  });
});
