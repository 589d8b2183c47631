// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultSettings, MAX_USER_RULES_CHARS, modeFor, parseSettings, SITE_MODES, siteFromInput, siteKey } from '../../src/extension/settings-schema';

describe('parseSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    for (const raw of [undefined, null, 0, 'settings', true, []]) expect(parseSettings(raw)).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({ version: 2, siteModes: {}, level: 'section', language: 'auto', sidebarSide: 'right', sidebarStart: 'auto', sidebarPlace: 'page', disabledPacks: [] });
  });

  it('keeps valid site modes and the level', () => {
    const s = parseSettings({ version: 1, siteModes: { 'meduza.io': 'off', 'mk.ru': 'always', 'localhost:8080': 'auto' }, level: 'form' });
    expect(s).toEqual({
      ...defaultSettings(),
      siteModes: { 'meduza.io': 'off', 'mk.ru': 'always', 'localhost:8080': 'auto' },
      level: 'form',
    });
  });

  it('drops a corrupt field and keeps the others', () => {
    const s = parseSettings({ siteModes: { 'meduza.io': 'off', 'bad.example': 'sometimes', 'x y': 'off', '': 'off' }, level: 'everything' });
    expect(s.siteModes).toEqual({ 'meduza.io': 'off' });
    expect(s.level).toBe('section');
    expect(parseSettings({ siteModes: ['meduza.io'], level: 'form' })).toEqual({ ...defaultSettings(), level: 'form' });
  });

  it('keeps the user rules text, unless it is not text or too long', () => {
    expect(parseSettings({ userRules: 'example.org##.comments' }).userRules).toBe('example.org##.comments');
    expect(parseSettings({ userRules: 42 }).userRules).toBe('');
    expect(parseSettings({ userRules: 'x'.repeat(MAX_USER_RULES_CHARS + 1) }).userRules).toBe('');
  });

  it('does not let prototype keys through', () => {
    const raw = JSON.parse('{"siteModes": {"__proto__": "off", "meduza.io": "off"}}');
    const s = parseSettings(raw);
    expect(Object.keys(s.siteModes)).toEqual(['meduza.io']);
    expect(Object.getPrototypeOf(s.siteModes)).toBe(Object.prototype);
  });

  it('does not share state between calls', () => {
    const a = parseSettings({ siteModes: { 'a.example': 'off' } });
    const b = parseSettings(undefined);
    expect(b.siteModes).toEqual({});
    expect(a.siteModes).toEqual({ 'a.example': 'off' });
  });
});

describe('modeFor and siteKey', () => {
  it('stores a site without "www." and in lower case', () => {
    expect(siteKey('WWW.Meduza.IO')).toBe('meduza.io');
    expect(siteKey('news.mk.ru')).toBe('news.mk.ru');
    expect(siteKey('www2.example.com')).toBe('www2.example.com');
  });

  it('finds the mode of a site under any spelling of its host', () => {
    const s = parseSettings({ siteModes: { 'meduza.io': 'off' } });
    expect(modeFor(s, 'meduza.io')).toBe('off');
    expect(modeFor(s, 'www.meduza.io')).toBe('off');
    expect(modeFor(s, 'MEDUZA.IO')).toBe('off');
  });

  it('is "auto" for unlisted sites, subdomains included', () => {
    const s = parseSettings({ siteModes: { 'meduza.io': 'off' } });
    expect(modeFor(s, 'mk.ru')).toBe('auto');
    expect(modeFor(s, 'en.meduza.io')).toBe('auto');
  });

  it('is "auto" for hosts named like Object.prototype properties', () => {
    const s = defaultSettings();
    for (const host of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) expect(modeFor(s, host), host).toBe('auto');
  });

  it('knows the three modes', () => {
    expect(SITE_MODES).toEqual(['auto', 'always', 'off']);
  });
});

describe('settings version 2', () => {
  it('reads a version-1 value: its fields kept, the new ones at their defaults', () => {
    const v1 = { version: 1, siteModes: { 'MK.ru': 'off' }, level: 'form', userRules: '##.x' };
    expect(parseSettings(v1)).toEqual({
      ...defaultSettings(),
      siteModes: { 'mk.ru': 'off' },
      level: 'form',
      userRules: '##.x',
    });
  });

  it('keeps valid preferences and drops corrupt ones without touching the rest', () => {
    const s = parseSettings({
      siteModes: { 'meduza.io': 'off' },
      language: 'ru',
      sidebarSide: 'diagonal',
      sidebarStart: 'collapsed',
      disabledPacks: ['world-context', 42, 'Bad Id', 'world-context'],
    });
    expect(s.language).toBe('ru');
    expect(s.sidebarSide).toBe('right');
    expect(s.sidebarStart).toBe('collapsed');
    expect(s.disabledPacks).toEqual(['world-context']);
    expect(s.siteModes).toEqual({ 'meduza.io': 'off' });
  });

  it('keeps the side panel as the place for notes and drops an unknown place', () => {
    expect(parseSettings({ sidebarPlace: 'browser' }).sidebarPlace).toBe('browser');
    expect(parseSettings({ sidebarPlace: 'window', language: 'ru' })).toMatchObject({ sidebarPlace: 'page', language: 'ru' });
  });
});

describe('siteFromInput', () => {
  it('reads a host or a whole address as the site key a page reports', () => {
    expect(siteFromInput('Example.com')).toBe('example.com');
    expect(siteFromInput(' https://www.example.com/a/b?c#d ')).toBe('example.com');
    expect(siteFromInput('www.example.com/path')).toBe('example.com');
    expect(siteFromInput('localhost:3000')).toBe('localhost');
    expect(siteFromInput('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    // International names in punycode, the form location.host gives.
    expect(siteFromInput('президент.рф')).toBe('xn--d1abbgf6aiiy.xn--p1ai');
  });

  it('refuses what is not a site', () => {
    for (const bad of ['', '   ', 'a b.com', 'ftp://x.com', '..com', 'exa_mple.com', '-a.com', 'javascript:alert(1)', 'file:///etc/passwd'])
      expect(siteFromInput(bad), bad).toBeNull();
  });
});
