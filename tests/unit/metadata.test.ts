import { afterEach, describe, expect, it } from 'vitest';
import { readJsonLd } from '../../src/core/article/jsonld';
import { langFromText } from '../../src/core/article/language';
import { normaliseDate, normaliseLang, readMetadata, stripSiteSuffix } from '../../src/core/article/metadata';
import { articleDoc, articleHtml, EN_PARAGRAPHS, parse, RU_PARAGRAPHS } from './helpers/pages';

function meta(doc: Document, url?: string) {
  return readMetadata(doc, readJsonLd(doc), doc.getElementById('body'), url);
}

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('title', () => {
  it('comes from the JSON-LD headline first', () => {
    const doc = articleDoc({ head: ld({ '@type': 'NewsArticle', headline: 'From JSON-LD' }) + '<meta property="og:title" content="From OG">' });
    expect(meta(doc).title).toBe('From JSON-LD');
  });

  it('then from a Dublin Core title, over the visible h1', () => {
    expect(meta(articleDoc({ head: '<meta name="DC.title" content="  From   DC ">' })).title).toBe('From DC');
  });

  it('then from the h1 above the body, over a sharing title that differs (a print or social headline)', () => {
    const doc = articleDoc({ head: '<meta property="og:title" content="Short social headline">' });
    expect(meta(doc).title).toBe('Reservists called up');
  });

  it('then from og:title when the h1 is not a headline (under three words)', () => {
    const doc = parse(articleHtml({ head: '<meta property="og:title" content="  From   OG ">' }).replace(/<h1>.*?<\/h1>/, '<h1>News</h1>'));
    expect(meta(doc).title).toBe('From OG');
  });

  it('drops a permalink mark from the h1', () => {
    const doc = parse(articleHtml().replace(/<h1>.*?<\/h1>/, '<h1>Reservists called up <a href="#x">¶</a></h1>'));
    expect(meta(doc).title).toBe('Reservists called up');
  });

  it('decodes HTML entities written into a JSON-LD headline', () => {
    const doc = articleDoc({ head: ld({ '@type': 'NewsArticle', headline: 'Дело &quot;минера&quot; &#171;в суде&#187; &amp; R&D' }) });
    expect(meta(doc).title).toBe('Дело "минера" «в суде» & R&D');
  });

  it('then from <title> without the site suffix', () => {
    const doc = parse(articleHtml().replace(/<h1>.*?<\/h1>/, ''));
    expect(meta(doc).title).toBe('Reservists called up');
  });

  it('ignores a JSON-LD headline of a node that is not an article', () => {
    const doc = articleDoc({ head: ld({ '@type': 'WebSite', headline: 'Site slogan' }) });
    expect(meta(doc).title).toBe('Reservists called up');
  });
});

describe('stripSiteSuffix', () => {
  it('removes the site name after |, -, – or —', () => {
    expect(stripSiteSuffix('Headline | Outlet', null)).toBe('Headline');
    expect(stripSiteSuffix('Headline - Outlet', 'Outlet')).toBe('Headline');
    expect(stripSiteSuffix('Заголовок — Степной курьер', null)).toBe('Заголовок');
  });

  it('removes a site name that comes first when the outlet is known', () => {
    expect(stripSiteSuffix('Outlet | Headline', 'Outlet')).toBe('Headline');
  });

  it('keeps a title without separators, and hyphenated words', () => {
    expect(stripSiteSuffix('Al-Qaeda in the Sahel', null)).toBe('Al-Qaeda in the Sahel');
    expect(stripSiteSuffix('', null)).toBeNull();
  });
});

describe('outlet', () => {
  it('comes from og:site_name, else from the JSON-LD publisher', () => {
    expect(meta(articleDoc({ head: '<meta property="og:site_name" content="Steppe Courier">' })).outlet).toBe('Steppe Courier');
    const doc = articleDoc({ head: ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Publisher Co' } }) });
    expect(meta(doc).outlet).toBe('Publisher Co');
    expect(meta(articleDoc()).outlet).toBeNull();
  });
});

describe('language', () => {
  it('comes from <html lang>, normalised', () => {
    expect(meta(articleDoc({ lang: 'en-us' })).lang).toBe('en-US');
    expect(meta(articleDoc({ lang: 'RU' })).lang).toBe('ru');
  });

  it('else from JSON-LD inLanguage', () => {
    expect(meta(articleDoc({ lang: null, head: ld({ '@type': 'NewsArticle', inLanguage: 'ru-RU' }) })).lang).toBe('ru-RU');
  });

  it('else from og:locale', () => {
    expect(meta(articleDoc({ lang: null, head: '<meta property="og:locale" content="uk_UA">' })).lang).toBe('uk-UA');
  });

  it('else Cyrillic text is taken as Russian', () => {
    expect(meta(articleDoc({ lang: null, paragraphs: RU_PARAGRAPHS })).lang).toBe('ru');
  });

  it('an explicit language wins over the script of the text', () => {
    expect(meta(articleDoc({ lang: 'kk', paragraphs: RU_PARAGRAPHS })).lang).toBe('kk');
  });

  it('Latin text without a declaration gets the language of its frequent words', () => {
    expect(meta(articleDoc({ lang: null, paragraphs: EN_PARAGRAPHS })).lang).toBe('en');
  });
});

describe('langFromText', () => {
  it.each([
    ['The harbour authority said on Tuesday that the dredging of the north channel would resume next month, and that it was not to blame for the delay.', 'en'],
    ['Die Hafenbehörde teilte am Dienstag mit, dass die Baggerarbeiten im Nordkanal im nächsten Monat wieder aufgenommen werden und sich die Verzögerung nicht auf den Betrieb auswirkt.', 'de'],
    ["L'autorité portuaire a indiqué mardi que le dragage du chenal nord reprendra le mois prochain et que les retards ne sont pas dus à la météo dans le port.", 'fr'],
    ['La autoridad portuaria dijo el martes que el dragado del canal norte se reanudará el próximo mes y que los retrasos no se deben al clima, como se temía.', 'es'],
    ['Пристанищната администрация съобщи във вторник, че драгирането на северния канал ще започне отново през следващия месец и че това не се дължи на времето, като е от значение за града.', 'bg'],
    ['Портовое управление сообщило во вторник, что углубление северного канала возобновится в следующем месяце, и что это не связано с погодой, как он и говорил.', 'ru'],
    ['Η λιμενική αρχή ανακοίνωσε την Τρίτη ότι η εκβάθυνση του βόρειου καναλιού θα συνεχιστεί τον επόμενο μήνα.', 'el'],
    ['রাজধানীতে আজ সকালে ভারী বৃষ্টিপাত হয়েছে এবং অনেক রাস্তায় পানি জমে গেছে বলে জানা গেছে।', 'bn'],
    ['רשות הנמל הודיעה ביום שלישי כי חפירת התעלה הצפונית תתחדש בחודש הבא.', 'he'],
  ])('reads %j as %s', (text, lang) => {
    expect(langFromText(text)).toBe(lang);
  });

  it('gives nothing for a few words or words that no language leads', () => {
    expect(langFromText('Harbour authority says the dredging resumes next month')).toBeNull();
    expect(langFromText('Login Password Submit Register Cookies Settings Pricing')).toBeNull();
  });

  it('overrules a declaration only when the text is in a script the declared language is not written in', () => {
    const greek = 'Η λιμενική αρχή ανακοίνωσε την Τρίτη ότι η εκβάθυνση του βόρειου καναλιού θα συνεχιστεί.';
    const doc = (lang: string, text: string) => meta(articleDoc({ lang, paragraphs: [text, text, text] })).lang;
    expect(doc('en-US', greek)).toBe('el');
    expect(doc('el', greek)).toBe('el');
    expect(doc('en', 'Die Hafenbehörde teilte am Dienstag mit, dass die Arbeiten im nächsten Monat wieder aufgenommen werden und sich nicht auf den Betrieb auswirken.')).toBe('en');
  });
});

describe('langFromText and normaliseLang', () => {
  it('tells Ukrainian from Russian by its letters, and needs enough letters', () => {
    expect(langFromText('Збройні сили України повідомили про обстріл їхніх позицій')).toBe('uk');
    expect(langFromText('Вооружённые силы сообщили об обстреле позиций у границы')).toBe('ru');
    expect(langFromText('Да, нет')).toBeNull();
  });

  it('normalises tags and rejects garbage', () => {
    expect(normaliseLang('en_GB')).toBe('en-GB');
    expect(normaliseLang(' ru ')).toBe('ru');
    expect(normaliseLang('')).toBeNull();
    expect(normaliseLang(null)).toBeNull();
    expect(normaliseLang('1')).toBeNull();
  });
});

describe('published date', () => {
  const TZ = process.env.TZ;
  afterEach(() => {
    if (TZ === undefined) delete process.env.TZ;
    else process.env.TZ = TZ;
  });

  it('comes from JSON-LD datePublished first', () => {
    const doc = articleDoc({
      head: ld({ '@type': 'NewsArticle', datePublished: '2021-07-09T08:15:00+00:00' }) +
        '<meta property="article:published_time" content="2020-01-01">',
    });
    expect(meta(doc).published).toBe('2021-07-09T08:15:00+00:00');
  });

  it('then from article:published_time, itemprop, <time datetime> and the URL, in that order', () => {
    expect(meta(articleDoc({ head: '<meta property="article:published_time" content="2021-07-09">' })).published).toBe('2021-07-09');
    expect(meta(articleDoc({ head: '<meta itemprop="datePublished" content="2021-07-08">' })).published).toBe('2021-07-08');
    expect(meta(articleDoc({ inBody: '<time datetime="2021-07-07T10:00">July 7</time>' })).published).toBe('2021-07-07T10:00');
    expect(meta(articleDoc(), 'https://news.example/2021/07/06/story/').published).toBe('2021-07-06');
  });

  it('is null when the page gives no date', () => {
    expect(meta(articleDoc(), 'https://news.example/news/story').published).toBeNull();
  });

  it('is null when the only date does not parse, and an unparseable one falls through to the next', () => {
    expect(meta(articleDoc({ head: '<meta property="article:published_time" content="yesterday">' })).published).toBeNull();
    const doc = articleDoc({ head: ld({ '@type': 'NewsArticle', datePublished: 'sometime' }) + '<meta property="article:published_time" content="2021-07-09">' });
    expect(meta(doc).published).toBe('2021-07-09');
  });

  it('normalises ISO dates and rejects impossible ones', () => {
    expect(normaliseDate('2021-07-09 08:15:00')).toBe('2021-07-09T08:15:00');
    expect(normaliseDate(' 2021-07-09T08:15:00Z ')).toBe('2021-07-09T08:15:00Z');
    expect(normaliseDate('2021-13-01')).toBeNull();
    expect(normaliseDate('2021-07-00')).toBeNull();
    expect(normaliseDate('1850-01-01')).toBeNull();
  });

  it('parses English month names and RFC 2822, and refuses ambiguous numeric dates', () => {
    expect(normaliseDate('Fri, 09 Jul 2021 08:15:00 +0000')).toBe('2021-07-09T08:15:00.000Z');
    expect(normaliseDate('09.07.2021')).toBeNull();
    expect(normaliseDate('7/9/2021')).toBeNull();
    expect(normaliseDate('12345')).toBeNull();
    expect(normaliseDate('')).toBeNull();
    expect(normaliseDate(undefined)).toBeNull();
  });

  it('keeps the calendar day of a date without a time in any time zone', () => {
    for (const tz of ['UTC', 'Europe/Moscow', 'Asia/Kamchatka', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      expect(normaliseDate('July 9, 2021'), tz).toBe('2021-07-09');
      expect(normaliseDate('9 July 2021'), tz).toBe('2021-07-09');
    }
  });
});
