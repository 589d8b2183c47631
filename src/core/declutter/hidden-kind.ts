import type { HideSource } from '../report';
import { COMMENT_SYSTEMS } from './comment-systems';

// What a hidden element is, in words a reader knows ("comment form", "comment thread, 12 comments"), and
// the human name of what made it: the report says this, never a selector or markup.

export type HiddenKind = 'comment-form' | 'form-message' | 'comment-thread' | 'comment-section' | 'comment-widget' | 'load-control' | 'rule';

const FIELDS = 'textarea, [contenteditable="true"], input[type="text"], input[type="email"], input:not([type])';
const FRAMES = 'iframe';

/** The human names of the systems; the generic finders and the user's rules have their own. */
const NAMES = new Map<string, string>([
  ...COMMENT_SYSTEMS.map((s) => [s.id, s.name] as [string, string]),
  ['thread', 'Comments found by their layout'],
  ['user', 'Your hiding rule'],
]);

export function systemName(system: string): string {
  return NAMES.get(system) ?? system;
}

/**
 * The kind of a planned element. `thread`: what the thread finder said of it (a list with its post count, or
 * a "load comments" control).
 */
export function hiddenKind(element: Element, source: HideSource, thread?: { kind: 'thread' | 'load'; posts: number }): HiddenKind {
  if (source === 'user') return 'rule';
  if (thread) return thread.kind === 'load' ? 'load-control' : 'comment-thread';
  const tag = element.tagName;
  if (tag === 'IFRAME') return 'comment-widget';
  const fields = element.matches(FIELDS) || element.querySelector(FIELDS) !== null;
  if (source === 'phrase') return fields ? 'comment-form' : 'form-message';
  // A form alone, or a section whose text is little more than the form's.
  if (tag === 'FORM' || (fields && !element.querySelector('ol, ul, article'))) return 'comment-form';
  if (!fields && element.querySelector(FRAMES) && (element.textContent ?? '').trim().length < 200) return 'comment-widget';
  if (!fields && !element.querySelector('ol, ul, article, p') && (element.textContent ?? '').trim().length < 200) return 'form-message';
  return 'comment-section';
}
