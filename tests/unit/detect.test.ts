import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/core/article/detect';
import { readJsonLd } from '../../src/core/article/jsonld';
import { NON_BODY_ANCESTORS } from '../../src/core/article/signals-data';
import { articleDoc, EN_PARAGRAPHS, parse, RU_PARAGRAPHS } from './helpers/pages';

function detect(doc: Document, url?: string, bodyExclusion?: string) {
  return detectArticle(doc, { url, jsonLd: readJsonLd(doc), bodyExclusion });
}

const names = (v: { signals: { name: string }[] }) => v.signals.map((s) => s.name);

describe('detectArticle', () => {
  it('detects the demo tagDiv article and returns its body as the root', () => {
    const doc = parse(readFileSync('tests/fixtures/demo-tagdiv-article/page.html', 'utf8'));
    const v = detect(doc, 'https://steppe-courier.example/2021/07/09/tajikistan-reservists/');
    expect(v.isArticle).toBe(true);
    expect(v.root?.classList.contains('td-post-content')).toBe(true);
    expect(names(v)).toEqual(expect.arrayContaining(['jsonld:NewsArticle', 'og:type=article', 'url:story', 'readerable']));
    expect(v.confidence).toBeGreaterThan(0.9);
  });

  it('says no to the home page of cards, with the cards signal', () => {
    const doc = parse(readFileSync('tests/fixtures/home-page-cards/page.html', 'utf8'));
    const v = detect(doc, 'https://steppe-courier.example/');
    expect(v.isArticle).toBe(false);
    expect(v.root).toBeNull();
    expect(names(v)).toEqual(expect.arrayContaining(['article-elements:cards', 'url:home', 'og:type=website']));
  });

  it('lets the URL decide for a plain page: a story URL is an article, a tag listing is not', () => {
    const story = detect(articleDoc(), 'https://news.example/2021/07/09/reservists/');
    expect(story.isArticle).toBe(true);
    expect(story.root?.id).toBe('body');

    const listing = detect(articleDoc(), 'https://news.example/tag/taliban/');
    expect(listing.isArticle).toBe(false);
    expect(listing.root).toBeNull();
    expect(names(listing)).toContain('url:listing');
  });

  it('recognises other listing URLs: categories, pagination, search', () => {
    for (const url of [
      'https://news.example/category/world/',
      'https://news.example/rubric/politics',
      'https://news.example/world/page/3/',
      'https://news.example/?s=taliban',
      'https://news.example/search?q=taliban',
    ]) {
      const v = detect(articleDoc(), url);
      expect(names(v), url).toContain('url:listing');
      expect(v.isArticle, url).toBe(false);
    }
  });

  it('says no to a page of many <article> cards even on an ordinary URL', () => {
    const cards = Array.from(
      { length: 8 },
      (_, i) =>
        `<article class="card"><h3><a href="/2021/07/0${i + 1}/story-${i}/">Headline number ${i}</a></h3><p>${EN_PARAGRAPHS[i % 4]!.slice(0, 120)}</p></article>`,
    ).join('');
    const doc = parse(`<!doctype html><html lang="en"><head><title>World</title></head><body><main>${cards}</main></body></html>`);
    const v = detect(doc, 'https://news.example/world-news');
    expect(v.isArticle).toBe(false);
    expect(names(v)).toContain('article-elements:cards');
  });

  it('detects a Russian-language article page', () => {
    const doc = parse(`<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Таджикистан призвал резервистов — Степной курьер</title>
<meta property="og:type" content="article">
</head><body>
<header><nav><a href="/">Главная</a> <a href="/politics/">Политика</a></nav></header>
<div class="layout"><div class="article__body">
<h1>Таджикистан призвал резервистов из-за наступления талибов</h1>
${RU_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<aside><p>Самое читаемое: цены на муку выросли в Худжанде, на рынке очереди.</p></aside>
</div></body></html>`);
    const v = detect(doc, 'https://www.stepnoy.example/politics/2021/07/09/tadzhikistan-prizval-rezervistov.html');
    expect(v.isArticle).toBe(true);
    expect(v.root?.classList.contains('article__body')).toBe(true);
    expect(names(v)).toEqual(expect.arrayContaining(['og:type=article', 'url:story']));
  });

  it('detects a Russian article by its body alone (no structured data, neutral URL)', () => {
    const v = detect(articleDoc({ lang: 'ru', paragraphs: RU_PARAGRAPHS }), 'https://news.example/news');
    expect(v.isArticle).toBe(true);
    expect(v.root?.id).toBe('body');
  });

  it('needs a body: JSON-LD NewsArticle alone on a page without paragraphs is not an article', () => {
    const doc = parse(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>
<meta property="og:type" content="article"></head><body><div>Video only.</div></body></html>`);
    const v = detect(doc, 'https://news.example/2021/07/09/video/');
    expect(names(v)).toContain('jsonld:NewsArticle');
    expect(v.isArticle).toBe(false);
    expect(v.root).toBeNull();
  });

  it('counts a JSON-LD listing type against the page', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage"}</script>';
    const v = detect(articleDoc({ head }), 'https://news.example/news');
    expect(v.signals).toContainEqual({ name: 'jsonld:CollectionPage', weight: -3 });
    expect(v.isArticle).toBe(false);
  });

  it('reads types inside @graph and with schema.org prefixes', () => {
    const head = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["http://schema.org/ReportageNewsArticle"]}]}</script>';
    expect(names(detect(articleDoc({ head }), 'https://news.example/news'))).toContain('jsonld:ReportageNewsArticle');
  });

  it('skips broken JSON-LD without failing', () => {
    const head = '<script type="application/ld+json">{"@type": "NewsArticle",</script>';
    const v = detect(articleDoc({ head }), 'https://news.example/news');
    expect(names(v).some((n) => n.startsWith('jsonld:'))).toBe(false);
    expect(v.isArticle).toBe(true);
  });

  it('flags a root made mostly of links', () => {
    const links = Array.from({ length: 4 }, (_, i) => `<p><a href="/${i}">${EN_PARAGRAPHS[i]}</a></p>`).join('');
    const doc = parse(`<html><body><div id="links">${links}</div></body></html>`);
    expect(names(detect(doc, 'https://news.example/news'))).toContain('link-density:high');
  });

  it('keeps a long comment thread from becoming the root when the comment selector is given', () => {
    const comments = `<div id="comments">${Array.from({ length: 12 }, (_, i) => `<p>Comment ${i}: ${EN_PARAGRAPHS[i % 4]}</p>`).join('')}</div>`;
    const doc = articleDoc({ paragraphs: EN_PARAGRAPHS.slice(0, 2), after: comments });
    expect(detect(doc, 'https://news.example/2021/07/09/a/').root?.id).not.toBe('body');
    expect(detect(doc, 'https://news.example/2021/07/09/a/', `${NON_BODY_ANCESTORS}, #comments`).root?.id).toBe('body');
  });

  it('gives a confidence between 0.5 and 1 that grows with the margin', () => {
    const weak = detect(articleDoc(), 'https://news.example/news');
    const strong = detect(
      articleDoc({ head: '<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script>' }),
      'https://news.example/2021/07/09/a/',
    );
    for (const v of [weak, strong]) {
      expect(v.confidence).toBeGreaterThanOrEqual(0.5);
      expect(v.confidence).toBeLessThanOrEqual(1);
    }
    expect(strong.confidence).toBeGreaterThan(weak.confidence);
  });
});
