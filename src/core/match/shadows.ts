import type { Entry, Pack } from '../glossary/pack';
import type { CompiledPacks } from './compiled-pack';
import { findMatches, prepareText } from './matcher';

// Names an entry never gets: where two enabled entries claim the same name, the text's mention goes to one
// of them (the matcher keeps the first of equal matches: libraries in order, the shipped packs first, then
// the imports in the order they were imported), and the other is never shown for it. Found by matching each
// name of a pack against the whole enabled set, the way an article's text is matched.

export interface Shadow {
  /** The name as the shadowed entry writes it. */
  name: string;
  /** "packId/entryId" of the entry that does not get the name. */
  entry: string;
  /** "packId/entryId" of the entry that does. */
  by: string;
}

/** The names of `pack`'s entries that another entry of `compiled` takes (entries joined by sameAs excepted). */
export function shadowedNames(compiled: CompiledPacks, pack: Pack): Shadow[] {
  const shadows: Shadow[] = [];
  const same = (ref: string) => compiled.canonical.get(ref) ?? ref;
  for (const e of pack.entries) {
    const own = `${pack.id}/${e.id}`;
    if (!compiled.entries.has(own)) return []; // the pack is off, or not in the set: it claims nothing
    for (const name of new Set(entryNames(e))) {
      const text = prepareText(name);
      const whole = findMatches(compiled, text).find((m) => m.kind === 'entry' && m.start === 0 && m.end === name.length);
      if (whole && whole.ref !== own && same(whole.ref) !== same(own)) shadows.push({ name, entry: own, by: whole.ref });
    }
  }
  return shadows;
}

function entryNames(e: Entry): string[] {
  return [...Object.values(e.names).flat(), ...(e.caseSensitive ?? [])].map((n) => n.trim()).filter(Boolean);
}
