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
    expect(names(v)).toEqual(expect.arrayContaining(['jsonld:article', 'og:article', 'readerable']));
    expect(v.confidence).toBeGreaterThan(0.9);
  });

  it('says no to the home page of cards', () => {
    const doc = parse(readFileSync('tests/fixtures/home-page-cards/page.html', 'utf8'));
    const v = detect(doc, 'https://steppe-courier.example/');
    expect(v.isArticle).toBe(false);
    expect(v.root).toBeNull();
    expect(names(v)).toContain('url:home');
  });

  it('lets the URL tip a close call only: a one-paragraph-longer body outweighs a listing address', () => {
    const two = articleDoc({ paragraphs: EN_PARAGRAPHS.slice(0, 2) });
    expect(detect(two, 'https://news.example/news').isArticle).toBe(true);
    const listing = detect(two, 'https://news.example/tag/taliban/');
    expect(names(listing)).toContain('url:listing');
    expect(listing.confidence).toBeLessThan(detect(two, 'https://news.example/news').confidence);
    expect(detect(articleDoc(), 'https://news.example/tag/taliban/').isArticle).toBe(true);
  });

  it('recognises other listing URLs: categories, pagination, search', () => {
    for (const url of [
      'https://news.example/category/world/',
      'https://news.example/rubric/politics',
      'https://news.example/world/page/3/',
      'https://news.example/?s=taliban',
      'https://news.example/search?q=taliban',
    ]) {
      expect(names(detect(articleDoc(), url)), url).toContain('url:listing');
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
    expect(names(v)).toContain('og:article');
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
    expect(names(v)).toContain('jsonld:article');
    expect(v.isArticle).toBe(false);
    expect(v.root).toBeNull();
  });

  it('counts a JSON-LD listing type against the page', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"CollectionPage"}</script>';
    const v = detect(articleDoc({ head, paragraphs: EN_PARAGRAPHS.slice(0, 2) }), 'https://news.example/news');
    expect(v.signals.find((s) => s.name === 'jsonld:listing')?.detail).toBe('CollectionPage');
    expect(v.signals.find((s) => s.name === 'jsonld:listing')!.weight).toBeLessThan(0);
  });

  it('reads types inside @graph and with schema.org prefixes', () => {
    const head = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["http://schema.org/ReportageNewsArticle"]}]}</script>';
    expect(detect(articleDoc({ head }), 'https://news.example/news').signals.find((s) => s.name === 'jsonld:article')?.detail).toBe('ReportageNewsArticle');
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
    const v = detect(doc, 'https://news.example/news');
    expect(v.signals.find((s) => s.name === 'links:root')!.weight).toBeLessThan(-1);
    expect(v.isArticle).toBe(false);
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
