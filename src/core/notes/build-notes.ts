import type { Entry, Label } from '../glossary/pack';
import type { CompiledPacks, Match } from '../match/matcher';
import type { LabelReport, NoteReport } from '../report';
import { statusLines } from './status';

// Turns matches into notes: one per entity mentioned, in order of first mention, each with the labels the
// article attaches to it. A label whose entity is in no pack becomes a note that quotes the name.

export interface NotesInput {
  text: string;
  matches: Match[];
  compiled: CompiledPacks;
  published: string | null;
  /** YYYY-MM-DD: "now" for status lines. */
  today: string;
}

export interface NotesResult {
  notes: NoteReport[];
  labels: LabelReport[];
  /** For each note id, its spans in the text (mentions and the label phrases linked to it). */
  spans: Map<string, { start: number; end: number }[]>;
}

/** Longest gap (characters) between an entity and the label that refers to it. */
const LINK_BEFORE = 120;
const LINK_AFTER = 60;
/** Longest footnote text before its label phrase. */
const FOOTNOTE_MAX = 200;

export function buildNotes(input: NotesInput): NotesResult {
  const { text, matches, compiled, published, today } = input;
  const entries = new Map<string, Entry>();
  const labels = new Map<string, Label>();
  for (const pack of compiled.packs) {
    for (const e of pack.entries) entries.set(`${pack.id}/${e.id}`, e);
    for (const l of pack.labels) labels.set(`${pack.id}/${l.id}`, l);
  }

  const notes = new Map<string, NoteReport>();
  const spans = new Map<string, { start: number; end: number }[]>();
  const labelReports = new Map<string, LabelReport>();
  const order: { id: string; at: number }[] = [];
  const noteFor = (id: string, at: number, make: () => NoteReport): NoteReport => {
    let note = notes.get(id);
    if (!note) {
      note = make();
      notes.set(id, note);
      spans.set(id, []);
      order.push({ id, at });
    }
    return note;
  };

  const mentions = matches.filter((m) => m.kind === 'entry');
  for (const m of mentions) {
    const entry = entries.get(m.ref)!;
    const note = noteFor(m.ref, m.start, () => entryNote(m.ref, entry, published, today));
    note.mentions++;
    spans.get(m.ref)!.push({ start: m.start, end: m.end });
  }

  const link = (noteId: string, m: Match) => {
    const note = notes.get(noteId)!;
    if (!note.labels.includes(m.ref)) note.labels.push(m.ref);
    spans.get(noteId)!.push({ start: m.start, end: m.end });
  };

  for (const m of matches) {
    if (m.kind !== 'label') continue;
    const label = labels.get(m.ref)!;
    const report = labelReports.get(m.ref) ?? labelReport(m.ref, label);
    report.occurrences++;
    labelReports.set(m.ref, report);

    const stars = footnoteStars(text, m);
    const inLine = stars ? mentionBeforeInLine(text, mentions, m) : null;
    if (inLine) {
      // "* Instagram belongs to Meta, which is recognised as extremist...": the footnote names its entity.
      link(inLine.ref, m);
      continue;
    }
    if (stars) {
      // "* — организация запрещена в РФ": the label belongs to every name marked with as many stars.
      const marked = mentions.filter((e) => starsAfter(text, e.end) === stars);
      const targets = marked.length ? uniqueRefs(marked) : starredNames(text, stars, m.start).map((name) => {
        const id = `unlisted:${name.toLowerCase()}`;
        noteFor(id, text.indexOf(name), () => unlistedNote(id, name, label));
        notes.get(id)!.mentions++;
        return id;
      });
      for (const id of targets) link(id, m);
      continue;
    }
    const target = linkedMention(text, mentions, m);
    let noteId: string;
    if (target) {
      noteId = target.ref;
    } else {
      const name = quotedName(text, m.start);
      noteId = `unlisted:${name ? name.toLowerCase() : m.ref}`;
      noteFor(noteId, m.start, () => unlistedNote(noteId, name, label));
      notes.get(noteId)!.mentions++;
    }
    link(noteId, m);
  }

  const sorted = order.sort((a, b) => a.at - b.at).map((o) => notes.get(o.id)!);
  return { notes: sorted, labels: [...labelReports.values()], spans };
}

function entryNote(id: string, e: Entry, published: string | null, today: string): NoteReport {
  return {
    id,
    title: e.names.en?.[0] ?? Object.values(e.names)[0]?.[0] ?? id,
    kind: e.kind,
    summary: e.summary,
    mentions: 0,
    labels: [],
    status: statusLines(e.designations ?? [], published, today),
    sources: e.sources.map((s) => ({ title: s.title, url: s.url })),
  };
}

function unlistedNote(id: string, name: string | null, label: Label): NoteReport {
  return {
    id,
    title: name ?? 'An organisation named in the text',
    kind: 'unlisted',
    summary: `Not in the enabled glossary packs. The article attaches a "${label.title}" label to it.`,
    mentions: 0,
    labels: [],
    status: [],
    sources: [],
  };
}

function labelReport(id: string, l: Label): LabelReport {
  return {
    id,
    type: l.type,
    jurisdiction: l.jurisdiction,
    title: l.title,
    explanation: l.explanation,
    law: l.law,
    sources: l.sources.map((s) => ({ title: s.title, url: s.url })),
    occurrences: 0,
  };
}

/** The entity a label refers to: the nearest one before it in the same sentence, else just after it. */
function linkedMention(text: string, mentions: Match[], label: Match): Match | null {
  let before: Match | null = null;
  let after: Match | null = null;
  for (const m of mentions) {
    if (m.end <= label.start && label.start - m.end <= LINK_BEFORE && !crossesSentence(text, m.end, label.start)) before = m;
    if (!after && m.start >= label.end && m.start - label.end <= LINK_AFTER && !crossesSentence(text, label.end, m.start))
      after = m;
  }
  return before ?? after;
}

/**
 * A label inside a footnote line ("* — организация запрещена в РФ", "** banned in Russia"): the line
 * starts with stars. Returns how many stars (0: not a footnote).
 */
export function footnoteStars(text: string, label: Match): number {
  const lineStart = text.lastIndexOf('\n', label.start - 1) + 1;
  if (label.start - lineStart > FOOTNOTE_MAX) return 0;
  return text.slice(lineStart, label.end).match(/^\s*(\*+)/)?.[1]!.length ?? 0;
}

/** The nearest entity named before a footnote's label on the footnote's own line and sentence. */
function mentionBeforeInLine(text: string, mentions: Match[], label: Match): Match | null {
  const lineStart = text.lastIndexOf('\n', label.start - 1) + 1;
  let found: Match | null = null;
  for (const m of mentions) {
    if (m.start >= lineStart && m.end <= label.start && !crossesSentence(text, m.end, label.start)) found = m;
  }
  return found;
}

/** Stars right after a name ("Meta*", "«Мемориал»**"), allowing a closing quote in between. */
function starsAfter(text: string, end: number): number {
  return text.slice(end, end + 6).match(/^[»"”']?(\*+)/)?.[1]!.length ?? 0;
}

/** Names marked with exactly `stars` stars outside the footnote itself, for entities in no pack. */
function starredNames(text: string, stars: number, footnoteStart: number): string[] {
  const names = new Set<string>();
  const re = /([\p{Lu}][\p{L}\p{N}-]*(?:\s[\p{Lu}][\p{L}\p{N}-]*){0,3})[»"”']?(\*+)(?!\*)/gu;
  for (const m of text.slice(0, footnoteStart).matchAll(re)) if (m[2]!.length === stars) names.add(m[1]!);
  return [...names];
}

function uniqueRefs(matches: Match[]): string[] {
  return [...new Set(matches.map((m) => m.ref))];
}

function crossesSentence(text: string, from: number, to: number): boolean {
  return /[.!?](\s|$)|\n/.test(text.slice(from, to));
}

/**
 * The name written just before a label, for entities in no pack: the last run of capitalised words
 * (with joining words like "of", "al-") in the same sentence.
 */
export function quotedName(text: string, labelStart: number): string | null {
  const before = text.slice(Math.max(0, labelStart - LINK_BEFORE), labelStart);
  const sentence = before.split(/[.!?]\s|\n/).pop() ?? '';
  const clause = sentence.replace(/[\s(,—–-]+$/u, '');
  const words = clause.split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    // A comma, colon or semicolon after a word ends the name that follows it ("In May, Memorial" -> "Memorial").
    if (name.length && /[,:;]$/u.test(words[i]!)) break;
    const w = words[i]!.replace(/^[«"'“(]+|[»"'”),:;]+$/gu, '');
    if (/^\p{Lu}/u.test(w) || (name.length && /^(of|the|for|al|and|и|за)$/i.test(w))) name.unshift(w);
    else if (name.length) break;
    else if (name.length === 0 && i < words.length - 3) break;
  }
  while (name.length && /^(of|the|for|al|and|и|за)$/i.test(name[0]!)) name.shift();
  const result = name.join(' ').trim();
  return result.length >= 2 ? result : null;
}
