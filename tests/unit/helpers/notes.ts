import { recogniseLabels } from '../../../src/core/labels/recognise';
import { type CompiledPacks, findMatchesAndAnchors, prepareText } from '../../../src/core/match/matcher';
import { buildNotes, type NotesResult } from '../../../src/core/notes/build-notes';

/** Notes for a plain text as the pipeline makes them: matches, labels recognised by their shape, notes. */
export function notesFor(text: string, packs: CompiledPacks, published: string | null = null, today = '2026-11-25'): NotesResult {
  const { matches, anchors } = findMatchesAndAnchors(packs, prepareText(text));
  const recognised = packs.labels
    ? recogniseLabels({ text, anchors, mentions: matches.filter((m) => m.kind === 'entry'), grammar: packs.labels })
    : [];
  return buildNotes({ text, matches, compiled: packs, published, today, recognised });
}

/** "labelId -> target, target" for every label a text carries, in text order. */
export function labelLinks(text: string, packs: CompiledPacks): string[] {
  const r = notesFor(text, packs);
  const byLabel = new Map<string, string[]>();
  for (const n of r.notes) for (const l of n.labels) byLabel.set(l, [...(byLabel.get(l) ?? []), n.id]);
  return [...byLabel].map(([l, ids]) => `${l.split('/').pop()} -> ${ids.join(', ')}`);
}

/** "labelId frame -> target names" for each label the recogniser finds in a text. */
export function recognisedIn(text: string, packs: CompiledPacks): string[] {
  const { matches, anchors } = findMatchesAndAnchors(packs, prepareText(text));
  if (!packs.labels) return [];
  return recogniseLabels({ text, anchors, mentions: matches.filter((m) => m.kind === 'entry'), grammar: packs.labels }).map(
    (r) => `${r.ref.split('/').pop()} ${r.frame} -> ${r.targets.map((t) => t.ref?.split('/').pop() ?? t.text).join(', ') || (r.outlet ? '(outlet)' : '-')}`,
  );
}
