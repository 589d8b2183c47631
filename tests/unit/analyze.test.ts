import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzePage, annotateText, detectPage, finishAnalysis, prepareAnalysis, replanHiding } from '../../src/core/analyze';
import { compileRules } from '../../src/core/declutter/rules';
import { compilePacks } from '../../src/core/match/matcher';
import { SHIPPED_PACKS } from '../../src/extension/packs';
import { articleDoc, parse } from './helpers/pages';

const packs = compilePacks(SHIPPED_PACKS);
const now = new Date('2026-11-25T12:00:00Z');

describe('analyzePage', () => {
  it('stops at once on a page that is not an article', () => {
    const doc = parse(readFileSync('tests/fixtures/home-page-cards/page.html', 'utf8'));
    const a = analyzeDocument(doc, { packs, now, url: 'https://steppe-courier.example/' });
    expect(a.root).toBeNull();
    expect(a.text).toBeNull();
    expect(a.plan.items).toEqual([]);
    expect(a.report).toMatchObject({ hidden: [], refused: [], notes: [], labels: [], meta: { title: null, lang: null, published: null, outlet: null } });
    expect(a.report.article.isArticle).toBe(false);
  });

  it('runs the whole pipeline on that page when the site is set to Always', () => {
    const doc = parse(readFileSync('tests/fixtures/home-page-cards/page.html', 'utf8'));
    const a = analyzeDocument(doc, { packs, now, url: 'https://steppe-courier.example/', forceArticle: true });
    expect(a.report.article.isArticle).toBe(false);
    expect(a.root).not.toBeNull();
    expect(a.report.hidden.map((h) => h.system)).toContain('tagdiv');
    expect(a.report.meta.outlet).toBe('Steppe Courier');
  });

  it('does not read names in hidden comments as article text', () => {
    const comments =
      '<div id="comments"><ol class="comment-list"><li><p>Meduza wrote this first, and Bellingcat too, long before this outlet did.</p></li></ol></div>';
    const url = 'https://news.example/2021/07/09/a/';
    const section = analyzeDocument(articleDoc({ inBody: comments }), { packs, now, url, level: 'section' });
    expect(section.root?.id).toBe('body');
    expect(section.report.hidden).toHaveLength(1);
    expect(section.plan.items[0]!.element.id).toBe('comments');
    const ids = (a: typeof section) => a.report.notes.map((n) => n.id);
    expect(ids(section)).not.toContain('designated-entities/meduza');
    expect(ids(section)).not.toContain('designated-entities/bellingcat');
    // Control: at form level the comment list stays visible, and is read.
    const form = analyzeDocument(articleDoc({ inBody: comments }), { packs, now, url, level: 'form' });
    expect(form.report.hidden).toEqual([]);
    expect(ids(form)).toEqual(expect.arrayContaining(['designated-entities/meduza', 'designated-entities/bellingcat']));
  });

  it('maps note spans onto the walked text', () => {
    const doc = parse(readFileSync('tests/fixtures/demo-tagdiv-article/page.html', 'utf8'));
    const a = analyzeDocument(doc, { packs, now, url: 'https://steppe-courier.example/2021/07/09/tajikistan-reservists/' });
    const text = a.text!.text;
    const spans = a.spans.get('designated-entities/taliban')!.map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['the Taliban', "the organization's activities are prohibited on the territory of the Russian Federation"]);
  });

  it('uses the clock it is given for "now"', () => {
    const doc = parse(readFileSync('tests/fixtures/demo-tagdiv-article/page.html', 'utf8'));
    const url = 'https://steppe-courier.example/2021/07/09/tajikistan-reservists/';
    const before = analyzePage(doc, { packs, now: new Date('2024-01-01T00:00:00Z'), url });
    const after = analyzePage(doc, { packs, now, url });
    const status = (r: typeof before) => r.notes.find((n) => n.id === 'designated-entities/taliban')!.status[0]!;
    expect(status(before).now).not.toContain('suspended');
    expect(status(after).now).toContain('suspended');
    expect(status(before).atPublication).toBe(status(after).atPublication);
  });

  it('reports timings of each stage and is plain, serialisable data', () => {
    const doc = parse(readFileSync('tests/fixtures/demo-tagdiv-article/page.html', 'utf8'));
    const r = analyzePage(doc, { packs, now, url: 'https://steppe-courier.example/2021/07/09/tajikistan-reservists/' });
    expect(Object.keys(r.timings)).toEqual(['detect', 'metadata', 'declutter', 'text', 'match', 'labels', 'notes']);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('splits into a DOM half and a pack half that exchange plain data only', () => {
    const doc = parse(readFileSync('tests/fixtures/demo-tagdiv-article/page.html', 'utf8'));
    const url = 'https://steppe-courier.example/2021/07/09/tajikistan-reservists/';
    const rules = compileRules(doc);
    const prepared = prepareAnalysis(doc, detectPage(doc, { url, rules }), { now, url, rules });
    const input = prepared.input!;
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
    expect(input.before).toBeNull(); // no banner words before this article
    const annotations = annotateText(packs, JSON.parse(JSON.stringify(input)));
    expect(JSON.parse(JSON.stringify(annotations))).toEqual(annotations);
    const split = finishAnalysis(prepared, JSON.parse(JSON.stringify(annotations))).report;
    const whole = analyzePage(doc, { packs, now, url });
    expect({ ...split, timings: {} }).toEqual({ ...whole, timings: {} });
    expect(split.notes.length).toBeGreaterThan(0);
  });

  it('plans late comment widgets again in the engine: only what is new, ids continuing, nothing twice', () => {
    const doc = articleDoc({ after: '<section id="comments"><h2>Comments</h2><form><textarea name="comment"></textarea></form></section>' });
    const first = analyzeDocument(doc, { packs, now, url: 'https://example.org/2026/03/14/story/' });
    expect(first.report.hidden.map((h) => h.id)).toEqual([0]);
    const rules = compileRules(doc);
    expect(replanHiding(first, doc, { rules })).toEqual({ analysis: first, added: [] });
    const late = doc.createElement('div');
    late.id = 'disqus_thread';
    late.innerHTML = '<div class="embed"><p>12 comments</p></div>';
    doc.querySelector('main')!.append(late);
    const { analysis, added } = replanHiding(first, doc, { rules });
    expect(added.map((i) => i.element)).toEqual([late]);
    expect(analysis.report.hidden.map((h) => [h.id, h.system])).toEqual([[0, first.report.hidden[0]!.system], [1, 'disqus']]);
    expect(first.report.hidden).toHaveLength(1); // the earlier analysis is left as it was
    expect(replanHiding(analysis, doc, { rules }).added).toEqual([]);
  });
});

describe('detectPage on documents that are not HTML', () => {
  it('calls a text or JSON document no article and gives no root, even when forced', () => {
    const doc = new DOMParser().parseFromString(`<pre>${'A line of a plain text file about the harbour ferry and its timetable. '.repeat(40)}</pre>`, 'text/html');
    Object.defineProperty(doc, 'contentType', { value: 'text/plain' });
    const d = detectPage(doc, { url: 'https://example.org/notes.txt', rules: compileRules(doc), forceArticle: true });
    expect(d.article.isArticle).toBe(false);
    expect(d.root).toBeNull();
    expect(d.article.signals.map((s) => [s.name, s.detail])).toEqual([['document:not-html', 'text/plain']]);
    // The same page as HTML is forced to a root.
    const html = new DOMParser().parseFromString(doc.documentElement.outerHTML, 'text/html');
    expect(detectPage(html, { url: 'https://example.org/notes.html', rules: compileRules(html), forceArticle: true }).root).not.toBeNull();
  });
});
