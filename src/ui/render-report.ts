import type { HiddenItem, LabelReport, NoteReport, PageReport, TranslationReport } from '../core/report';
import type { SidebarReport } from '../extension/messages';
import { externalLink, h } from './dom';
import { formatDate, type Messages, type UiLanguage } from './i18n';
import { textIn } from '../core/glossary/local-text';
import { sanitizeInline } from './sanitize';
import { statusText } from './status-text';

// Renders a page report into the sidebar: labels first (they are why the reader opened it), then notes,
// translation slips, and what was hidden, each with a Show / Hide button.

export interface RenderHandlers {
  onToggleHidden(id: number, hidden: boolean): void;
  /** Asks the page to scroll to and flash mention `index` of a note; resolves to the index shown. */
  onShowMention(noteId: string, index: number): Promise<{ index: number; total: number }>;
}

export interface RenderContext {
  t: Messages;
  lang: UiLanguage;
  handlers: RenderHandlers;
}

export function renderReport(answer: SidebarReport, ctx: RenderContext): HTMLElement {
  const { report } = answer;
  const { t } = ctx;
  const labels = new Map(report.labels.map((l) => [l.id, l]));
  const labelled = report.notes.filter((n) => n.labels.length);
  const root = h('div', { class: 'report' });
  root.append(metaBlock(report, ctx));
  // One card per label type, listing the entities it was found with; each entity's status once.
  const withStatus = new Set<string>();
  const typeCards = report.labels
    .map((label) => ({ label, notes: labelled.filter((n) => n.labels.includes(label.id)) }))
    .filter((g) => g.notes.length)
    .map((g) => labelCard(g.label, g.notes, withStatus, answer, ctx));
  if (typeCards.length) root.append(section('labels', t.sectionLabels, typeCards));
  if (report.notes.length)
    root.append(section('notes', t.sectionNotes, report.notes.map((n) => noteCard(n, labels, withStatus, answer, ctx))));
  else root.append(h('p', { class: 'empty' }, t.noNotes));
  if (report.translations.length)
    root.append(section('translations', t.sectionTranslations, report.translations.map((tr) => translationCard(tr, answer, ctx))));
  if (report.hidden.length) {
    const shown = new Set(answer.shown);
    root.append(section('hidden', t.sectionHidden, report.hidden.map((item) => hiddenRow(item, shown, ctx))));
  }
  return root;
}

function metaBlock(report: PageReport, { t, lang }: RenderContext): HTMLElement {
  return h('p', { class: 'meta' },
    report.meta.title ? h('span', { class: 'meta-title' }, report.meta.title) : null,
    h('span', { class: 'meta-date' },
      report.meta.published ? t.publishedOn(formatDate(report.meta.published, lang)) : t.noPublishedDate),
  );
}

function section(id: string, title: string, items: HTMLElement[]): HTMLElement {
  const headingId = `section-${id}`;
  return h('section', { class: `section section-${id}`, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title),
    h('ul', { class: 'cards', role: 'list' }, ...items.map((i) => h('li', {}, i))),
  );
}

function labelCard(label: LabelReport, notes: NoteReport[], withStatus: Set<string>, answer: SidebarReport, ctx: RenderContext): HTMLElement {
  const { t } = ctx;
  const card = h('article', { class: 'card label-card', 'data-label': label.id, 'aria-label': textIn(label.title, ctx.lang) },
    h('h3', {}, textIn(label.title, ctx.lang)),
    label.printed?.length ? h('p', { class: 'printed' }, `${t.asPrinted}: `, h('q', {}, label.printed[0]!)) : null,
  );
  const entities = h('ul', { class: 'label-entities', role: 'list', 'aria-label': t.labelRefersTo });
  for (const note of notes) {
    // An entity under two label types shows its status in the first card only.
    const status = withStatus.has(note.id) ? null : statusList(note, ctx);
    withStatus.add(note.id);
    entities.append(h('li', { class: 'label-entity', 'data-note': note.id },
      h('p', { class: 'refers' }, `${t.labelRefersTo}: `, h('strong', { class: 'entity' }, noteTitle(note, t))),
      status,
      stepper(note.id, note.title, answer.mentions[note.id] ?? 0, ctx),
    ));
  }
  card.append(entities);
  // What the label means, its law and sources: once per type, folded.
  card.append(h('details', { class: 'more' },
    h('summary', {}, t.moreAboutLabel),
    h('p', { class: 'explanation' }, sanitizeInline(textIn(label.explanation, ctx.lang))),
    h('p', { class: 'law' }, h('span', { class: 'term' }, `${t.law}: `), textIn(label.law, ctx.lang)),
    sources(label.sources, t),
  ));
  return card;
}

/** A note's title in the reader's language (a label that names no one has a title of the interface's). */
function noteTitle(note: NoteReport, t: Messages): string {
  return note.unlisted?.reason === 'unnamed' ? t.unnamedTitle : note.title;
}

function noteCard(note: NoteReport, labels: Map<string, LabelReport>, withStatus: Set<string>, answer: SidebarReport, ctx: RenderContext): HTMLElement {
  const { t } = ctx;
  const summary =
    note.kind === 'unlisted'
      ? t.unlistedSummary(note.labels.map((l) => textIn(labels.get(l)?.title, ctx.lang) || l).join(', '), note.unlisted?.reason ?? 'not-in-packs', note.unlisted?.knownAs,
          note.unlisted?.checked && { list: textIn(note.unlisted.checked.list, ctx.lang), asOf: formatDate(note.unlisted.checked.asOf, ctx.lang) })
      : textIn(note.summary, ctx.lang);
  return h('article', { class: 'card note-card', 'data-note': note.id, 'aria-label': note.title },
    h('h3', {}, noteTitle(note, t), ' ', h('span', { class: 'kind' }, t.kind[note.kind] ?? note.kind)),
    h('p', { class: 'summary' }, note.kind === 'unlisted' ? summary : sanitizeInline(summary)),
    // A labelled entity's status is on its label card: said once.
    withStatus.has(note.id) ? null : statusList(note, ctx),
    stepper(note.id, note.title, answer.mentions[note.id] ?? 0, ctx),
    sources(note.sources, t),
  );
}

function translationCard(tr: TranslationReport, answer: SidebarReport, ctx: RenderContext): HTMLElement {
  const { t } = ctx;
  const id = `translation:${tr.id}`;
  return h('article', { class: 'card translation-card', 'data-note': id, 'aria-label': tr.phrase },
    h('h3', {}, `“${tr.phrase}”`),
    h('p', { class: 'summary' }, h('span', { class: 'term' }, `${t.translationMeaning}: `), sanitizeInline(textIn(tr.meaning, ctx.lang))),
    h('p', { class: 'context' }, t.translationContext(tr.context.join(', '))),
    stepper(id, tr.phrase, answer.mentions[id] ?? 0, ctx),
    sources(tr.sources, t),
  );
}

function statusList(note: NoteReport, { t, lang }: RenderContext): HTMLElement | null {
  if (!note.status.length) return null;
  return h('dl', { class: 'status' },
    ...note.status.flatMap((s) => [
      h('dt', {}, t.list),
      h('dd', {}, textIn(s.list, lang)),
      ...(s.listed ? [h('dt', {}, t.listedOn), h('dd', { class: 'listed' }, formatDate(s.listed, lang))] : []),
      h('dt', {}, t.atPublication),
      h('dd', { class: `state-${s.stateAtPublication ?? 'unknown'}` },
        s.stateAtPublication ? statusText(s, s.stateAtPublication, t, lang) : t.noDate),
      h('dt', {}, note.dataAsOf ? t.nowAsOf(formatDate(note.dataAsOf, lang)) : t.now),
      h('dd', { class: `state-${s.stateNow}` }, statusText(s, s.stateNow, t, lang)),
    ]),
  );
}

/** "‹ 1 of 3 ›": steps through a note's mentions; the page scrolls to each and flashes it. */
function stepper(noteId: string, title: string, total: number, { t, handlers }: RenderContext): HTMLElement {
  const box = h('div', { class: 'stepper', role: 'group', 'aria-label': t.mentions(total) });
  if (!total) return box;
  let index = -1;
  const position = h('span', { class: 'position', 'aria-live': 'polite' }, t.mentions(total));
  const go = async (delta: number) => {
    const answer = await handlers.onShowMention(noteId, index + delta);
    index = answer.index;
    position.textContent = t.mentionOf(index + 1, answer.total);
  };
  const prev = h('button', { type: 'button', class: 'step prev', 'aria-label': t.previousMention(title) }, '‹');
  const next = h('button', { type: 'button', class: 'step next', 'aria-label': t.nextMention(title) }, '›');
  prev.addEventListener('click', () => void go(index < 0 ? 0 : -1));
  next.addEventListener('click', () => void go(1));
  box.append(prev, position, next);
  return box;
}

function sources(list: { title: string; url: string }[], t: Messages): HTMLElement | null {
  if (!list.length) return null;
  return h('p', { class: 'sources' }, `${t.sources}: `, ...list.flatMap((s, i) => [i ? ', ' : '', externalLink(s.title, s.url)]));
}

function hiddenRow(item: HiddenItem, shown: Set<number>, { t, handlers }: RenderContext): HTMLElement {
  let isShown = shown.has(item.id);
  // "Comment form · WordPress comments": what it is, then what found it; never a selector or markup.
  const what = t.hiddenKind(item.kind, item.posts);
  const by = t.systemNames[item.system] ?? item.name;
  const button = h('button', { type: 'button', class: 'toggle', 'data-hidden-id': String(item.id) });
  const label = () => {
    button.textContent = isShown ? t.hide : t.show;
    button.setAttribute('aria-label', isShown ? t.hideItem(what) : t.showItem(what));
  };
  label();
  button.addEventListener('click', () => {
    isShown = !isShown;
    handlers.onToggleHidden(item.id, !isShown);
    label();
  });
  return h('div', { class: 'hidden-item', 'data-system': item.system, 'data-kind': item.kind },
    h('span', { class: 'what' }, what[0]!.toUpperCase() + what.slice(1)),
    h('span', { class: 'system' }, by),
    h('span', { class: 'excerpt', title: item.text }, item.text || t.noText),
    button,
  );
}
