import type { PageText, TextAnnotations } from '../core/analyze';
import { callBackground } from './messages';

// The content script holds no pack data: it sends an article's text to the background, which holds the
// compiled packs, and gets the notes back. Null when the background could not answer.
export async function annotateInBackground(input: PageText): Promise<TextAnnotations | null> {
  return (await callBackground('content:annotate', { input })) ?? null;
}
