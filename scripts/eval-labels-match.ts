import type { DesignationType } from '../src/core/glossary/pack';
import { designationFits } from '../src/core/notes/build-notes';

// How eval:labels compares a note with the entity a row names: by word stems, so that inflected names agree
// ("Юрия Дудя" and "Юрий Дудь", "Медиазоны" and "Медиазона") and articles or quotes do not matter.

const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'nor', 'и', 'в', 'на']);

export function nameStems(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}]+/u);
  return words.filter((w) => w.length > 2 && !STOP.has(w)).map(stem);
}

function stem(w: string): string {
  if (w.length >= 6) return w.slice(0, 5);
  if (w.length >= 4) return w.slice(0, w.length - 1);
  return w;
}

/** At least one stem in common, and at least half of the name's stems among the row's. */
export function sameName(title: string, entity: string, entityRu: string): boolean {
  const t = nameStems(title);
  const want = new Set([...nameStems(entity), ...nameStems(entityRu)]);
  const shared = t.filter((s) => want.has(s)).length;
  return shared > 0 && shared * 2 >= t.length;
}

/** Same type, or an umbrella type and one it covers, either way round: the engine's own rule (designationFits). */
export function compatibleTypes(a: string, b: string): boolean {
  const [x, y] = [a as DesignationType, b as DesignationType];
  return designationFits(x, y) || designationFits(y, x);
}
