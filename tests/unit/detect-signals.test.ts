import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/core/article/detect';
import { readJsonLd } from '../../src/core/article/jsonld';
import { isProbablyReaderable } from '../../src/core/article/readerable';
import { findArticleRoot, scanPage } from '../../src/core/article/root';
import { compileRules } from '../../src/core/declutter/rules';
import { LISTING_URL_PATTERNS, STORY_URL_PATTERNS } from '../../src/core/article/signals-data';
import { articleDoc, articleHtml, EN_PARAGRAPHS, parse, RU_PARAGRAPHS } from './helpers/pages';

// One test (or more) per signal of the detector: each would fail if its signal stopped working.

function detect(doc: Document, url?: string, bodyExclusion?: string) {
  return detectArticle(doc, { url, jsonLd: readJsonLd(doc), bodyExclusion });
}
/** The body exclusion compileRules makes of one system with these section selectors. */
const exclusionOf = (doc: Document, section: string[]) =>
  compileRules(doc, { systems: [{ id: 't', name: 't', reference: 'https://example.org/', form: [], section }] }).bodyExclusion;
const names = (v: { signals: { name: string }[] }) => v.signals.map((s) => s.name);
const weightOf = (v: { signals: { name: string; weight: number }[] }, name: string) => v.signals.find((s) => s.name === name)?.weight;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const p = (t: string) => `<p>${t}</p>`;

describe('JSON-LD types', () => {
  it('finds article types in arrays, in @graph and inside CDATA and comment wrappers, with a trailing semicolon', () => {
    expect(names(detect(articleDoc({ head: ld([{ '@type': 'WebSite' }, { '@type': 'BlogPosting' }]) })))).toContain('jsonld:BlogPosting');
    expect(names(detect(articleDoc({ head: ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle' }] }) })))).toContain('jsonld:NewsArticle');
    const cdata = '<script type="application/ld+json">//<![CDATA[\n{"@type":"LiveBlogPosting"}\n//]]></script>'.replace(/\/\//g, '');
    expect(names(detect(articleDoc({ head: cdata })))).toContain('jsonld:LiveBlogPosting');
    const comment = '<script type="application/ld+json">\n<!--\n{"@type":"ReportageNewsArticle"};\n-->\n</script>';
    expect(names(detect(articleDoc({ head: comment })))).toContain('jsonld:ReportageNewsArticle');
    const semicolon = '<script type="application/ld+json"> {"@type":"OpinionNewsArticle"} ; </script>';
    expect(names(detect(articleDoc({ head: semicolon })))).toContain('jsonld:OpinionNewsArticle');
  });

  it('weighs shop, forum and bare video pages against an article, only when no article type is declared', () => {
    for (const [type, weight] of [['Product', -3], ['DiscussionForumPosting', -3], ['QAPage', -3], ['VideoObject', -1]] as const) {
      expect(weightOf(detect(articleDoc({ head: ld({ '@type': type }) })), `jsonld:${type}`), type).toBe(weight);
    }
    const both = detect(articleDoc({ head: ld([{ '@type': 'VideoObject' }, { '@type': 'NewsArticle' }]) }));
    expect(names(both)).toContain('jsonld:NewsArticle');
    expect(names(both)).not.toContain('jsonld:VideoObject');
  });
});

describe('og:type', () => {
  it('counts article for, and website, product, profile, video against', () => {
    const og = (t: string) => detect(articleDoc({ head: `<meta property="og:type" content="${t}">` }));
    expect(weightOf(og('article'), 'og:type=article')).toBe(2);
    expect(weightOf(og('website'), 'og:type=website')).toBe(-1);
    expect(weightOf(og('product'), 'og:type=product')).toBe(-3);
    expect(weightOf(og('profile'), 'og:type=profile')).toBe(-2);
    expect(weightOf(og('video.other'), 'og:type=video.other')).toBe(-1);
    expect(names(og('book')).some((n) => n.startsWith('og:'))).toBe(false);
  });
});

describe('URL shape', () => {
  const urlSignal = (url?: string) => names(detect(articleDoc(), url)).filter((n) => n.startsWith('url:'));
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
    const v = detect(parse(`<body><main>${[0, 1, 2, 3, 4, 5].map(card).join('')}</main></body>`), 'https://n.example/news');
    expect(names(v)).toContain('article-elements:cards');
    expect(v.isArticle).toBe(false);
  });

  it('a long article followed by related-story cards is no listing, and holds the body', () => {
    const doc = parse(articleHtml({ after: `<section class="related">${[0, 1, 2].map(card).join('')}</section>` }));
    const v = detect(doc, 'https://n.example/news');
    expect(names(v)).not.toContain('article-elements:cards');
    expect(names(v)).toContain('article-element:holds-body');
  });

  it('a body outside <article> with a few <article> cards elsewhere is no listing either', () => {
    const doc = parse(`<body><div id="body">${EN_PARAGRAPHS.map(p).join('')}${EN_PARAGRAPHS.map(p).join('')}</div><aside>${[0, 1, 2].map(card).join('')}</aside><div>${[3, 4, 5].map(card).join('')}</div></body>`);
    expect(names(detect(doc, 'https://n.example/news'))).not.toContain('article-elements:cards');
  });

  it('comments written as <article> elements inside a comment container do not count', () => {
    const comments = `<div id="comments">${[0, 1, 2, 3, 4].map((i) => `<article class="comment"><p>${EN_PARAGRAPHS[i % 4]}</p></article>`).join('')}</div>`;
    const doc = parse(articleHtml({ after: comments }));
    expect(names(detect(doc, 'https://n.example/news', '#comments'))).not.toContain('article-elements:cards');
  });
});

describe('paragraph mass', () => {
  it('long, medium and short bodies', () => {
    const mass = (n: number) => names(detect(articleDoc({ paragraphs: Array.from({ length: n }, (_, i) => EN_PARAGRAPHS[i % 4]!) }))).find((x) => x.startsWith('paragraph-mass'));
    expect(mass(1)).toBe('paragraph-mass:short');
    expect(mass(4)).toBe('paragraph-mass:medium');
    expect(mass(9)).toBe('paragraph-mass:long');
  });

  it('Cyrillic text is weighed like Latin text: the Russian body gets the same verdict and signals', () => {
    const en = detect(articleDoc({ paragraphs: EN_PARAGRAPHS }), 'https://n.example/news');
    const ru = detect(articleDoc({ lang: 'ru', paragraphs: RU_PARAGRAPHS }), 'https://n.example/news');
    expect(ru.isArticle).toBe(en.isArticle);
    expect(names(ru)).toEqual(names(en));
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
    expect(names(detect(doc, 'https://n.example/news'))).toContain('readerable');
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

  it('text scattered over many small blocks counts against the page when it is not readerable', () => {
    const doc = parse(`<body>${EN_PARAGRAPHS.map((t) => `<div class="teaser"><p>${t.slice(0, 120)}</p></div>`).join('')}</body>`);
    expect(names(detect(doc, 'https://n.example/news'))).toContain('text-scattered');
  });
});

describe('link density', () => {
  it('is weighed when it can turn the verdict, and not when the verdict is clear', () => {
    const links = EN_PARAGRAPHS.map((t, i) => `<p><a href="/${i}">${t}</a></p>`).join('');
    expect(names(detect(parse(`<body><div>${links}</div></body>`), 'https://n.example/news'))).toContain('link-density:high');
    const declared = parse(`<head>${ld({ '@type': 'NewsArticle' })}<meta property="og:type" content="article"></head><body><div>${links}${links}</div></body>`);
    expect(names(detect(declared, 'https://n.example/2024/01/01/x/'))).not.toContain('link-density:high');
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
    expect(detect(doc, 'https://n.example/news', exclusion).root?.className).toBe('commentary-body');
  });
});

describe('og:type in a broken head', () => {
  it('is read where the parser put it, in the body', () => {
    const doc = parse(`<body><meta property="og:type" content="article">${EN_PARAGRAPHS.map(p).join('')}</body>`);
    expect(doc.querySelector('meta')!.parentElement!.localName).toBe('body');
    expect(names(detect(doc, 'https://n.example/news'))).toContain('og:type=article');
  });
});

describe('verdict and confidence', () => {
  it('does not read the text when the declarations and the URL already rule an article out', () => {
    const head = ld({ '@type': 'CollectionPage' }) + '<meta property="og:type" content="website">';
    const listing = detect(articleDoc({ head }), 'https://n.example/tag/harbour/');
    expect(listing.isArticle).toBe(false);
    expect(names(listing).some((n) => n.startsWith('paragraph-mass') || n === 'readerable')).toBe(false);
    // One listing signal alone still leaves the decision to the text.
    expect(names(detect(articleDoc({ head }), 'https://n.example/news'))).toContain('readerable');
  });

  it('a declared article without any body text is not an article (nothing to read, no root)', () => {
    const v = detect(parse(`<head>${ld({ '@type': 'NewsArticle' })}<meta property="og:type" content="article"></head><body><video></video></body>`), 'https://n.example/2024/01/01/v/');
    expect(v.isArticle).toBe(false);
    expect(v.root).toBeNull();
  });

  it('reports every signal it weighed, and a confidence that is higher far from the threshold', () => {
    const clear = detect(articleDoc({ head: ld({ '@type': 'NewsArticle' }) + '<meta property="og:type" content="article">' }), 'https://n.example/2024/01/01/x/');
    const close = detect(articleDoc({ paragraphs: EN_PARAGRAPHS.slice(0, 3) }), 'https://n.example/news');
    expect(clear.signals.length).toBeGreaterThan(3);
    expect(clear.confidence).toBeGreaterThan(close.confidence);
  });
});
