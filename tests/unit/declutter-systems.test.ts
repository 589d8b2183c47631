import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { COMMENT_SYSTEMS } from '../../src/core/declutter/comment-systems';
import { RESIDUE_PHRASES, foldPhrase } from '../../src/core/declutter/residue-phrases';

// The built-in rule data, checked like Refined GitHub checks its features: every comment system is
// complete, its selectors parse, and it has a fixture page showing what it hides.

const FIXTURES = 'tests/fixtures';
const parsers: Record<string, Document> = {
  'happy-dom': new DOMParser().parseFromString('<body></body>', 'text/html'),
  jsdom: new JSDOM('<body></body>').window.document,
};

describe('comment systems', () => {
  it('has at least 20 systems with unique ids', () => {
    expect(COMMENT_SYSTEMS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(COMMENT_SYSTEMS.map((s) => s.id)).size).toBe(COMMENT_SYSTEMS.length);
  });

  it('covers the systems named in the design', () => {
    const ids = new Set(COMMENT_SYSTEMS.map((s) => s.id));
    for (const id of ['wordpress', 'tagdiv', 'wpdiscuz', 'jetpack', 'disqus', 'facebook', 'openweb', 'viafoura', 'coral', 'vuukle',
      'hypercomments', 'cackle', 'vk', 'telegram', 'intensedebate', 'livefyre', 'gigya', 'blogger', 'drupal', 'discourse', 'giscus',
      'utterances', 'commento', 'remark42', 'hyvor'])
      expect(ids.has(id), id).toBe(true);
  });

  describe.each(COMMENT_SYSTEMS.map((s) => [s.id, s] as const))('%s', (id, system) => {
    it('has an id, a name and an https reference', () => {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(system.name.trim().length).toBeGreaterThan(2);
      expect(() => new URL(system.reference)).not.toThrow();
      expect(new URL(system.reference).protocol).toBe('https:');
    });

    it('has at least one form or section selector (or name pre-selectors), and no duplicates', () => {
      const all = [...system.form, ...system.section, ...(system.byName?.select ?? [])];
      expect(all.length).toBeGreaterThan(0);
      expect(new Set(all).size).toBe(all.length);
    });

    it.each(Object.keys(parsers))('has selectors that parse in %s', (parser) => {
      for (const sel of [...system.form, ...system.section, ...(system.byName?.select ?? [])]) {
        expect(sel.trim(), 'no blank selectors').not.toBe('');
        expect(/,(?![^(]*\))/.test(sel), `${sel}: one selector per entry`).toBe(false);
        expect(() => parsers[parser]!.querySelector(sel), sel).not.toThrow();
      }
    });

    it('has a fixture folder tests/fixtures/comments-<id>/ that expects it to hide something', () => {
      const dir = join(FIXTURES, `comments-${id}`);
      expect(existsSync(join(dir, 'page.html')), `${dir}/page.html`).toBe(true);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      expect(expected.hidden.systems).toContain(id);
      expect(expected.hidden.selectorsHidden.length).toBeGreaterThan(0);
      expect(expected.visible.length).toBeGreaterThan(0);
    });
  });

  // Markup the fixtures leave out (frames that would load a third-party page) and look-alikes that are no
  // comment widget (the same id or wrapper class used for something else).
  const matches = (html: string) =>
    Object.fromEntries(
      Object.entries(parsers).map(([name, base]) => {
        const doc = base.implementation.createHTMLDocument('');
        doc.body.innerHTML = html;
        return [name, COMMENT_SYSTEMS.filter((s) => [...s.section, ...s.form].some((sel) => doc.querySelector(sel))).map((s) => s.id)];
      }),
    );

  it.each([
    ['a VK frame in a container of any id', '<div id="post-vk"><iframe id="vkwidget1" src="https://vk.com/widget_comments.php?app=1&amp;limit=10"></iframe></div>', ['vk']],
    ['a Comments.app frame', '<iframe id="comments-app-AbCd1234-1" src="https://comments.app/embed/view?website=AbCd1234"></iframe>', ['telegram']],
    ['Coral v7 in a container of any id', '<div id="coralStreamEmbed"><div id="coral-shadow-container"></div></div>', ['coral']],
    ['a rendered Cackle widget', '<div id="mc-container"><div class="mc-postbox"><textarea class="mc-textarea"></textarea></div></div>', ['cackle']],
    ['a Vuukle widget of an infinite-scroll story', '<div id="vuukle-comments-3"></div><div id="vuukle-emote-3"></div>', ['vuukle']],
    ['a Coral v5-6 frame', '<div id="story-talk"><iframe title="Coral Embed Stream" src="about:blank"></iframe></div>', ['coral']],
    ['the deprecated Cusdis container', '<div id="cusdis" data-app-id="a1" data-page-id="p1"></div>', ['cusdis']],
    ['a Livefyre shortcode container', '<div id="livefyre-comments-81234"></div>', ['livefyre']],
    ['a Spot.IM app container', '<div data-spotim-app="conversation"></div>', ['openweb']],
    ['a VK frame from vk.ru', '<div id="post-vk"><iframe id="vkwidget2" src="https://vk.ru/widget_comments.php?app=1"></iframe></div>', ['vk']],
    ['a HyperComments root moved out of its widget box', '<div class="hc__root"><div class="hc__message__comment">Ждали!</div></div>', ['hypercomments']],
    ['a Livefyre container carrying its load settings', '<div class="lf-box" data-network="news.fyre.co" data-site-id="32" data-article-id="138"></div>', ['livefyre']],
  ])('matches %s', (_, html, ids) => {
    for (const found of Object.values(matches(html))) expect(found).toEqual(ids);
  });

  it.each([
    ['a multiple-choice quiz in #mc-container', '<div id="mc-container"><div class="mc-row"><input type="radio"> A</div></div>'],
    ['a link with the id mc-link that is not Cackle\'s', '<a id="mc-link" href="/quiz/2">Next</a>'],
    ["Viafoura's wrapper around other widgets", '<div class="viafoura"><vf-topic-follow topic-id="1"></vf-topic-follow></div><div class="viafoura"><vf-conversations-count vf-container-id="1"></vf-conversations-count></div>'],
    ["Vuukle's share bar", '<div class="vuukle-powerbar"></div>'],
    ['comment counters named like a widget box', '<div id="vuukle-comments-3-count">12</div><div id="livefyre-comments-81234-count">4</div>'],
    ['an unrelated block using the same BEM root name', '<div class="hc__root"><p>Sign up for our newsletter.</p></div>'],
  ])('leaves alone %s', (_, html) => {
    for (const found of Object.values(matches(html))) expect(found).toEqual([]);
  });
});

describe('residue phrases', () => {
  const systems = new Set(COMMENT_SYSTEMS.map((s) => s.id));

  it('belong to known systems and name an https source', () => {
    for (const set of RESIDUE_PHRASES) {
      expect(systems.has(set.system), set.system).toBe(true);
      expect(set.reference, `${set.system}/${set.lang}`).toMatch(/^https:\/\//);
      expect(set.lang).toMatch(/^[a-z]{2}$/);
    }
  });

  it('cover English, Russian, Ukrainian, German, French, Spanish, Italian and Portuguese', () => {
    const langs = new Set(RESIDUE_PHRASES.map((s) => s.lang));
    for (const lang of ['en', 'ru', 'uk', 'de', 'fr', 'es', 'it', 'pt']) expect(langs.has(lang), lang).toBe(true);
  });

  it.each([
    ['wordpress', 8],
    ['jetpack', 8],
    ['wpdiscuz', 8],
    ['tagdiv', 8],
  ])('has %s strings in at least %i languages', (system, n) => {
    expect(new Set(RESIDUE_PHRASES.filter((s) => s.system === system).map((s) => s.lang)).size).toBeGreaterThanOrEqual(n);
  });

  it('marks the sets in the project\'s own wording and keeps them beside a published set of the same system', () => {
    for (const set of RESIDUE_PHRASES.filter((s) => s.wording === 'project')) {
      const published = RESIDUE_PHRASES.filter((s) => s.system === set.system && !s.wording);
      expect(published.map((s) => s.lang), `${set.system}/${set.lang}`).not.toContain(set.lang);
      expect(published.some((s) => s.reference === set.reference), `${set.system}/${set.lang}`).toBe(true);
    }
  });

  it('has no short or duplicate phrases (short ones would match ordinary words)', () => {
    const seen = new Map<string, string>();
    for (const set of RESIDUE_PHRASES) {
      for (const phrase of set.phrases) {
        const folded = foldPhrase(phrase);
        expect(folded.length, phrase).toBeGreaterThanOrEqual(12);
        const key = `${set.system}:${folded}`;
        expect(seen.has(key), `${phrase} twice in ${set.system}`).toBe(false);
        seen.set(key, set.lang);
      }
    }
  });

  it('folds apostrophes, ellipses and white space', () => {
    expect(foldPhrase('  Обов’язкові\u00a0поля  ')).toBe("обов'язкові поля");
    expect(foldPhrase('Write a Comment…')).toBe('write a comment...');
  });
});
