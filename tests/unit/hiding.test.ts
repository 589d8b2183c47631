// @vitest-environment jsdom
// jsdom here: happy-dom drops an empty style attribute on removeProperty(), which browsers keep (style="").
import { describe, expect, it } from 'vitest';
import type { HidePlanItem } from '../../src/core/declutter/plan';
import { HiddenElements } from '../../src/extension/hiding';

const MARK = 'data-reading-context-hidden';

function setup(html: string) {
  document.body.innerHTML = html;
  const els = Array.from(document.body.children) as HTMLElement[];
  const items: HidePlanItem[] = els.map((element) => ({ element, source: 'builtin', system: 'tagdiv', kind: 'comment-form', chars: 0, text: '' }));
  const hidden = new HiddenElements();
  hidden.apply(items);
  return { els, hidden };
}

describe('HiddenElements', () => {
  it('hides with display:none !important and a marker', () => {
    const { els } = setup('<div id="a">x</div>');
    const el = els[0]!;
    expect(el.style.getPropertyValue('display')).toBe('none');
    expect(el.style.getPropertyPriority('display')).toBe('important');
    expect(el.getAttribute(MARK)).toBe('0');
  });

  it('removes the style attribute again when there was none', () => {
    const { els, hidden } = setup('<div>x</div>');
    hidden.setHidden(0, false);
    expect(els[0]!.hasAttribute('style')).toBe(false);
    expect(els[0]!.hasAttribute(MARK)).toBe(false);
  });

  it('restores the previous inline display value and its priority exactly', () => {
    const { els, hidden } = setup('<div style="display: flex !important; color: red">x</div><span style="display: inline-block">y</span>');
    hidden.restoreAll();
    expect(els[0]!.style.getPropertyValue('display')).toBe('flex');
    expect(els[0]!.style.getPropertyPriority('display')).toBe('important');
    expect(els[0]!.style.getPropertyValue('color')).toBe('red');
    expect(els[1]!.style.getPropertyValue('display')).toBe('inline-block');
    expect(els[1]!.style.getPropertyPriority('display')).toBe('');
  });

  it('keeps a style attribute that had other properties but no display, without adding one', () => {
    const { els, hidden } = setup('<div style="color: red">x</div>');
    hidden.setHidden(0, false);
    expect(els[0]!.hasAttribute('style')).toBe(true);
    expect(els[0]!.style.getPropertyValue('display')).toBe('');
    expect(els[0]!.style.getPropertyValue('color')).toBe('red');
  });

  it('keeps an empty style attribute that was there before', () => {
    const { els, hidden } = setup('<div style="">x</div>');
    hidden.setHidden(0, false);
    expect(els[0]!.hasAttribute('style')).toBe(true);
    expect(els[0]!.style.getPropertyValue('display')).toBe('');
  });

  it('keeps style changes the page made while the element was hidden', () => {
    const { els, hidden } = setup('<div>x</div>');
    els[0]!.style.setProperty('color', 'blue');
    hidden.setHidden(0, false);
    expect(els[0]!.style.getPropertyValue('color')).toBe('blue');
    expect(els[0]!.style.getPropertyValue('display')).toBe('');
  });

  it('toggles one item at a time and reports which are shown', () => {
    const { els, hidden } = setup('<div>a</div><div>b</div><div>c</div>');
    expect(hidden.shown()).toEqual([]);
    expect(hidden.setHidden(1, false)).toBe(true);
    expect(hidden.shown()).toEqual([1]);
    expect(els[0]!.style.getPropertyValue('display')).toBe('none');
    expect(els[1]!.style.getPropertyValue('display')).toBe('');
    expect(hidden.setHidden(1, true)).toBe(true);
    expect(els[1]!.style.getPropertyValue('display')).toBe('none');
    expect(els[1]!.getAttribute(MARK)).toBe('1');
    expect(hidden.shown()).toEqual([]);
  });

  it('ignores unknown ids and repeated requests', () => {
    const { hidden } = setup('<div>a</div>');
    expect(hidden.setHidden(5, false)).toBe(false);
    expect(hidden.setHidden(-1, false)).toBe(false);
    expect(hidden.setHidden(0, true)).toBe(false);
    expect(hidden.setHidden(0, false)).toBe(true);
    expect(hidden.setHidden(0, false)).toBe(false);
  });

  it('restores everything with restoreAll, and hiding again after a restore works', () => {
    const { els, hidden } = setup('<div style="display: grid">a</div><div>b</div>');
    hidden.restoreAll();
    expect(hidden.shown()).toEqual([0, 1]);
    expect(els[0]!.style.getPropertyValue('display')).toBe('grid');
    expect(els[1]!.hasAttribute('style')).toBe(false);
    hidden.setHidden(0, true);
    hidden.setHidden(0, false);
    expect(els[0]!.style.getPropertyValue('display')).toBe('grid');
  });
});
