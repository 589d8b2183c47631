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
