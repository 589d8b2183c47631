import type { LocalText } from './local-text';
// The glossary pack format. A pack is untrusted JSON until validatePack() accepts it.
// The JSON Schema in assets/pack.schema.json describes the same shape for pack authors.

export type Lang = string; // BCP 47 primary tag: "en", "ru", ...

export interface SourceRef {
  title: string;
  /** https only. */
  url: string;
}

export type DesignationType =
  | 'terrorist'
  | 'extremist'
  | 'foreign-agent'
  | 'undesirable'
  | 'banned'
  | 'sanctioned'
  /** Rosfinmonitoring's list of organisations and people tied to extremism or terrorism (accounts frozen). */
  | 'terrorist-extremist-list';

export interface Designation {
  /** ISO 3166-1 alpha-2 code of the state that designated, e.g. "RU". */
  jurisdiction: string;
  type: DesignationType;
  /** The list or register the entity is on. */
  list: LocalText;
  /** YYYY-MM-DD: the decision (undesirable: the Prosecutor General's; foreign agents: the Justice Ministry's to include). */
  since: string;
  /** YYYY-MM-DD: the day the Justice Ministry entered it on its list, when that differs from the decision. */
  listed?: string;
  /** YYYY-MM-DD: the designation stopped having effect but was not removed (e.g. a suspended ban). */
  suspended?: string;
  /** YYYY-MM-DD: the designation ended. */
  until?: string;
  /** One sentence on what happened, in the pack's words. */
  note?: LocalText;
  source: SourceRef;
}

export interface Stem {
  lang: Lang;
  /** The invariant start of the word, e.g. "талиб". */
  stem: string;
  /** How many letters may follow the stem (1..4). */
  maxSuffix: number;
}

export interface Entry {
  id: string;
  kind: string;
  /**
   * Names per language; the first English name is the note's title (a web address yields to a name in another
   * language). Matched case-insensitively.
   */
  names: Record<Lang, string[]>;
  /** Names matched only with this exact capitalisation ("MK", "RT"). */
  caseSensitive?: string[];
  stems?: Stem[];
  /**
   * Names that are short or also common words ("ИГ", "SCO", "Meta", a surname alone): they count as a mention
   * only with a word of `context` nearby, another name of the entry in the article, or a label tied to them.
   */
  ambiguous?: string[];
  /** Words that make an ambiguous name mean this entry ("Instagram" for "Meta", "Shanghai" for "SCO"). */
  context?: string[];
  /**
   * The same entity in another pack ("designated-entities/meduza"): where that pack is enabled too, both make
   * one note, under the other entry's title and summary, with the records of both.
   */
  sameAs?: string;
  summary: LocalText;
  designations?: Designation[];
  sources: SourceRef[];
}

export interface Label {
  id: string;
  jurisdiction: string;
  type: DesignationType;
  title: LocalText;
  /** Whole texts matched as they are (the statutory banners). */
  phrases?: Record<Lang, string[]>;
  /**
   * The designation's own words, for the recogniser that finds a label by its shape (src/core/labels): a
   * term is one or more words, a word ending in "*" a stem ("иноагент*", "иностранн* агент*", "foreign agent").
   * Only Russian labels (jurisdiction "RU") are recognised this way; the frames are in src/core/labels/grammar.ts.
   */
  terms?: Record<Lang, string[]>;
  explanation: LocalText;
  law: LocalText;
  penalty?: LocalText;
  sources: SourceRef[];
}

/**
 * A phrase that translations of Russian news get wrong, with what it most likely means. It shows only when
 * one of its context words appears in the same article (e.g. "Tehran province" next to "Afghanistan").
 */
export interface TranslationNote {
  id: string;
  phrases: Record<Lang, string[]>;
  /** What the phrase most likely stands for, in the pack's words. */
  meaning: LocalText;
  /** Words or names, at least one of which must appear in the article for the note to show. */
  context: string[];
  sources: SourceRef[];
}

export interface Pack {
  id: string;
  version: string;
  title: LocalText;
  /** YYYY-MM-DD: the day its records were last checked against their sources. "Now" in its notes means this day. */
  dataAsOf?: string;
  /**
   * Designations of which the pack holds every entry as of dataAsOf (a register's copy): a labelled name it
   * does not know was not on that list on that day.
   */
  covers?: DesignationType[];
  languages: Lang[];
  entries: Entry[];
  labels: Label[];
  translationNotes?: TranslationNote[];
}

export const DESIGNATION_TYPES: DesignationType[] = [
  'terrorist',
  'extremist',
  'foreign-agent',
  'undesirable',
  'banned',
  'sanctioned',
  'terrorist-extremist-list',
];
