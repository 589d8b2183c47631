import { afterEach, describe, expect, it } from 'vitest';
import { readJsonLd } from '../../src/core/article/jsonld';
import { langFromText } from '../../src/core/article/language';
import { normaliseDate, readMetadata } from '../../src/core/article/metadata';
import { articleDoc, articleHtml, EN_PARAGRAPHS, parse, RU_PARAGRAPHS } from './helpers/pages';

// The metadata rules beyond the basics: each source, its order, and what is refused.

function meta(doc: Document, url?: string) {
  return readMetadata(doc, readJsonLd(doc), doc.getElementById('body'), url);
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('title', () => {
  it('takes the JSON-LD name over the headline when the name is closer to the page title (encyclopedias)', () => {
    const head = ld({ '@type': 'Article', name: 'Hermitian matrix', headline: 'matrix equal to its conjugate transpose' });
    expect(meta(articleDoc({ head, title: 'Hermitian matrix - Encyclopedia' })).title).toBe('Hermitian matrix');
    const news = ld({ '@type': 'NewsArticle', name: 'Port', headline: 'Reservists called up' });
    expect(meta(articleDoc({ head: news })).title).toBe('Reservists called up');
  });

  it('ignores a JSON-LD name that is the publisher\'s name', () => {
    const head = ld({ '@type': 'NewsArticle', name: 'Test Outlet', publisher: { '@type': 'Organization', name: 'Test Outlet' } });
    expect(meta(articleDoc({ head })).title).toBe('Reservists called up');
  });

  it('prefers meta property to meta name, and Dublin Core to og:title', () => {
    const head = '<meta name="og:title" content="By name"><meta property="og:title" content="By property"><meta name="DC.title" content="Dublin Core">';
    expect(meta(articleDoc({ head })).title).toBe('Dublin Core');
    const withoutH1 = (h: string) => parse(articleHtml({ head: h }).replace(/<h1>.*?<\/h1>/, ''));
    expect(meta(withoutH1('<meta name="og:title" content="By name"><meta property="og:title" content="By property">')).title).toBe('By property');
  });

  it('drops the outlet from an og:title, and only the outlet', () => {
    const site = '<meta property="og:site_name" content="Вечерний звон">';
    const ogOnly = (title: string) => meta(parse(articleHtml({ head: `${site}<meta property="og:title" content="${title}">` }).replace(/<h1>.*?<\/h1>/, ''))).title;
    expect(ogOnly('Жители не могут спать - Вечерний звон')).toBe('Жители не могут спать');
    expect(ogOnly('Вечерний звон | Жители не могут спать')).toBe('Жители не могут спать');
    expect(ogOnly('Port - harbour - quay')).toBe('Port - harbour - quay');
  });

  it('cuts <title> where its leading parts equal the h1, else keeps a title whose remainder would be too short', () => {
    expect(meta(parse(articleHtml({ title: 'Reservists called up - Border - Test Outlet' }))).title).toBe('Reservists called up');
    const noH1 = (title: string) => meta(parse(articleHtml({ title }).replace(/<h1>.*?<\/h1>/, ''))).title;
    expect(noH1('Mozilla - Wiki')).toBe('Mozilla - Wiki');
    expect(noH1('Three whole words | Site')).toBe('Three whole words');
  });
});

describe('language', () => {
  it('a declared language in the wrong script gives way to the script of the text', () => {
    expect(meta(articleDoc({ lang: 'en', paragraphs: RU_PARAGRAPHS })).lang).toBe('ru');
    expect(meta(articleDoc({ lang: 'uk', paragraphs: RU_PARAGRAPHS })).lang).toBe('uk');
    expect(meta(articleDoc({ lang: 'ru', paragraphs: EN_PARAGRAPHS })).lang).toBe('ru');
  });

  it('tells Chinese, Japanese and Korean apart by their scripts', () => {
    expect(langFromText('港务局周二表示北航道疏浚工程将于下月恢复去年冬天淤泥使粮食船泊位关闭近六周')).toBe('zh');
    expect(langFromText('トレンドマイクロは公衆無線を安全に使うためのアプリを公開しました')).toBe('ja');
    expect(langFromText('항만청은 화요일 북쪽 수로 준설 작업이 다음 달 재개될 것이라고 밝혔다')).toBe('ko');
    expect(langFromText('Harbour authority says the dredging resumes next month')).toBeNull();
  });

  it('reads xml:lang and Content-Language when <html lang> is missing', () => {
    expect(meta(parse(articleHtml({ lang: null }).replace('<html>', '<html xml:lang="de-AT">'))).lang).toBe('de-AT');
    expect(meta(articleDoc({ lang: null, head: '<meta http-equiv="Content-Language" content="pt-BR">' })).lang).toBe('pt-BR');
  });
});

describe('dates', () => {
  const TZ = process.env.TZ;
  afterEach(() => {
    if (TZ === undefined) delete process.env.TZ;
    else process.env.TZ = TZ;
  });

  it('normalises offsets and separators, keeps what was written', () => {
    expect(normaliseDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+01:00');
    expect(normaliseDate('2015-07-10 09:53:00 -0400')).toBe('2015-07-10T09:53:00-04:00');
    expect(normaliseDate('2017-11-24T18:42:20.314667')).toBe('2017-11-24T18:42:20.314667');
    expect(normaliseDate('2024-06-03T21:47')).toBe('2024-06-03T21:47');
  });

  it('reads Russian dates, with or without a time', () => {
    expect(normaliseDate('9 июля 2021')).toBe('2021-07-09');
    expect(normaliseDate('09 июля 2021 года, 08:15')).toBe('2021-07-09T08:15');
    expect(normaliseDate('1 мая 2024 г.')).toBe('2024-05-01');
    expect(normaliseDate('3 марта 2024 в 14:05')).toBe('2024-03-03T14:05');
  });

  it('refuses what it would have to guess: impossible days, compact ISO, unknown month words', () => {
    expect(normaliseDate('31 июня 2021')).toBeNull();
    expect(normaliseDate('2021-02-29')).toBeNull();
    expect(normaliseDate('Feb 30, 2021')).toBeNull();
    expect(normaliseDate('20240709T1015+0300')).toBeNull();
    expect(normaliseDate('9 бреля 2021')).toBeNull();
    expect(normaliseDate('2021-07-09T25:00')).toBeNull();
  });

  it('keeps a local time without a zone as written, in any time zone', () => {
    for (const tz of ['UTC', 'Europe/Moscow', 'America/New_York']) {
      process.env.TZ = tz;
      expect(normaliseDate('July 9, 2021 08:15'), tz).toBe('2021-07-09T08:15');
    }
  });

  it('takes published from JSON-LD, then meta, then JSON-LD dateCreated, then microdata, then <time>, then the URL', () => {
    const created = ld({ '@type': 'NewsArticle', dateCreated: '2021-01-03' });
    expect(meta(articleDoc({ head: created + '<meta property="article:published_time" content="2021-01-02">' })).published).toBe('2021-01-02');
    expect(meta(articleDoc({ head: created, inBody: '<time datetime="2021-01-04">x</time>' })).published).toBe('2021-01-03');
    expect(meta(articleDoc({ inBody: '<span itemprop="datePublished" content="2021-01-05"></span><time datetime="2021-01-06">x</time>' })).published).toBe('2021-01-05');
    expect(meta(articleDoc({ inBody: '<time datetime="2021-01-06">a</time><time class="published" datetime="2021-01-07">b</time>' })).published).toBe('2021-01-07');
    expect(meta(articleDoc(), 'https://n.example/2021-01-08-slug/').published).toBe('2021-01-08');
  });

  it('reads the modified date from JSON-LD, meta or microdata, and gives null without one', () => {
    expect(meta(articleDoc({ head: ld({ '@type': 'NewsArticle', dateModified: '2021-02-02T10:00:00Z' }) })).modified).toBe('2021-02-02T10:00:00Z');
    expect(meta(articleDoc({ head: '<meta property="article:modified_time" content="2021-02-03">' })).modified).toBe('2021-02-03');
    expect(meta(articleDoc({ head: '<meta property="og:updated_time" content="2021-02-04T00:00:00+03:00">' })).modified).toBe('2021-02-04T00:00:00+03:00');
    expect(meta(articleDoc({ inBody: '<meta itemprop="dateModified" content="2021-02-05">' })).modified).toBe('2021-02-05');
    expect(meta(articleDoc()).modified).toBeNull();
  });
});

describe('outlet', () => {
  it('falls back to application-name', () => {
    expect(meta(articleDoc({ head: '<meta name="application-name" content="Harbour Watch">' })).outlet).toBe('Harbour Watch');
  });
});
