import { type PackError, validatePack } from '../core/glossary/validate';
import type { StoredPack } from './pack-store';
import { defaultSettings, parseSettings, type Settings, SITE_MODES, siteKey } from './settings-schema';
import { SHIPPED_PACK_IDS } from './shipped-ids';
import { parseSiteViews, type SiteView } from './sidebar-view';

// A backup of everything the reader saved, as one JSON file: the settings (site modes, hiding level and
// rules, preferences, packs switched off), the sidebar's layout per site and the imported packs. Reading one
// is all or nothing: every problem is listed, and a file with any is refused whole. Storage's own readers
// are lenient (a corrupt field takes its default); a restore must never be, or a bad file would quietly
// reset what the reader had.

export const BACKUP_FORMAT = 'reading-context-backup';
export const BACKUP_VERSION = 1;
/** Chrome keeps at most 10 MB in extension storage: a larger file could not be restored anyway. */
export const BACKUP_MAX_BYTES = 10_000_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  settings: Settings;
  sidebarViews: Record<string, SiteView>;
  importedPacks: StoredPack[];
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; errors: PackError[] };

export function makeBackup(settings: Settings, sidebarViews: Record<string, SiteView>, importedPacks: StoredPack[], now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), settings, sidebarViews, importedPacks };
}

export function backupText(backup: Backup): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}

export function backupFileName(backup: Backup): string {
  return `reading-context-settings-${backup.exportedAt.slice(0, 10)}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const TOP_KEYS = ['format', 'version', 'exportedAt', 'settings', 'sidebarViews', 'importedPacks'];

/** Parses and checks a backup file's text; the backup is usable only when there are no errors. */
export function parseBackup(text: string): BackupResult {
  if (text.length > BACKUP_MAX_BYTES) return backupTooLarge();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('(file)', `not JSON: ${(e as Error).message}`);
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) return fail('format', `not a Reading Context settings file (expected "format": "${BACKUP_FORMAT}")`);
  if (typeof data.version === 'number' && data.version > BACKUP_VERSION)
    return fail('version', `made by a newer version of Reading Context (file version ${data.version}; this one reads ${BACKUP_VERSION})`);
  const errors: PackError[] = [];
  const err = (path: string, reason: string) => {
    if (errors.length < 200) errors.push({ path, reason });
  };
  if (data.version !== BACKUP_VERSION) err('version', `not ${BACKUP_VERSION}`);
  for (const key of Object.keys(data)) if (!TOP_KEYS.includes(key)) err(key, 'not a part of a settings file');
  if (typeof data.exportedAt !== 'string' || Number.isNaN(Date.parse(data.exportedAt))) err('exportedAt', 'not a date and time');
  const settings = checkSettings(data.settings, err);
  const sidebarViews = checkViews(data.sidebarViews, err);
  const importedPacks = checkPacks(data.importedPacks, err);
  if (errors.length) return { ok: false, errors };
  return { ok: true, backup: makeBackup(settings, sidebarViews, importedPacks, new Date(data.exportedAt as string)) };
}

/** The refusal of a file over BACKUP_MAX_BYTES (the options page says it before reading the file). */
export function backupTooLarge(): BackupResult {
  return fail('(file)', `larger than ${BACKUP_MAX_BYTES} bytes`);
}

function fail(path: string, reason: string): BackupResult {
  return { ok: false, errors: [{ path, reason }] };
}

type Err = (path: string, reason: string) => void;

/** Each field as parseSettings would keep it, or an error: a value it would drop or change is refused. */
function checkSettings(raw: unknown, err: Err): Settings {
  if (!isObject(raw)) {
    err('settings', 'not an object');
    return defaultSettings();
  }
  const known = Object.keys(defaultSettings());
  for (const key of Object.keys(raw)) if (!known.includes(key)) err(`settings.${key}`, 'not a setting of this version');
  const parsed = parseSettings(raw);
  if (raw.version !== 1 && raw.version !== 2) err('settings.version', 'not 1 or 2');
  if (isObject(raw.siteModes)) {
    for (const [host, mode] of Object.entries(raw.siteModes)) {
      if (!SITE_MODES.includes(mode as never)) err(`settings.siteModes["${host}"]`, `"${String(mode)}" is not one of ${SITE_MODES.join(', ')}`);
      else if (parsed.siteModes[siteKey(host)] !== mode) err(`settings.siteModes["${host}"]`, 'not a host name');
    }
  } else if (raw.siteModes !== undefined) err('settings.siteModes', 'not an object of host -> mode');
  for (const key of known) {
    if (key === 'version' || key === 'siteModes' || raw[key] === undefined) continue;
    if (!same(parsed[key as keyof Settings], raw[key])) err(`settings.${key}`, 'not a valid value');
  }
  return parsed;
}

function checkViews(raw: unknown, err: Err): Record<string, SiteView> {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    err('sidebarViews', 'not an object of host -> view');
    return {};
  }
  const views = parseSiteViews(raw);
  for (const host of Object.keys(raw)) if (!views[host]) err(`sidebarViews["${host}"]`, 'not { state: "open" | "collapsed", width: number }');
  return views;
}

function checkPacks(raw: unknown, err: Err): StoredPack[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    err('importedPacks', 'not a list');
    return [];
  }
  const packs: StoredPack[] = [];
  const ids = new Set<string>();
  raw.forEach((item: unknown, i) => {
    const at = `importedPacks[${i}]`;
    if (!isObject(item)) return err(at, 'not { pack, importedAt }');
    if (typeof item.importedAt !== 'string' || Number.isNaN(Date.parse(item.importedAt))) err(`${at}.importedAt`, 'not a date and time');
    const result = validatePack(item.pack);
    if (!result.ok) {
      for (const e of result.errors) err(e.path === '(pack)' ? `${at}.pack` : `${at}.pack.${e.path}`, e.reason);
      return;
    }
    const { id } = result.pack;
    if (SHIPPED_PACK_IDS.includes(id)) err(`${at}.pack.id`, `"${id}" is the id of a pack that ships with the extension`);
    else if (ids.has(id)) err(`${at}.pack.id`, `"${id}" is in the file twice`);
    ids.add(id);
    packs.push({ pack: result.pack, importedAt: String(item.importedAt) });
  });
  return packs;
}
