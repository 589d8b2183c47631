import type { LocalText } from './glossary/local-text';
// The report: plain, serialisable data that crosses from the engine to the sidebar, popup and CLI.
// Field names here are a public contract (CLI --json); add fields, do not rename them.

export interface ArticleSignal {
  /** Short machine name, e.g. "jsonld:NewsArticle", "og:type", "url:listing". */
  name: string;
  /** Contribution to the score (log-odds): positive for article, negative against. */
  weight: number;
  /** What exactly fired, where the name does not say it (the JSON-LD type, the og:type value). */
  detail?: string;
}

export interface ArticleReport {
  isArticle: boolean;
  /** 0..1: how sure the detector is of its verdict. */
  confidence: number;
  signals: ArticleSignal[];
}

export interface ArticleMeta {
  title: string | null;
  lang: string | null;
  /** ISO 8601 date or date-time, or null when the page gives none that parses. */
  published: string | null;
  /** ISO 8601 date or date-time of the last update the page declares, or null. */
  modified: string | null;
  outlet: string | null;
}

export type HideSource = 'builtin' | 'phrase' | 'user';

export interface HiddenItem {
  /** Index into the content script's applied list; stable for one page view. */
  id: number;
  system: string;
  /** The system's human name ("WordPress comments", "Disqus"; "Your hiding rule"). */
  name: string;
  /** What the element is: comment-form, form-message, comment-thread, comment-section, comment-widget, load-control, rule. */
  kind: string;
  /** Comments in a hidden thread, when counted. */
  posts?: number;
  source: HideSource;
  /** Up to 80 characters of the hidden element's text, to recognise it by. */
  text: string;
  chars: number;
}

export interface RefusedItem {
  system: string;
  source: HideSource;
  reason: string;
  text: string;
}

export interface SourceLink {
  title: string;
  url: string;
}

export type StatusState = 'not-yet' | 'active' | 'suspended' | 'ended';

export interface StatusLine {
  /** The designation this line describes, e.g. "terrorist". */
  type: string;
  jurisdiction: string;
  /** The list or register the designation is on. */
  list: LocalText;
  since: string;
  /** The day it was entered on the list, when that differs from the decision (`since`). */
  listed?: string;
  suspended?: string;
  until?: string;
  /** The pack's one-sentence account of the designation. */
  note?: LocalText;
  /** Where the designation stood at the article's date (null: no date) and today: for localised text. */
  stateAtPublication: StatusState | null;
  stateNow: StatusState;
  /** What held at the article's published date, or null when the page has no date (English). */
  atPublication: string | null;
  /** What holds at the report's clock. */
  now: string;
}

export interface NoteReport {
  id: string;
  title: string;
  /** Entry kind from the pack ("organization", "person", "place", "media", ...) or "unlisted". */
  kind: string;
  summary: LocalText;
  /** Number of mentions in the article. */
  mentions: number;
  /** Ids of labels linked to this note, in order of appearance. */
  labels: string[];
  status: StatusLine[];
  sources: SourceLink[];
  /**
   * For kind "unlisted", why the packs cannot vouch for it: "not-in-packs" (no pack names it), "no-record" (a
   * pack knows `knownAs` but holds no such designation), "unnamed" (the text names no one).
   */
  unlisted?: {
    reason: 'not-in-packs' | 'no-record' | 'unnamed';
    knownAs?: string;
    /** Not in an enabled pack that holds the whole list (Pack.covers): its title and the day of its copy. */
    checked?: { list: LocalText; asOf: string };
  };
  /** The day the entry's pack was last checked (Pack.dataAsOf), when before the report's clock: "now" is as of it. */
  dataAsOf?: string;
}

export interface LabelReport {
  id: string;
  type: string;
  jurisdiction: string;
  title: LocalText;
  explanation: LocalText;
  law: LocalText;
  sources: SourceLink[];
  /** How often the label appears in the article, whatever its wording. */
  occurrences: number;
  /** Its wordings as the page prints them, each once (at most ten). */
  printed: string[];
}

export interface TranslationReport {
  id: string;
  /** The phrase as the article writes it. */
  phrase: string;
  /** What it most likely stands for. */
  meaning: LocalText;
  /** The context words that were found in the article and made the note show. */
  context: string[];
  occurrences: number;
  sources: SourceLink[];
}

export interface PageReport {
  article: ArticleReport;
  meta: ArticleMeta;
  hidden: HiddenItem[];
  refused: RefusedItem[];
  notes: NoteReport[];
  labels: LabelReport[];
  /** Likely translation slips, shown only when their context words are in the article. */
  translations: TranslationReport[];
  timings: Record<string, number>;
}
