// Character counts under-score scripts that pack a word into one or two characters (Chinese, Japanese,
// Korean). Weigh those characters like an average Latin word so every script meets the same thresholds.
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

export function textWeight(text: string): number {
  const dense = text.match(DENSE_SCRIPT)?.length ?? 0;
  return text.length + dense * 2;
}

/** Text with runs of white space folded into single spaces and trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
