import { describe, expect, it } from 'vitest';
import type { NoteReport, PageReport } from '../../src/core/report';
import { hasNotes, startState } from '../../src/extension/sidebar-view';

// When the sidebar shows itself, and how: open by itself only for a mandated label; no notes, no tab.

const note = (labels: string[]): NoteReport => ({ id: 'n', title: 'N', kind: 'organization', summary: '', mentions: 1, labels, status: [], sources: [] });
const report = (notes: NoteReport[], translations = 0): PageReport =>
  ({ notes, translations: Array.from({ length: translations }, () => ({})), hidden: [{}], labels: [] }) as unknown as PageReport;

describe('sidebar start', () => {
  it('shows nothing for a page with hidden items and no notes; a translation slip counts as a note', () => {
    expect(hasNotes(report([]))).toBe(false);
    expect(hasNotes(report([], 1))).toBe(true);
    expect(hasNotes(report([note([])]))).toBe(true);
  });

  it('opens by itself for a mandated label, whatever the site view says, unless the reader chose "collapsed"', () => {
    const labelled = report([note(['ru-foreign-agent'])]);
    expect(startState(labelled, 'auto', { state: 'collapsed', width: 380 })).toBe('open');
    expect(startState(labelled, 'open', null)).toBe('open');
    expect(startState(labelled, 'collapsed', null)).toBe('collapsed');
  });

  it('starts other notes as a tab, as the site was left, or open when the reader asked for that', () => {
    const plain = report([note([])]);
    expect(startState(plain, 'auto', null)).toBe('collapsed');
    expect(startState(plain, 'auto', { state: 'open', width: 380 })).toBe('open');
    expect(startState(plain, 'open', null)).toBe('open');
    expect(startState(plain, 'open', { state: 'collapsed', width: 380 })).toBe('collapsed');
  });

  it('starts as a tab on a window too narrow for the page beside an open sidebar, labels or not', () => {
    const labelled = report([note(['ru-foreign-agent'])]);
    expect(startState(labelled, 'auto', null, 1000 - 380)).toBe('open');
    expect(startState(labelled, 'auto', null, 800 - 380)).toBe('collapsed');
    expect(startState(report([note([])]), 'open', null, 420 - 280)).toBe('collapsed');
  });
});
