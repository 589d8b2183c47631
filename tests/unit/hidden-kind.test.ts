// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from './helpers/pages';
import { detectPage, prepareAnalysis } from '../../src/core/analyze';
import { compileRules } from '../../src/core/declutter/rules';
import { hiddenKind, systemName } from '../../src/core/declutter/hidden-kind';

// Hidden items in a reader's words: what each is and what found it, never a selector or markup.

const el = (html: string): Element => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('hiddenKind', () => {
  it('tells a comment form, its leftover messages, a widget, a section and a thread apart', () => {
    expect(hiddenKind(el('<div id="respond"><h3>Leave a reply</h3><form><textarea></textarea></form></div>'), 'builtin')).toBe('comment-form');
    expect(hiddenKind(el('<div class="td-warning-comment">Please enter your comment!</div>'), 'phrase')).toBe('form-message');
    expect(hiddenKind(el('<div><p>Comment:</p><textarea></textarea></div>'), 'phrase')).toBe('comment-form');
    expect(hiddenKind(el('<div id="disqus_thread"><iframe src="about:blank"></iframe></div>'), 'builtin')).toBe('comment-widget');
    expect(hiddenKind(el('<div id="comments"><h2>3 comments</h2><ol><li><p>First</p></li></ol><form><textarea></textarea></form></div>'), 'builtin')).toBe('comment-section');
    expect(hiddenKind(el('<section><ol><li>a</li><li>b</li></ol></section>'), 'builtin', { kind: 'thread', posts: 2 })).toBe('comment-thread');
    expect(hiddenKind(el('<button>Load comments</button>'), 'builtin', { kind: 'load', posts: 0 })).toBe('load-control');
    expect(hiddenKind(el('<div class="poll">Poll</div>'), 'user')).toBe('rule');
  });

  it('names the systems by their product name', () => {
    expect(systemName('wordpress')).toBe('WordPress comments');
    expect(systemName('disqus')).toBe('Disqus');
    expect(systemName('user')).toBe('Your hiding rule');
    expect(systemName('thread')).toBe('Comments found by their layout');
  });

  it('reaches the report: the thread of a fixture is "comment thread" with its comment count', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'threads-en');
    const doc = parse(readFileSync(join(dir, 'page.html'), 'utf8'));
    const { url } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url: string };
    const options = { url, now: new Date('2026-06-01'), rules: compileRules(doc) };
    const { hidden } = prepareAnalysis(doc, detectPage(doc, options), options).analysis.report;
    const byKind = Object.fromEntries(hidden.map((h) => [h.kind, h]));
    const posts = doc.querySelectorAll('#talk .talk-item').length;
    expect(posts).toBeGreaterThan(1);
    expect(byKind['comment-thread']).toMatchObject({ system: 'thread', name: 'Comments found by their layout', posts });
    // The section took its "load more" button along: one line, not two.
    expect(hidden).toHaveLength(1);
  });
});
