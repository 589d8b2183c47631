// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { LabelReport, NoteReport, PageReport, StatusLine } from '../../src/core/report';
import type { SidebarReport } from '../../src/extension/messages';
import { messages } from '../../src/ui/i18n';
import { renderReport } from '../../src/ui/render-report';

// Concise label cards: one card per label type with the entities it was found with; the explanation, law
// and sources once per type, folded; each entity's status once in the whole sidebar.

const status = (type: string): StatusLine => ({
  type, jurisdiction: 'RU', list: `${type} list`, since: '2003-02-14', stateAtPublication: 'active', stateNow: 'active', atPublication: 'x', now: 'y',
});
const label = (id: string, title: string): LabelReport => ({
  id, type: id, jurisdiction: 'RU', title, explanation: `Explains ${title}.`, law: `Law of ${title}`, sources: [{ title: 'Source', url: 'https://example.org/' }], occurrences: 1, printed: [],
});
const note = (id: string, labels: string[], lines: StatusLine[]): NoteReport => ({
  id, title: id, kind: 'organization', summary: `About ${id}.`, mentions: 1, labels, status: lines, sources: [],
});

function render(): HTMLElement {
  const report = {
    article: { isArticle: true, confidence: 1, signals: [] },
    meta: { title: 'T', lang: 'en', published: '2021-08-01', modified: null, outlet: null },
    hidden: [], refused: [], translations: [], timings: {},
    labels: [label('terrorist', 'Terrorist label'), label('extremist', 'Extremist label')],
    notes: [
      note('a', ['terrorist', 'extremist'], [status('terrorist'), status('extremist')]),
      note('b', ['terrorist'], [status('terrorist')]),
      note('c', [], [status('foreign-agent')]),
    ],
  } as PageReport;
  const answer: SidebarReport = { report, shown: [], mentions: { a: 2, b: 1, c: 1 }, view: { state: 'open', width: 380, side: 'right' } };
  return renderReport(answer, { t: messages('en'), lang: 'en', handlers: { onToggleHidden() {}, onShowMention: async () => ({ index: 0, total: 0 }) } });
}

describe('renderReport: label cards', () => {
  it('makes one card per label type, listing every entity found with it', () => {
    const root = render();
    const cards = [...root.querySelectorAll('.label-card')];
    expect(cards.map((c) => c.getAttribute('data-label'))).toEqual(['terrorist', 'extremist']);
    expect([...cards[0]!.querySelectorAll('.label-entity')].map((e) => e.getAttribute('data-note'))).toEqual(['a', 'b']);
    expect([...cards[1]!.querySelectorAll('.label-entity')].map((e) => e.getAttribute('data-note'))).toEqual(['a']);
  });

  it('says the explanation, law and sources once per type, behind "more"', () => {
    const root = render();
    expect(root.querySelectorAll('.explanation')).toHaveLength(2);
    for (const card of root.querySelectorAll('.label-card')) {
      expect(card.querySelectorAll('details.more .law')).toHaveLength(1);
      expect(card.querySelector('details.more')!.hasAttribute('open')).toBe(false);
    }
  });

  it('shows each entity\'s status once: on its first label card, not again on a second or on its note card', () => {
    const root = render();
    const statusOf = (id: string) => root.querySelectorAll(`[data-note="${id}"] dl.status`).length;
    expect(statusOf('a')).toBe(1);
    expect(statusOf('b')).toBe(1);
    // An entity without a label keeps its status on its note card.
    expect(root.querySelectorAll('.note-card[data-note="c"] dl.status')).toHaveLength(1);
    expect(root.querySelectorAll('.note-card[data-note="a"] dl.status')).toHaveLength(0);
  });
});

describe('renderReport: the reader\'s language', () => {
  const bilingual = (): SidebarReport => {
    const report = {
      article: { isArticle: true, confidence: 1, signals: [] },
      meta: { title: 'T', lang: 'ru', published: '2021-08-01', modified: null, outlet: null },
      hidden: [], refused: [], translations: [], timings: {},
      labels: [{ ...label('terrorist', 'x'), title: { en: 'Banned as terrorist', ru: 'Запрещена как террористическая' }, explanation: { en: 'Why.', ru: 'Почему.' }, law: { en: 'Law 35-FZ' } }],
      notes: [{ ...note('a', ['terrorist'], [{ ...status('terrorist'), list: { en: 'FSB list', ru: 'Список ФСБ' } }]), summary: { en: 'About a.', ru: 'Об а.' } },
        { ...note('c', [], []), summary: { en: 'Only in English.' } }],
    } as PageReport;
    return { report, shown: [], mentions: {}, view: { state: 'open', width: 380, side: 'right' } };
  };
  const renderIn = (lang: 'en' | 'ru') =>
    renderReport(bilingual(), { t: messages(lang), lang, handlers: { onToggleHidden() {}, onShowMention: async () => ({ index: 0, total: 0 }) } });

  it('shows pack texts in Russian to a Russian reader, and in English to an English one', () => {
    const ru = renderIn('ru');
    expect(ru.querySelector('.label-card h3')!.textContent).toBe('Запрещена как террористическая');
    expect(ru.querySelector('.label-card .explanation')!.textContent).toBe('Почему.');
    expect(ru.querySelector('.label-card dl.status dd')!.textContent).toBe('Список ФСБ');
    const en = renderIn('en');
    expect(en.querySelector('.label-card h3')!.textContent).toBe('Banned as terrorist');
    expect(en.querySelector('.label-card dl.status dd')!.textContent).toBe('FSB list');
  });

  it('falls back to the other language where a text has no version in the reader\'s', () => {
    const ru = renderIn('ru');
    expect(ru.querySelector('.label-card .law')!.textContent).toContain('Law 35-FZ');
    expect(ru.querySelector('.note-card[data-note="c"] .summary')!.textContent).toBe('Only in English.');
  });
});
