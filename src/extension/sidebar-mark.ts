import { storage } from 'wxt/utils/storage';

// The reader's mark: two shapes in a colour, drawn at random once per install and shown in the real sidebar
// and in the popup. A page can draw a panel that looks like the sidebar over the real one, but it cannot read
// extension storage or the sidebar's document, so it cannot draw the mark: a panel without it is not ours.

export const MARK_KEY = 'local:sidebarMark' as const;
export const MARK_SHAPES = ['◆', '●', '▲', '■', '★', '✚', '◐', '✿', '☀', '☂', '♞', '♠', '♣', '♥', '⬟', '⬢', '✦', '❖', '☘', '⚓', '✈', '☾', '♫', '⚑'];
/** The chip's colours: white shapes on each have at least 4.5:1 contrast (WCAG AA), in light and dark themes alike. */
export const MARK_COLOURS = ['#b03a2e', '#a04000', '#7d6608', '#1e8449', '#0e6655', '#1f618d', '#6c3483', '#566573'];

export interface SidebarMark {
  shapes: [number, number];
  colour: number;
}

const inRange = (v: unknown, n: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < n;

/** The stored mark, or null when the stored value is not one. */
export function parseMark(raw: unknown): SidebarMark | null {
  const m = raw as { shapes?: unknown; colour?: unknown } | null;
  if (!m || typeof m !== 'object' || !Array.isArray(m.shapes) || m.shapes.length !== 2) return null;
  const [a, b] = m.shapes as unknown[];
  if (!inRange(a, MARK_SHAPES.length) || !inRange(b, MARK_SHAPES.length) || !inRange(m.colour, MARK_COLOURS.length)) return null;
  return { shapes: [a, b], colour: m.colour };
}

/** A mark drawn from the browser's random source (4,608 of them: a page cannot guess it). */
export function randomMark(): SidebarMark {
  const [a, b, c] = crypto.getRandomValues(new Uint32Array(3));
  return { shapes: [a! % MARK_SHAPES.length, b! % MARK_SHAPES.length], colour: c! % MARK_COLOURS.length };
}

export function markGlyphs(mark: SidebarMark): string {
  return mark.shapes.map((i) => MARK_SHAPES[i]).join('');
}

export function markColour(mark: SidebarMark): string {
  return MARK_COLOURS[mark.colour]!;
}

/** The install's mark, drawn and kept on first use (the background does so at start; a corrupt one is redrawn). */
export async function loadMark(): Promise<SidebarMark> {
  const stored = parseMark(await storage.getItem(MARK_KEY));
  if (stored) return stored;
  await storage.setItem(MARK_KEY, randomMark());
  // Two pages drawing at once: both show the one that was kept.
  return parseMark(await storage.getItem(MARK_KEY))!;
}

/** Draws the mark into `el` (the sidebar's header, the popup). */
export function showMark(el: HTMLElement, mark: SidebarMark, label: string): void {
  el.textContent = markGlyphs(mark);
  el.style.background = markColour(mark);
  el.style.color = '#fff';
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', label);
  el.title = label;
  el.hidden = false;
}
