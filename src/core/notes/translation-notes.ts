import type { TranslationNote } from '../glossary/pack';
import { isWordChar, normalizePattern } from '../match/normalize';
import type { CompiledPacks, Match } from '../match/matcher';
import type { TranslationReport } from '../report';

// Translation notes show only where their context holds: "Tehran province" is flagged as Takhar only in an
// article that also speaks of Afghanistan, the Taliban, Kunduz... never in a story about Iran.

export interface TranslationInput {
  /** The article text as walked (offsets of matches refer to it). */
  text: string;
  /** The same text folded for matching (prepareText(text).folded). */
  folded: string;
  matches: Match[];
  compiled: CompiledPacks;
}

export interface TranslationResult {
  translations: TranslationReport[];
  spans: Map<string, { start: number; end: number }[]>;
}

export function buildTranslationNotes(input: TranslationInput): TranslationResult {
  const { text, folded, matches, compiled } = input;
  const notes = compiled.translationRecords;

  const reports = new Map<string, TranslationReport>();
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const m of matches) {
    if (m.kind !== 'translation') continue;
    let report = reports.get(m.ref);
    if (!report) {
      const note = notes.get(m.ref)!;
      const context = note.context.filter((word) => containsWord(folded, normalizePattern(word)));
      if (!context.length) continue;
      report = {
        id: m.ref,
        phrase: text.slice(m.start, m.end),
        meaning: note.meaning,
        context,
        occurrences: 0,
        sources: note.sources.map((s) => ({ title: s.title, url: s.url })),
      };
      reports.set(m.ref, report);
      spans.set(`translation:${m.ref}`, []);
    }
    report.occurrences++;
    spans.get(`translation:${m.ref}`)!.push({ start: m.start, end: m.end });
  }
  return { translations: [...reports.values()], spans };
}

/** Whole-word occurrence of an already folded word in folded text. */
export function containsWord(folded: string, word: string): boolean {
  if (!word) return false;
  for (let i = folded.indexOf(word); i !== -1; i = folded.indexOf(word, i + 1)) {
    const before = folded[i - 1];
    const after = folded[i + word.length];
    const startOk = !(isWordChar(before) && isWordChar(folded[i]));
    // Context words may be inflected ("Афганистане"): allow up to three more letters after them.
    let extra = 0;
    while (extra < 4 && isWordChar(folded[i + word.length + extra])) extra++;
    const endOk = !isWordChar(after) || extra <= 3;
    if (startOk && endOk) return true;
  }
  return false;
}
