// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_MAX_BYTES, backupFileName, backupText, makeBackup, parseBackup } from '../../src/extension/backup-file';
import { defaultSettings } from '../../src/extension/settings-schema';

// The settings file: what export writes, import reads back whole; any problem refuses the whole file.

const pack = JSON.parse(readFileSync(join(import.meta.dirname, '../e2e/packs/reader-pack.json'), 'utf8'));
const full = () =>
  makeBackup(
    { ...defaultSettings(), siteModes: { 'meduza.io': 'off', 'bbc.com': 'always' }, level: 'form', userRules: '##.poll\n', language: 'ru', sidebarSide: 'left', sidebarStart: 'open', sidebarPlace: 'browser', disabledPacks: ['world-context'] },
    { 'lenta.ru': { state: 'collapsed', width: 420 } },
    [{ pack, importedAt: '2026-11-30T10:00:00.000Z' }],
    new Date('2026-12-06T08:00:00Z'),
  );
const edited = (edit: (data: Record<string, any>) => void) => {
  const data = JSON.parse(backupText(full()));
  edit(data);
  return JSON.stringify(data);
};
const errorsOf = (text: string) => {
  const result = parseBackup(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.reason}`);
};

describe('settings file', () => {
  it('reads back exactly what was written', () => {
    const backup = full();
    const result = parseBackup(backupText(backup));
    expect(result).toEqual({ ok: true, backup });
    expect(backupFileName(backup)).toBe('reading-context-settings-2026-12-06.json');
  });

  it('reads a file of defaults and one without layouts or packs', () => {
    expect(parseBackup(backupText(makeBackup(defaultSettings(), {}, []))).ok).toBe(true);
    expect(parseBackup(edited((d) => { delete d.sidebarViews; delete d.importedPacks; }))).toMatchObject({ ok: true, backup: { sidebarViews: {}, importedPacks: [] } });
  });

  it('refuses what is not a settings file, or one from a newer version', () => {
    expect(errorsOf('{ nope')[0]).toMatch(/^\(file\): not JSON/);
    expect(errorsOf(JSON.stringify(pack))[0]).toMatch(/^format: not a Reading Context settings file/);
    expect(errorsOf(edited((d) => (d.version = 2)))).toEqual(['version: made by a newer version of Reading Context (file version 2; this one reads 1)']);
    expect(errorsOf('x'.repeat(BACKUP_MAX_BYTES + 1))[0]).toMatch(/larger than/);
  });

  it('refuses a value that storage would drop or change, naming each, rather than resetting it', () => {
    const errors = errorsOf(edited((d) => {
      d.settings.level = 'everything';
      d.settings.siteModes['bad host!'] = 'off';
      d.settings.siteModes['ok.ru'] = 'sometimes';
      d.settings.disabledPacks = ['world-context', 'world-context'];
      d.settings.theme = 'dark';
      d.extra = 1;
    }));
    expect(errors).toEqual(expect.arrayContaining([
      'settings.level: not a valid value',
      'settings.siteModes["bad host!"]: not a host name',
      'settings.siteModes["ok.ru"]: "sometimes" is not one of auto, always, off',
      'settings.disabledPacks: not a valid value',
      'settings.theme: not a setting of this version',
      'extra: not a part of a settings file',
    ]));
    expect(errors).toHaveLength(6);
  });

  it('refuses the whole file for one bad pack, a shipped id or a pack twice, with the pack errors located', () => {
    expect(errorsOf(edited((d) => (d.importedPacks[0].pack.entries[0].sources[0].url = 'http://x')))).toEqual([
      'importedPacks[0].pack.entries[0].sources[0].url: not an https link',
    ]);
    expect(errorsOf(edited((d) => (d.importedPacks[0].pack.id = 'world-context')))).toEqual([
      'importedPacks[0].pack.id: "world-context" is the id of a pack that ships with the extension',
    ]);
    expect(errorsOf(edited((d) => d.importedPacks.push(d.importedPacks[0])))).toEqual(['importedPacks[1].pack.id: "reader-notes" is in the file twice']);
    expect(errorsOf(edited((d) => (d.importedPacks[0].importedAt = 'yesterday')))).toEqual(['importedPacks[0].importedAt: not a date and time']);
    expect(errorsOf(edited((d) => (d.sidebarViews['lenta.ru'] = { state: 'wide' })))).toEqual([
      'sidebarViews["lenta.ru"]: not { state: "open" | "collapsed", width: number }',
    ]);
  });
});
