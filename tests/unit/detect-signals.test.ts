import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { detectArticle } from '../../src/core/article/detect';
import { MODEL, MODEL_LIMITS } from '../../src/core/article/model';
import { FEATURES, measureAll, type Measured } from '../../src/core/article/features';
import { readJsonLd } from '../../src/core/article/jsonld';
import { isProbablyReaderable } from '../../src/core/article/readerable';
import { findArticleRoot, scanPage } from '../../src/core/article/root';
import { compileRules } from '../../src/core/declutter/rules';
import { LISTING_URL_PATTERNS, STORY_URL_PATTERNS } from '../../src/core/article/signals-data';
import { articleDoc, articleHtml, EN_PARAGRAPHS, parse, RU_PARAGRAPHS } from './helpers/pages';

// One test (or more) per feature of the detector: each would fail if its feature stopped measuring what it
// says. Features are measured in full here (the detector itself stops once the rest cannot change its verdict).

function detect(doc: Document, url?: string, bodyExclusion?: string) {
  return detectArticle(doc, { url, jsonLd: readJsonLd(doc), bodyExclusion });
}
/** The body exclusion compileRules makes of one system with these section selectors. */
const exclusionOf = (doc: Document, section: string[]) =>
  compileRules(doc, { systems: [{ id: 't', name: 't', reference: 'https://example.org/', form: [], section }] }).bodyExclusion;
/** Every feature measured on the page, by name (0 when it did not fire). */
function features(doc: Document, url = 'https://n.example/news', bodyExclusion?: string): Measured {
  return measureAll(doc, { url, jsonLd: readJsonLd(doc), bodyExclusion });
}
const fired = (m: Measured) => Object.keys(m.values).filter((k) => m.values[k]);
const names = (doc: Document, url?: string, bodyExclusion?: string) => fired(features(doc, url, bodyExclusion));
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const p = (t: string) => `<p>${t}</p>`;

describe('JSON-LD types', () => {
  const ldType = (head: string) => features(articleDoc({ head })).details['jsonld:article'];
  it('finds article types in arrays, in @graph and inside CDATA and comment wrappers, with a trailing semicolon', () => {
    expect(ldType(ld([{ '@type': 'WebSite' }, { '@type': 'BlogPosting' }]))).toBe('BlogPosting');
    expect(ldType(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle' }] }))).toBe('NewsArticle');
    const cdata = '<script type="application/ld+json">//<![CDATA[\n{"@type":"LiveBlogPosting"}\n//]]></script>'.replace(/\/\//g, '');
    expect(ldType(cdata)).toBe('LiveBlogPosting');
    const comment = '<script type="application/ld+json">\n<!--\n{"@type":"ReportageNewsArticle"};\n-->\n</script>';
    expect(ldType(comment)).toBe('ReportageNewsArticle');
    const semicolon = '<script type="application/ld+json"> {"@type":"OpinionNewsArticle"} ; </script>';
    expect(ldType(semicolon)).toBe('OpinionNewsArticle');
  });

  it('tells shop, forum, listing and bare video pages apart, the non-article kinds only when no article type is declared', () => {
    for (const [type, feature] of [['Product', 'jsonld:product'], ['Offer', 'jsonld:product'], ['DiscussionForumPosting', 'jsonld:discussion'], ['QAPage', 'jsonld:discussion'], ['VideoObject', 'jsonld:video'], ['CollectionPage', 'jsonld:listing']] as const) {
      const m = features(articleDoc({ head: ld({ '@type': type }) }));
      expect(m.values[feature], type).toBe(1);
      expect(m.details[feature], type).toBe(type);
    }
    const both = names(articleDoc({ head: ld([{ '@type': 'VideoObject' }, { '@type': 'NewsArticle' }]) }));
    expect(both).toContain('jsonld:article');
    expect(both).not.toContain('jsonld:video');
  });
});

describe('og:type', () => {
  it('tells an article, a website and other kinds of page apart, and ignores what it does not know', () => {
    const og = (t: string) => features(articleDoc({ head: `<meta property="og:type" content="${t}">` }));
    expect(og('article').values['og:article']).toBe(1);
    expect(og('website').values['og:website']).toBe(1);
    for (const t of ['product', 'profile', 'video.other', 'music.song']) expect(og(t).details['og:other'], t).toBe(t);
    expect(fired(og('game')).some((n) => n.startsWith('og:'))).toBe(false);
  });
});

describe('URL shape', () => {
  const urlSignal = (url = 'about:blank') => names(articleDoc(), url).filter((n) => n.startsWith('url:'));
  it('recognises story URLs: a date, a long id, .html, a slug of three words, in Cyrillic too', () => {
    expect(urlSignal('https://n.example/2024/07/09/x/')).toEqual(['url:story']);
    expect(urlSignal('https://n.example/news/1958231847')).toEqual(['url:story']);
    expect(urlSignal('https://n.example/a/b.html')).toEqual(['url:story']);
    expect(urlSignal('https://n.example/news/dredging-to-resume-soon')).toEqual(['url:story']);
    expect(urlSignal('https://n.example/news/%D0%B4%D1%83%D0%BC%D0%B0-%D0%BE%D1%82%D0%BB%D0%BE%D0%B6%D0%B8%D0%BB%D0%B0-%D0%B3%D0%BE%D0%BB%D0%BE%D1%81%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5')).toEqual(['url:story']);
  });

  it('recognises listings (tags, rubrics, authors, page 2, ?page=, search) and the home page', () => {
    for (const url of ['https://n.example/tags/x', 'https://n.example/rubric/social/', 'https://n.example/author/m/', 'https://n.example/page/2/',
      'https://n.example/news?page=3', 'https://n.example/search?text=x', 'https://n.example/?s=x']) expect(urlSignal(url), url).toEqual(['url:listing']);
    expect(urlSignal('https://n.example/')).toEqual(['url:home']);
    expect(urlSignal('https://n.example/index.html')).toEqual(['url:home']);
    expect(urlSignal('https://n.example')).toEqual(['url:home']);
    expect(urlSignal('HTTP://user@n.example:8080/?q=x#top')).toEqual(['url:listing']);
  });

  it('reads the path without the fragment, and a query only after the path', () => {
    expect(urlSignal('https://n.example/news#page/2/')).toEqual([]);
    expect(urlSignal('https://n.example/news/dredging-to-resume-soon#comments')).toEqual(['url:story']);
    expect(urlSignal('https://n.example/?')).toEqual(['url:home']);
  });

  it('keeps each list of URL shapes testable as one expression (the detector joins them)', () => {
    // Listing shapes are joined under the i flag, story shapes under i and u: a shape with other flags would
    // change its meaning when joined.
    for (const re of LISTING_URL_PATTERNS) expect(re.flags, re.source).toBe('i');
    for (const re of STORY_URL_PATTERNS) expect(re.flags.replace(/[iu]/g, ''), re.source).toBe('');
  });

  it('says nothing for a neutral path or a page without a web URL', () => {
    expect(urlSignal('https://n.example/news')).toEqual([]);
    expect(urlSignal('about:blank')).toEqual([]);
    expect(urlSignal('file:///home/me/page.html')).toEqual([]);
  });
});

describe('<article> elements', () => {
  const card = (i: number) => `<article class="card"><h3><a href="/s/${i}">Headline ${i}</a></h3><p>${EN_PARAGRAPHS[i % 4]!.slice(0, 110)}</p></article>`;

  it('many short cards with no dominant one are a listing', () => {
    const doc = parse(`<body><main>${[0, 1, 2, 3, 4, 5].map(card).join('')}</main></body>`);
    expect(names(doc)).toContain('article-elements:cards');
    expect(detect(doc, 'https://n.example/news').isArticle).toBe(false);
  });

  it('a long article followed by related-story cards is no listing, and holds the body', () => {
    const doc = parse(articleHtml({ after: `<section class="related">${[0, 1, 2].map(card).join('')}</section>` }));
    expect(names(doc)).not.toContain('article-elements:cards');
    expect(names(doc)).toContain('article-element:holds-body');
  });

  it('a body outside <article> with a few <article> cards elsewhere is no listing either', () => {
    const doc = parse(`<body><div id="body">${EN_PARAGRAPHS.map(p).join('')}${EN_PARAGRAPHS.map(p).join('')}</div><aside>${[0, 1, 2].map(card).join('')}</aside><div>${[3, 4, 5].map(card).join('')}</div></body>`);
    expect(names(doc)).not.toContain('article-elements:cards');
  });

  it('comments written as <article> elements inside a comment container do not count', () => {
    const comments = `<div id="comments">${[0, 1, 2, 3, 4].map((i) => `<article class="comment"><p>${EN_PARAGRAPHS[i % 4]}</p></article>`).join('')}</div>`;
    const doc = parse(articleHtml({ after: comments }));
    expect(names(doc, undefined, '#comments')).not.toContain('article-elements:cards');
  });
});

describe('paragraph mass', () => {
  it('long, medium and short bodies', () => {
    const mass = (n: number) => names(articleDoc({ paragraphs: Array.from({ length: n }, (_, i) => EN_PARAGRAPHS[i % 4]!) })).filter((x) => x === 'body:long' || x === 'body:medium');
    expect(mass(1)).toEqual([]);
    expect(mass(4)).toEqual(['body:medium']);
    expect(mass(9)).toEqual(['body:long']);
  });

  it('Cyrillic text is weighed like Latin text: the Russian body gets the same verdict and signals', () => {
    const en = articleDoc({ paragraphs: EN_PARAGRAPHS });
    const ru = articleDoc({ lang: 'ru', paragraphs: RU_PARAGRAPHS });
    expect(detect(ru, 'https://n.example/news').isArticle).toBe(detect(en, 'https://n.example/news').isArticle);
    expect(names(ru).filter((n) => n.startsWith('body:') || n === 'readerable')).toEqual(names(en).filter((n) => n.startsWith('body:') || n === 'readerable'));
  });

  it('Chinese text counts each character like a short word, so a short Chinese story is readerable', () => {
    const zh = [
      '港务局周二表示，北航道疏浚工程将于下月恢复。去年冬天淤泥使粮食船泊位关闭近六周，船舶只能在锚地等待。市政府聘请的工程师估计，航道水深减少了近一米。',
      '工程师估计，自上次测量以来航道水深减少了近一米，如不定期疏浚，大型船舶将不得不在锚地卸货。工程预计耗资约四千万，大部分由地区发展基金承担。',
      '船舶代理对这一决定表示欢迎，但对时间表表示怀疑。一位代理说：每年春天我们都听到同样的承诺。市议会将于月底开会表决其余部分的资金。',
    ];
    for (const t of zh) expect(t.length).toBeLessThan(140);
    const doc = articleDoc({ lang: 'zh', paragraphs: zh });
    expect(isProbablyReaderable(doc)).toBe(false);
    expect(scanPage(doc).readerable).toBe(true);
    expect(names(doc)).toContain('readerable');
  });
});

describe('readerability', () => {
  it('agrees with isProbablyReaderable on Latin pages, including <div> text split by <br> and hidden blocks', () => {
    const pages = [
      articleHtml(),
      articleHtml({ paragraphs: EN_PARAGRAPHS.slice(0, 1) }),
      `<body><div>${EN_PARAGRAPHS.join('<br><br>')}</div></body>`,
      `<body><div style="display:none">${EN_PARAGRAPHS.map(p).join('')}</div>${EN_PARAGRAPHS.map((t) => `<p hidden>${t}</p>`).join('')}</body>`,
      `<body><ul>${EN_PARAGRAPHS.map((t) => `<li><p>${t}</p></li>`).join('')}</ul></body>`,
      `<body>${EN_PARAGRAPHS.map((t) => `<p class="sidebar">${t}</p>`).join('')}</body>`,
      `<body><article>${EN_PARAGRAPHS.join(' ')} ${EN_PARAGRAPHS.join(' ')}</article></body>`,
    ];
    for (const html of pages) {
      const doc = parse(html);
      expect(scanPage(doc).readerable, html.slice(0, 80)).toBe(isProbablyReaderable(doc));
    }
  });

  it('measures how much of the paragraph text lies outside the root', () => {
    const doc = parse(`<body>${EN_PARAGRAPHS.map((t) => `<div class="teaser"><p>${t.slice(0, 120)}</p></div>`).join('')}</body>`);
    expect(features(doc).values['body:scattered']).toBe(0.75);
    expect(features(articleDoc()).values['body:scattered'] ?? 0).toBe(0);
  });
});

describe('links', () => {
  it('measures the share of link text in the root and in the page', () => {
    const links = EN_PARAGRAPHS.map((t, i) => `<p><a href="/${i}">${t}</a></p>`).join('');
    const m = features(parse(`<body><div>${links}</div></body>`));
    expect(m.values['links:root']).toBe(1);
    expect(m.values['links:page']).toBeGreaterThan(0.9);
    const plain = features(articleDoc());
    expect(plain.values['links:root'] ?? 0).toBe(0);
    expect(plain.values['links:page']).toBeLessThan(0.1);
  });
});

describe('text blocks and the root', () => {
  const wire = (n: number) => `<div class="article__body">${RU_PARAGRAPHS.slice(0, n).map((t) => `<div class="article__block"><div class="article__text">${t}</div></div>`).join('')}</div>`;

  it('a declared article whose text sits straight in divs (a wire agency layout) is found, its root the whole body', () => {
    const doc = parse(`<html lang="ru"><head>${ld({ '@type': 'NewsArticle' })}</head><body><h1>Заголовок</h1>${wire(4)}</body></html>`);
    const v = detect(doc, 'https://n.example/20240709/x-1958231847.html');
    expect(v.isArticle).toBe(true);
    expect(v.root?.classList.contains('article__body')).toBe(true);
  });

  it('the same divs without any declaration stay unread (no full text walk on every page)', () => {
    const doc = parse(`<html lang="ru"><body>${wire(4)}</body></html>`);
    expect(detect(doc, 'https://n.example/news').root).toBeNull();
  });

  it('an <article> made readerable by text in divs has its text blocks counted', () => {
    const doc = parse(`<body><article><h1>T</h1><div>${EN_PARAGRAPHS.slice(0, 3).join(' ')}</div><div>${EN_PARAGRAPHS.slice(1).join(' ')}</div></article></body>`);
    const v = detect(doc, 'https://n.example/news');
    expect(v.isArticle).toBe(true);
    expect(v.root?.localName).toBe('article');
  });

  it('widens past wrappers that add nothing to the parent that gathers the body', () => {
    const doc = parse(`<body><div id="story">${EN_PARAGRAPHS.map((t) => `<div class="block"><div class="inner">${p(t)}</div></div>`).join('')}</div></body>`);
    expect(findArticleRoot(doc).root?.id).toBe('story');
  });

  it('does not take name fragments of the comment selector for comment areas ("commentary" is an opinion column)', () => {
    const doc = parse(`<body><main class="commentary-layout"><div class="commentary-body">${EN_PARAGRAPHS.map(p).join('')}</div></main></body>`);
    const exclusion = exclusionOf(doc, ['#comments', '[class*="omment"]', '[id*="omment"]']);
    expect(exclusion).toContain('#comments');
    expect(exclusion).not.toContain('omment"]');
    // A container narrowed by a name test inside :not(...) is a comment container all the same.
    expect(exclusionOf(doc, ['div[id^="vuukle-comments-"]:not([id$="-count"])'])).toContain('vuukle-comments-');
    expect(features(doc, undefined, exclusion).root?.className).toBe('commentary-body');
  });
});

describe('og:type in a broken head', () => {
  it('is read where the parser put it, in the body', () => {
    const doc = parse(`<body><meta property="og:type" content="article">${EN_PARAGRAPHS.map(p).join('')}</body>`);
    expect(doc.querySelector('meta')!.parentElement!.localName).toBe('body');
    expect(names(doc)).toContain('og:article');
  });
});

describe('verdict and confidence', () => {
  it('stops measuring once the stages left cannot change the verdict: with weights that let a declaration decide, the text is not read', () => {
    const decisive = { ...MODEL, weights: { ...MODEL.weights, 'jsonld:listing': -40 } };
    const head = ld({ '@type': 'CollectionPage' });
    const listing = detectArticle(articleDoc({ head }), { url: 'https://n.example/tag/harbour/', jsonLd: readJsonLd(articleDoc({ head })), model: decisive });
    expect(listing.isArticle).toBe(false);
    expect(listing.signals.map((s) => s.name)).toEqual(['jsonld:listing', 'url:listing']);
    // With the shipped weights no declaration outweighs a long body: the text is read.
    expect(detect(articleDoc({ head }), 'https://n.example/tag/harbour/').signals.map((s) => s.name)).toContain('readerable');
  });

  it('gives the verdict a full measurement gives, on every fixture page', () => {
    for (const name of readdirSync('tests/fixtures')) {
      const html = readFileSync(`tests/fixtures/${name}/page.html`, 'utf8');
      const { url } = JSON.parse(readFileSync(`tests/fixtures/${name}/expected.json`, 'utf8')) as { url?: string };
      const m = features(parse(html), url);
      let score = MODEL.bias;
      for (const [k, x] of Object.entries(m.values)) score += (MODEL.weights[k] ?? 0) * x;
      expect(detect(parse(html), url).isArticle, name).toBe(score >= 0 && m.root !== null);
    }
  });

  it('a declared article without any body text is not an article (nothing to read, no root)', () => {
    const v = detect(parse(`<head>${ld({ '@type': 'NewsArticle' })}<meta property="og:type" content="article"></head><body><video></video></body>`), 'https://n.example/2024/01/01/v/');
    expect(v.isArticle).toBe(false);
    expect(v.root).toBeNull();
  });

  it('reports the signals it weighed, strongest first, and a confidence that is higher far from the edge', () => {
    const clear = detect(articleDoc({ head: ld({ '@type': 'NewsArticle' }) + '<meta property="og:type" content="article">' }), 'https://n.example/2024/01/01/x/');
    const close = detect(articleDoc({ paragraphs: EN_PARAGRAPHS.slice(0, 3) }), 'https://n.example/news');
    expect(clear.signals.length).toBeGreaterThan(3);
    const strengths = clear.signals.map((s) => Math.abs(s.weight));
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    expect(clear.signals.find((s) => s.name === 'jsonld:article')?.detail).toBe('NewsArticle');
    expect(clear.confidence).toBeGreaterThan(close.confidence);
  });
});

describe('structure: threads, forms, shops, teasers', () => {
  const post = (i: number) => `<div class="post"><span class="username">user${i}</span><time datetime="2024-01-0${i + 1}">Jan ${i + 1}</time><p>${EN_PARAGRAPHS[i % 4]}</p></div>`;
  it('a thread of posts, each with its author and date, counts its posts; an article does not', () => {
    const thread = features(parse(`<body><div class="thread">${[0, 1, 2, 3, 4].map(post).join('')}</div></body>`));
    expect(thread.values['thread:posts']).toBeGreaterThan(0.5);
    expect(features(articleDoc()).values['thread:posts'] ?? 0).toBe(0);
  });

  it('a sign-in form as the main content counts, a search box in the header does not', () => {
    const login = features(parse(`<body><main><div class="box"><h1>Sign in</h1><form><input name="u"><input type="password" name="p"><button>Go</button></form><p>${EN_PARAGRAPHS[0]}</p><p>${EN_PARAGRAPHS[1]}</p></div></main></body>`));
    expect(login.values['forms:password']).toBe(1);
    expect(login.values['forms:fields']).toBeGreaterThan(0);
    const article = features(articleDoc());
    expect(article.values['forms:password'] ?? 0).toBe(0);
    const withSearch = parse(articleHtml().replace('<nav>', '<nav><form><input type="search" name="q"></form>'));
    expect(features(withSearch).values['forms:fields'] ?? 0).toBe(0);
    // A site menu's sign-in dropdown and a share box's embed field are page furniture, not the page's content.
    const withMenu = parse(articleHtml().replace('<body>', '<body><ul class="primary"><li class="dropdown"><form><input name="u"><input type="password" name="p"></form></li></ul><div class="share"><textarea>embed</textarea></div>'));
    expect(features(withMenu).values['forms:password'] ?? 0).toBe(0);
    expect(features(withMenu).values['forms:fields'] ?? 0).toBe(0);
  });

  it('product markup is a shop page', () => {
    const doc = parse(articleHtml({ inBody: '<div itemscope itemtype="https://schema.org/Product"><span itemprop="price">9.99</span><button class="add-to-cart">Add</button></div>' }));
    expect(features(doc).values.shop).toBe(1);
    expect(features(articleDoc()).values.shop ?? 0).toBe(0);
  });

  it('headings that are links are teasers; a heading with an "edit" link is not', () => {
    const teasers = parse(`<body><main>${[0, 1, 2, 3].map((i) => `<div><h3><a href="/s/${i}">A headline of story number ${i}</a></h3><p>${EN_PARAGRAPHS[i]!.slice(0, 90)}</p></div>`).join('')}</main></body>`);
    expect(features(teasers).values.teasers).toBe(0.2);
    const edits = parse(articleHtml({ inBody: '<h2>Background of the story <a href="?edit=1">edit</a></h2>' }));
    expect(features(edits).values.teasers ?? 0).toBe(0);
  });
});

describe('the model', () => {
  it('weighs every feature, knows no other, and keeps the address within its limits', () => {
    const known = new Set(FEATURES.map((f) => f.name));
    expect(new Set(Object.keys(MODEL.weights))).toEqual(known);
    for (const [name, [least, most]] of Object.entries(MODEL_LIMITS)) {
      expect(MODEL.weights[name], name).toBeGreaterThanOrEqual(least);
      expect(MODEL.weights[name], name).toBeLessThanOrEqual(most);
    }
    expect(Number.isFinite(MODEL.bias)).toBe(true);
  });
});
