import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { loadMark, MARK_COLOURS, MARK_KEY, MARK_SHAPES, markGlyphs, parseMark, randomMark } from '../../src/extension/sidebar-mark';

describe('the sidebar mark', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is drawn once and then always the same', async () => {
    const first = await loadMark();
    expect(parseMark(await storage.getItem(MARK_KEY))).toEqual(first);
    for (let i = 0; i < 5; i++) expect(await loadMark()).toEqual(first);
  });

  it('is drawn again when the stored one is corrupt, and parses nothing else as a mark', async () => {
    for (const bad of [null, 'x', 42, [], { shapes: [0] }, { shapes: [0, 99], colour: 0 }, { shapes: [0, 1], colour: -1 }, { shapes: ['0', 1], colour: 1 }]) {
      expect(parseMark(bad)).toBeNull();
      await storage.setItem(MARK_KEY, bad);
      expect(parseMark(await storage.getItem(MARK_KEY))).toBeNull();
      expect(parseMark(await storage.getItem(MARK_KEY).then(() => loadMark()))).not.toBeNull();
    }
  });

  it('spreads over every shape and colour (a page cannot guess it)', () => {
    const shapes = new Set<number>();
    const colours = new Set<number>();
    for (let i = 0; i < 3000; i++) {
      const m = randomMark();
      shapes.add(m.shapes[0]).add(m.shapes[1]);
      colours.add(m.colour);
    }
    expect(shapes.size).toBe(MARK_SHAPES.length);
    expect(colours.size).toBe(MARK_COLOURS.length);
    expect([...markGlyphs({ shapes: [0, 4], colour: 0 })]).toEqual(['◆', '★']);
  });
});

describe('the mark colours', () => {
  // WCAG relative luminance: the white shapes must read on every chip colour (the a11y e2e checks one draw).
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  it.each(MARK_COLOURS)('%s has at least 4.5:1 contrast with white', (colour) => {
    expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });
});
