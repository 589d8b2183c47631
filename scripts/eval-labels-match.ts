// How eval:labels compares a note with the entity a row names: by word stems, so that inflected names agree
// ("Юрия Дудя" and "Юрий Дудь", "Медиазоны" and "Медиазона") and articles or quotes do not matter.

const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'nor', 'и', 'в', 'на']);

export function nameStems(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').split(/[^\p{L}\p{N}]+/u);
  return words.filter((w) => w && !STOP.has(w)).map(stem);
}

function stem(w: string): string {
  if (w.length >= 6) return w.slice(0, 5);
  if (w.length >= 4) return w.slice(0, w.length - 1);
  return w;
}

/** At least one stem in common, and at least half of the note's stems among the row's. */
export function sameName(title: string, entity: string, entityRu: string): boolean {
  const t = nameStems(title);
  const want = new Set([...nameStems(entity), ...nameStems(entityRu)]);
  const shared = t.filter((s) => want.has(s)).length;
  return shared > 0 && shared * 2 >= t.length;
}

const BAN_FAMILY = new Set(['banned', 'terrorist', 'extremist']);

/** A ban printed without its list is compatible with the terrorist and extremist lists, and the reverse. */
export function compatibleTypes(a: string, b: string): boolean {
  return a === b || (BAN_FAMILY.has(a) && BAN_FAMILY.has(b) && (a === 'banned' || b === 'banned'));
}
