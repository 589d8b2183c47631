import type { HidePlanItem } from '../core/declutter/plan';

// Applies a hiding plan reversibly: each element gets display:none !important and a marker; showing it
// again restores exactly the inline display value and priority it had before.

const MARK = 'data-reading-context-hidden';

interface Applied {
  element: HTMLElement;
  previousValue: string;
  previousPriority: string;
  hadStyleAttribute: boolean;
  hidden: boolean;
}

export class HiddenElements {
  private readonly applied: Applied[] = [];

  apply(items: HidePlanItem[]): void {
    for (const item of items) {
      const element = item.element as HTMLElement;
      if (!element.style) continue;
      const entry: Applied = {
        element,
        previousValue: element.style.getPropertyValue('display'),
        previousPriority: element.style.getPropertyPriority('display'),
        hadStyleAttribute: element.hasAttribute('style'),
        hidden: false,
      };
      this.applied.push(entry);
      this.setHidden(this.applied.length - 1, true);
    }
  }

  setHidden(id: number, hidden: boolean): boolean {
    const entry = this.applied[id];
    if (!entry || entry.hidden === hidden) return false;
    const { element } = entry;
    if (hidden) {
      element.style.setProperty('display', 'none', 'important');
      element.setAttribute(MARK, String(id));
    } else {
      if (entry.previousValue) element.style.setProperty('display', entry.previousValue, entry.previousPriority);
      else element.style.removeProperty('display');
      if (!entry.hadStyleAttribute && !element.getAttribute('style')) element.removeAttribute('style');
      element.removeAttribute(MARK);
    }
    entry.hidden = hidden;
    return true;
  }

  /** Ids of items currently shown again by the reader. */
  shown(): number[] {
    return this.applied.flatMap((a, i) => (a.hidden ? [] : [i]));
  }

  restoreAll(): void {
    this.applied.forEach((_, i) => this.setHidden(i, false));
  }
}
