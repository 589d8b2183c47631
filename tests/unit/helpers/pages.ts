// Small pages for the unit tests, written inline so each test shows the markup it relies on.

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export const EN_PARAGRAPHS = [
  'Dushanbe has ordered twenty thousand reservists to report for duty after fighters took control of most crossings on the Afghan side of the Panj river, officials said on Friday.',
  'According to the border service, more than a thousand Afghan soldiers crossed into the republic over the past week after abandoning their posts. The men were disarmed and given food and shelter.',
  'Military observers point out that the country is a member of a regional alliance and hosts a foreign military base, whose troops have begun exercises near the border this week.',
  'In Washington, officials repeated that the withdrawal of American forces would be completed by the end of August, earlier than first announced. The claims cannot be checked independently.',
];

export const RU_PARAGRAPHS = [
  'Власти Таджикистана объявили о призыве двадцати тысяч резервистов после того, как боевики движения Талибан (террористическая организация, запрещена в РФ) заняли большую часть переходов на афганской стороне реки Пяндж.',
  'По данным пограничной службы республики, за последнюю неделю более тысячи афганских военнослужащих перешли границу, оставив свои посты в провинции Тахар. Их разоружили и обеспечили едой и жильём.',
  'Военные наблюдатели в Москве напоминают, что Таджикистан входит в ОДКБ и на его территории находится 201-я военная база, военнослужащие которой начали учения у границы.',
  'В Вашингтоне заявили, что вывод американских войск из Афганистана завершится к концу августа, раньше, чем объявлялось. Проверить заявления представителей движения независимо невозможно.',
];

export interface ArticleOptions {
  lang?: string | null;
  head?: string;
  paragraphs?: string[];
  /** Markup after the article body, inside <main>. */
  after?: string;
  /** Markup inside the article body, after the paragraphs. */
  inBody?: string;
  title?: string;
}

/** A plain article page: header, nav, <main><article><h1/><div class="article-body">paragraphs</div></article>. */
export function articleHtml(o: ArticleOptions = {}): string {
  const lang = o.lang === undefined ? 'en' : o.lang;
  const paragraphs = (o.paragraphs ?? EN_PARAGRAPHS).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><title>${o.title ?? 'Reservists called up | Test Outlet'}</title>${o.head ?? ''}</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world/">World</a></nav></header>
<main>
<article id="story">
<h1>Reservists called up</h1>
<div class="article-body" id="body">
${paragraphs}
${o.inBody ?? ''}
</div>
</article>
${o.after ?? ''}
</main>
<footer><p>© Test Outlet. All rights reserved, no part may be reproduced.</p></footer>
</body></html>`;
}

export function articleDoc(o: ArticleOptions = {}): Document {
  return parse(articleHtml(o));
}
