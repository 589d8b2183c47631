/// <reference types="chrome" />
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedTab, launchChromium, openedSidebar, type ChromiumSession } from './launch-chromium';
import { collectFacts } from './page-checks';
import { expectedFor, type FixtureServer, startFixtureServer } from './server';

// Comment clutter in the built Chrome MV3 extension: every comment-system and thread fixture, Show / Hide from the
// sidebar restoring exactly, a user rule set through extension storage, the form-only level, and a comment
// widget a page script inserts 500 ms after load.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SYSTEM_FIXTURES = readdirSync(FIXTURES).filter((n) => n.startsWith('comments-') || n.startsWith('residue-') || n.startsWith('threads-')).sort();

let server: FixtureServer;
let session: ChromiumSession;
let host: string;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium();
  host = new URL(server.origin).hostname;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function setSettings(settings: Record<string, unknown> | null): Promise<void> {
  await session.worker.evaluate(
    (s) => (s ? chrome.storage.local.set({ settings: s }) : chrome.storage.local.clear()),
    settings,
  );
}

/** Opens a fixture and waits until the content script has decided (its report is in). */
async function open(name: string, page?: Page): Promise<Page> {
  const p = page ?? (await session.context.newPage());
  await p.goto(server.url(name));
  await decidedTab(session, p);
  return p;
}

const sidebarOf = (page: Page) => openedSidebar(session, page);

function factsArg(name: string) {
  const e = expectedFor(name);
  return { hidden: e.hidden.selectorsHidden, visible: e.visible, texts: e.hiddenTexts ?? [] };
}

describe('Chromium: built-in comment-system rules', () => {
  it('hides every system fixture\'s comment markup and keeps its article visible', async () => {
    expect(SYSTEM_FIXTURES.length).toBeGreaterThanOrEqual(20);
    const page = await session.context.newPage();
    const problems: string[] = [];
    for (const name of SYSTEM_FIXTURES) {
      await open(name, page);
      const facts = await page.evaluate(collectFacts, factsArg(name));
      for (const [sel, hidden] of Object.entries(facts.hiddenSelectors)) if (!hidden) problems.push(`${name}: ${sel} visible`);
      for (const [text, visible] of Object.entries(facts.textsVisible)) if (visible) problems.push(`${name}: "${text}" visible`);
      for (const [sel, v] of Object.entries(facts.visibleSelectors))
        if (!v.total || v.visible !== v.total) problems.push(`${name}: ${sel} ${v.visible}/${v.total} visible`);
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('Chromium: Show and Hide', () => {
  it('Show restores the element exactly, Hide puts the hiding back', async () => {
    const page = await open('comments-vk');
    // A page with hidden items but no notes shows no sidebar and no tab until the reader opens it.
    const { state: decided } = await decidedTab(session, page);
    await expect.poll(async () => (await decidedTab(session, page)).state.report !== null).toBe(true);
    expect(decided.sidebarOpen).toBe(false);
    expect(await page.evaluate(() => document.querySelectorAll('[data-reading-context="sidebar"]').length)).toBe(0);
    const sidebar = await sidebarOf(page);
    expect(await sidebar.evaluate(() => document.body.dataset.state)).toBe('open');
    await sidebar.waitForSelector('.section-hidden button.toggle', { state: 'visible' });
    const state = () =>
      page.evaluate(() => {
        const el = document.getElementById('vk_comments')!;
        const probe = document.createElement('div');
        probe.setAttribute('style', 'width: 100%; height: 320px; background: none;');
        return {
          visible: el.checkVisibility(),
          sameStyle: el.style.cssText === probe.style.cssText,
          marker: el.hasAttribute('data-reading-context-hidden'),
        };
      });
    expect(await state()).toEqual({ visible: false, sameStyle: false, marker: true });
    const button = sidebar.locator('.section-hidden button.toggle').first();
    await expect.poll(() => button.textContent()).toBe('Show');
    await button.click();
    await expect.poll(state).toEqual({ visible: true, sameStyle: true, marker: false });
    await expect.poll(() => button.textContent()).toBe('Hide');
    await button.click();
    await expect.poll(state).toEqual({ visible: false, sameStyle: false, marker: true });
    await page.close();
  });
});

describe('Chromium: settings', () => {
  it('applies a user rule set through extension storage, and its exception', async () => {
    const rules = [`${host}##.reader-poll:has-text(Poll:)`, '##div:has-text(/regex/)', '##div['].join('\n');
    await setSettings({ version: 1, siteModes: {}, level: 'section', userRules: rules });
    const page = await open('user-rule-target');
    const visible = () =>
      page.evaluate(() => ['.reader-poll', '.newsletter-box', '.entry-content p'].map((s) => document.querySelector(s)!.checkVisibility()));
    await expect.poll(visible).toEqual([false, true, true]);
    const sidebar = await sidebarOf(page);
    expect(await sidebar.locator('.section-hidden .hidden-item').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-system')))).toEqual(['user']);
    expect(await sidebar.locator('.section-hidden .what').allTextContents()).toEqual(['Element matched by your rule']);

    await setSettings({ version: 1, siteModes: {}, level: 'section', userRules: `${rules}\n${host}#@#.reader-poll:has-text(Poll:)` });
    await open('user-rule-target', page);
    await expect.poll(visible).toEqual([true, true, true]);
    await setSettings(null);
    await page.close();
  });

  it('shows the bad lines of the rules on the options page, with their numbers', async () => {
    await setSettings({ version: 1, siteModes: {}, level: 'section', userRules: '##.ok\n##div:has-text(/x/)\n||ads.example^' });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.waitForSelector('#hiding[data-ready="true"]');
    const errors = await page.locator('.rule-error').allTextContents();
    expect(errors.map((e) => e.slice(0, 8))).toEqual(['Line 2: ', 'Line 3: ']);
    await page.fill('#user-rules', '##.reader-poll');
    await page.click('#save-rules');
    await expect.poll(() => page.textContent('#hiding-status')).toContain('1 rule will apply');
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { userRules: string }).userRules).toBe('##.reader-poll');
    await setSettings(null);
    await page.close();
  });

  it('at form level hides the form and keeps the comments', async () => {
    await setSettings({ version: 1, siteModes: {}, level: 'form', userRules: '' });
    const page = await open('comments-wordpress');
    const visible = () => page.evaluate(() => ['#respond', 'ol.comment-list', '.entry-content p'].map((s) => document.querySelector(s)!.checkVisibility()));
    await expect.poll(visible).toEqual([false, true, true]);
    await setSettings(null);
    await page.close();
  });
});

describe('Chromium: late widget', () => {
  it('hides a Disqus thread inserted 500 ms after load', async () => {
    const page = await open('late-widget-disqus');
    await page.waitForSelector('html[data-late-inserted="true"]', { state: 'attached', timeout: 5_000 });
    await expect
      .poll(() => page.evaluate(() => document.getElementById('disqus_thread')?.checkVisibility() ?? true), { timeout: 5_000 })
      .toBe(false);
    expect(await page.evaluate(() => document.querySelector('.entry-content p')!.checkVisibility())).toBe(true);
    const sidebar = await sidebarOf(page);
    await expect.poll(() => sidebar.locator('.section-hidden .hidden-item').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-system')))).toEqual(['wordpress', 'disqus']);
    // In plain words: what each is and the system's own name, never a selector or an internal id.
    const rows = await sidebar.locator('.section-hidden .hidden-item').evaluateAll((rows) => rows.map((r) => `${r.querySelector('.what')!.textContent} / ${r.querySelector('.system')!.textContent}`));
    expect(rows[1]).toBe('Comment widget / Disqus');
    expect(rows[0]).toMatch(/ \/ WordPress comments$/);
    await page.close();
  });
});
