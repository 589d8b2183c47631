import type { HiddenItem, LabelReport, NoteReport, PageReport } from '../core/report';
import { externalLink, h } from './dom';
import { sanitizeInline } from './sanitize';

// Renders a page report into the sidebar: labels first (they are why the reader opened it), then notes,
// then what was hidden, each with a Show / Hide button.

export interface RenderHandlers {
  onToggleHidden(id: number, hidden: boolean): void;
}

export function renderReport(report: PageReport, shown: Set<number>, handlers: RenderHandlers): HTMLElement {
  const labels = new Map(report.labels.map((l) => [l.id, l]));
  const labelled = report.notes.filter((n) => n.labels.length);
  const root = h('div', { class: 'report' });
  if (report.meta.title || report.meta.published) {
    root.append(
      h('p', { class: 'meta' },
        report.meta.title ? h('span', { class: 'meta-title' }, report.meta.title) : null,
        report.meta.published ? h('span', { class: 'meta-date' }, `Published ${report.meta.published.slice(0, 10)}`) : h('span', { class: 'meta-date' }, 'No publication date found'),
      ),
    );
  }
  if (labelled.length) {
    root.append(section('labels', 'Labels in this article', labelled.map((n) => labelCard(n, labels))));
  }
  if (report.notes.length) {
    root.append(section('notes', 'People, places, organisations', report.notes.map((n) => noteCard(n))));
  } else {
    root.append(h('p', { class: 'empty' }, 'No notes for this article in the enabled packs.'));
  }
  if (report.hidden.length) {
    root.append(section('hidden', 'Hidden on this page', report.hidden.map((item) => hiddenRow(item, shown, handlers))));
  }
  return root;
}

function section(id: string, title: string, items: HTMLElement[]): HTMLElement {
  const headingId = `section-${id}`;
  return h('section', { class: `section section-${id}`, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title),
    h('ul', { class: 'cards' }, ...items.map((i) => h('li', {}, i))),
  );
}

function labelCard(note: NoteReport, labels: Map<string, LabelReport>): HTMLElement {
  const card = h('article', { class: 'card label-card', 'data-note': note.id });
  for (const id of note.labels) {
    const label = labels.get(id);
    if (!label) continue;
    card.append(
      h('h3', {}, `${label.title}: `, h('span', { class: 'entity' }, note.title)),
      h('p', { class: 'explanation' }, sanitizeInline(label.explanation)),
      h('p', { class: 'law' }, h('strong', {}, 'Law: '), label.law),
    );
    const list = sources(label.sources);
    if (list) card.append(list);
  }
  const status = statusList(note);
  if (status) card.append(status);
  return card;
}

function noteCard(note: NoteReport): HTMLElement {
  return h('article', { class: 'card note-card', 'data-note': note.id },
    h('h3', {}, note.title, h('span', { class: 'kind' }, note.kind)),
    h('p', { class: 'summary' }, sanitizeInline(note.summary)),
    statusList(note),
    h('p', { class: 'mentions' }, `${note.mentions} mention${note.mentions === 1 ? '' : 's'} in the article`),
    sources(note.sources),
  );
}

function statusList(note: NoteReport): HTMLElement | null {
  if (!note.status.length) return null;
  return h('dl', { class: 'status' },
    ...note.status.flatMap((s) => [
      h('dt', {}, 'List'),
      h('dd', {}, s.list),
      h('dt', {}, 'At publication'),
      h('dd', {}, s.atPublication ?? 'the article gives no date'),
      h('dt', {}, 'Now'),
      h('dd', {}, s.now),
    ]),
  );
}

function sources(list: { title: string; url: string }[]): HTMLElement | null {
  if (!list.length) return null;
  return h('p', { class: 'sources' }, 'Sources: ', ...list.flatMap((s, i) => [i ? ', ' : '', externalLink(s.title, s.url)]));
}

function hiddenRow(item: HiddenItem, shown: Set<number>, handlers: RenderHandlers): HTMLElement {
  const isShown = shown.has(item.id);
  const button = h('button', { type: 'button', class: 'toggle', 'data-hidden-id': String(item.id) }, isShown ? 'Hide' : 'Show');
  button.addEventListener('click', () => {
    const nowShown = button.textContent === 'Show';
    handlers.onToggleHidden(item.id, !nowShown);
    button.textContent = nowShown ? 'Hide' : 'Show';
  });
  return h('div', { class: 'hidden-item' },
    h('span', { class: 'system' }, item.system),
    h('span', { class: 'excerpt' }, item.text || '(no text)'),
    button,
  );
}
