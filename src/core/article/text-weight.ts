// Character counts under-score scripts that pack a word into one or two characters (Chinese, Japanese,
// Korean). Weigh those characters like an average Latin word so every script meets the same thresholds.
// Cyrillic, Greek, Arabic, Hebrew and the Indic scripts spell words with about as many characters as Latin
// (Russian a little more), so they count one for one.
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const HAS_DENSE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

export function textWeight(text: string): number {
  // A look at the start first: most text has no dense script, and counting allocates. Text in a dense script
  // shows it within its first characters; mixed text that does not still counts its characters.
  if (!HAS_DENSE.test(text.length > 48 ? text.slice(0, 48) : text)) return text.length;
  return fullTextWeight(text);
}

/** textWeight without the look at the start: for a whole page's text, which may start in another script than most of it. */
export function fullTextWeight(text: string): number {
  return text.length + (text.match(DENSE_SCRIPT)?.length ?? 0) * 2;
}

/** Text with runs of white space folded into single spaces and trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
