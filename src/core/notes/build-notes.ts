import { type LocalText, textIn } from '../glossary/local-text';
import type { DesignationType, Entry, Label } from '../glossary/pack';
import type { RecognisedLabel } from '../labels/recognise';
import { foldCase, foldKeepCase, normalizePattern } from '../match/normalize';
import type { CompiledPacks, Match } from '../match/matcher';
import { containsWord } from './translation-notes';
import type { LabelReport, NoteReport } from '../report';
import { humanDate, statusLines } from './status';

// Turns matches into notes: one per entity mentioned, in order of first mention, each with the labels the
// article attaches to it. Labels come from the shape recogniser (src/core/labels) and, for packs it does not
// know, from whole phrases. A label whose entity is in no pack, or in one without such a record, becomes a
// note that quotes the name as printed.

export interface NotesInput {
  text: string;
  matches: Match[];
  compiled: CompiledPacks;
  published: string | null;
  /** YYYY-MM-DD: "now" for status lines. */
  today: string;
  /** Labels the shape recogniser found (src/core/labels), in the article and in banners around it. */
  recognised?: RecognisedLabel[];
  /** The outlet a banner speaks of: its printed name and, when a pack lists it, its entry. */
  outlet?: { name: string; ref?: string } | null;
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
/** How far (characters) a context word may be from an ambiguous name. */
const CONTEXT_WINDOW = 400;

export function buildNotes(input: NotesInput): NotesResult {
  const { text, compiled, published, today } = input;
  const { entries, labelRecords: labels } = compiled;
  const asOf = new Map([...compiled.dataAsOf].filter(([, d]) => d < today));
  // A name of an entry that is the same entity as another (sameAs) counts for that one's note.
  const same = (ref: string) => compiled.canonical.get(ref) ?? ref;
  const joined = input.matches.map((m) => (m.kind === 'entry' ? { ...m, ref: same(m.ref) } : m));
  const recognised = (input.recognised ?? []).map((r) => ({ ...r, targets: r.targets.map((t) => (t.ref ? { ...t, ref: same(t.ref) } : t)) }));
  const outlet = input.outlet?.ref ? { ...input.outlet, ref: same(input.outlet.ref) } : input.outlet;
  const context = ambiguityContext({ ...input, matches: joined }, entries, recognised);
  const matches = joined.filter((m) => !m.ambiguous || context(m));

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
    const note = noteFor(m.ref, m.start, () => entryNote(m.ref, entry, published, today, asOf));
    note.mentions++;
    spans.get(m.ref)!.push({ start: m.start, end: m.end });
  }

  const report = (ref: string, printed: string) => {
    const r = labelReports.get(ref) ?? labelReport(ref, labels.get(ref)!);
    labelReports.set(ref, r);
    r.occurrences++;
    const words = printed.replace(/\s+/gu, ' ').trim();
    if (r.printed.length < 10 && !r.printed.includes(words)) r.printed.push(words);
  };
  const link = (noteId: string, ref: string, span: { start: number; end: number } | null) => {
    const note = notes.get(noteId)!;
    if (!note.labels.includes(ref)) note.labels.push(ref);
    if (span) spans.get(noteId)!.push(span);
  };
  /** A note for a labelled name no entry vouches for (`name` null: the text names no one); counts a mention. */
  const unlisted = (name: string | null, at: number, label: Label, ref: string, knownAs: string | null = null): string => {
    const id = name ? `unlisted:${name.toLowerCase()}` : `unnamed:${ref}`;
    noteFor(id, at, () => unlistedNote(id, name, label, knownAs, compiled.covers.get(label.type) ?? null));
    notes.get(id)!.mentions++;
    return id;
  };
  /** The note a label about `name` goes to: the entry's, if its records hold such a designation. */
  const target = (name: { text: string; ref?: string; start: number }, label: Label, ref: string): string => {
    const entry = name.ref ? entries.get(name.ref) : undefined;
    if (name.ref && entry && holds(entry, label.type)) {
      noteFor(name.ref, name.start, () => entryNote(name.ref!, entry, published, today, asOf));
      return name.ref;
    }
    return unlisted(name.text.trim(), name.start, label, ref, entry ? entryTitle(name.ref!, entry) : null);
  };

  for (const r of recognised) {
    const label = labels.get(r.ref);
    if (!label) continue;
    report(r.ref, r.printed);
    const span = r.outside ? null : { start: r.start, end: r.end };
    if (r.targets.length) {
      for (const name of r.targets) link(target(name, label, r.ref), r.ref, span);
    } else if (r.outlet && outlet) {
      link(target({ text: outlet.name, ref: outlet.ref, start: -1 }, label, r.ref), r.ref, span);
    } else {
      link(unlisted(null, r.start, label, r.ref), r.ref, span);
    }
  }

  // Labels matched by their whole phrase (packs without terms: the recogniser does not know them).
  const covered = (m: Match) => recognised.some((r) => !r.outside && r.start < m.end && m.start < r.end);
  for (const m of matches) {
    if (m.kind !== 'label' || covered(m)) continue;
    // A label the recogniser knows counts by its phrase only as a banner: at the start of a line.
    if (compiled.labels?.known.has(m.ref) && !atLineStart(text, m.start)) continue;
    const label = labels.get(m.ref)!;
    report(m.ref, text.slice(m.start, m.end));
    const span = { start: m.start, end: m.end };

    const stars = footnoteStars(text, m);
    const inLine = stars ? mentionBeforeInLine(text, mentions, m) : null;
    if (inLine) {
      // "* Instagram belongs to Meta, which is recognised as extremist...": the footnote names its entity.
      link(target({ text: text.slice(inLine.start, inLine.end), ref: inLine.ref, start: inLine.start }, label, m.ref), m.ref, span);
      continue;
    }
    if (stars) {
      // "* — организация запрещена в РФ": the label belongs to every name marked with as many stars.
      const marked = mentions.filter((e) => starsAfter(text, e.end) === stars);
      const names = marked.length
        ? marked.map((e) => ({ text: text.slice(e.start, e.end), ref: e.ref, start: e.start }))
        : starredNames(text, stars, m.start).map((name) => ({ text: name, start: text.indexOf(name) }));
      for (const name of names) link(target(name, label, m.ref), m.ref, span);
      continue;
    }
    const mention = linkedMention(text, mentions, m);
    if (mention) {
      link(target({ text: text.slice(mention.start, mention.end), ref: mention.ref, start: mention.start }, label, m.ref), m.ref, span);
    } else if (atLineStart(text, m.start) && outlet) {
      link(target({ text: outlet.name, ref: outlet.ref, start: -1 }, label, m.ref), m.ref, span);
    } else {
      link(unlisted(quotedName(text, m.start), m.start, label, m.ref), m.ref, span);
    }
  }

  const sorted = order.sort((a, b) => a.at - b.at).map((o) => notes.get(o.id)!);
  return { notes: sorted, labels: [...labelReports.values()], spans };
}

/** Does an entry's record hold a designation a label of `type` can speak of? */
function holds(entry: Entry, type: DesignationType): boolean {
  return (entry.designations ?? []).some((d) => designationFits(d.type, type));
}

const BAN_FAMILY = new Set<DesignationType>(['terrorist', 'extremist', 'banned']);

/** A ban printed without its list fits a terrorist or extremist record; the Rosfinmonitoring list fits either. */
export function designationFits(record: DesignationType, label: DesignationType): boolean {
  if (record === label) return true;
  if (label === 'banned') return BAN_FAMILY.has(record);
  if (label === 'terrorist-extremist-list') return record === 'terrorist' || record === 'extremist';
  return false;
}

/**
 * Whether an ambiguous name ("ИГ", "SCO", a surname alone) counts: a label is tied to it, another of its
 * entry's names is in the text, or a context word is near. What the page settles once is looked up once.
 */
function ambiguityContext(input: NotesInput, entries: Map<string, Entry>, recognised: RecognisedLabel[]): (m: Match) => boolean {
  const labelled = new Set(recognised.flatMap((r) => r.targets.map((t) => `${t.ref}@${t.start}`)));
  const named = new Set(input.matches.filter((o) => !o.ambiguous).map((o) => o.ref));
  return (m) => {
    if (labelled.has(`${m.ref}@${m.start}`) || named.has(m.ref)) return true;
    const entry = entries.get(m.ref);
    if (!entry?.context?.length) return false;
    const window = input.text.slice(Math.max(0, m.start - CONTEXT_WINDOW), m.end + CONTEXT_WINDOW);
    const folded = foldCase(foldKeepCase(window));
    return entry.context.some((w) => containsWord(folded, normalizePattern(w)));
  };
}

function atLineStart(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[\s«"“„'*]*$/u.test(text.slice(lineStart, at));
}

/** The first English name, unless it is a web address and the entry has a name in another language. */
export function entryTitle(id: string, e: Entry): string {
  const en = e.names.en?.[0];
  const other = Object.entries(e.names).find(([lang, n]) => lang !== 'en' && n.length)?.[1][0];
  return (en && !(isDomain(en) && other) ? en : other ?? en) ?? id;
}

const isDomain = (name: string) => /^[\w.-]+\.\p{L}{2,}$/u.test(name) && !/\s/.test(name);

function entryNote(id: string, e: Entry, published: string | null, today: string, asOf: Map<string, string>): NoteReport {
  const dataAsOf = asOf.get(id.slice(0, id.indexOf('/')));
  return {
    ...(dataAsOf && e.designations?.length ? { dataAsOf } : {}),
    id,
    title: entryTitle(id, e),
    kind: e.kind,
    summary: e.summary,
    mentions: 0,
    labels: [],
    status: statusLines(e.designations ?? [], published, today),
    sources: e.sources.map((s) => ({ title: s.title, url: s.url })),
  };
}

/**
 * A note for a labelled name the packs cannot vouch for: not in any pack, or in one whose records hold no
 * such designation (`entry`: that entry's title). It says what the label claims and names the entity as printed.
 */
function unlistedNote(id: string, name: string | null, label: Label, entry: string | null, checked: { list: LocalText; asOf: string } | null): NoteReport {
  const notIn = checked
    ? `Not in ${textIn(checked.list, 'en')} as of ${humanDate(checked.asOf)}, the date of the packs' data: it may have been listed later, or the label may be wrong.`
    : 'Not in the enabled glossary packs.';
  const summary = entry
    ? `The article attaches a "${textIn(label.title, 'en')}" label to it. The enabled packs know ${entry} but hold no record of such a designation.`
    : name
      ? `${notIn} The article attaches a "${textIn(label.title, 'en')}" label to it.`
      : `The article prints a "${textIn(label.title, 'en')}" label without naming who it is about.`;
  const reason = entry ? 'no-record' : name ? 'not-in-packs' : 'unnamed';
  return {
    id,
    title: name ?? 'Not named in the text',
    kind: 'unlisted',
    unlisted: entry ? { reason, knownAs: entry } : { reason, ...(name && checked ? { checked } : {}) },
    ...(name && !entry && checked ? { dataAsOf: checked.asOf } : {}),
    summary,
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
    printed: [],
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
