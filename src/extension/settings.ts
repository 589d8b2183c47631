import { storage } from 'wxt/utils/storage';
import { type Settings, type SiteMode, parseSettings, siteKey } from './settings-schema';

export const SETTINGS_KEY = 'local:settings' as const;
const KEY = SETTINGS_KEY;

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await storage.getItem(KEY));
}

export async function setSiteMode(host: string, mode: SiteMode): Promise<Settings> {
  const settings = await loadSettings();
  const key = siteKey(host);
  if (mode === 'auto') delete settings.siteModes[key];
  else settings.siteModes[key] = mode;
  await storage.setItem(KEY, settings);
  return settings;
}

/** Saves some fields, keeping every other field as stored. */
export async function saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings> {
  const settings = parseSettings({ ...(await loadSettings()), ...patch });
  await storage.setItem(KEY, settings);
  return settings;
}
