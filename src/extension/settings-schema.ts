import type { UiLang } from '../core/glossary/local-text';
import type { HideLevel } from '../core/declutter/plan';
import type { SidebarSide } from './sidebar-view';

// Settings as stored, and how a stored value is read back. Reading never throws: a field that is missing
// or corrupt takes its default, and every other field keeps the user's value.

export type SiteMode = 'auto' | 'always' | 'off';

export type LanguageChoice = 'auto' | UiLang;
export type SidebarStartPreference = 'auto' | 'open' | 'collapsed';
/** Where the notes show: beside the page, in a frame the page makes room for; or in the browser's side panel. */
export type SidebarPlace = 'page' | 'browser';

export interface Settings {
  version: 2;
  /** Host name -> mode; hosts not listed are "auto". */
  siteModes: Record<string, SiteMode>;
  level: HideLevel;
  /** The user's hiding rules, uBlock Origin cosmetic syntax (src/core/declutter/cosmetic-filter.ts). */
  userRules: string;
  /** Interface language; auto follows the browser. */
  language: LanguageChoice;
  sidebarSide: SidebarSide;
  /** How the sidebar starts on articles without a mandated label (those always start open). */
  sidebarStart: SidebarStartPreference;
  sidebarPlace: SidebarPlace;
  /** Ids of packs (shipped or imported) the user switched off. */
  disabledPacks: string[];
}

/** Longest rules text kept; a longer stored value is dropped (the default, no rules) rather than cut. */
export const MAX_USER_RULES_CHARS = 100_000;

// Version history: 1 = modes, level, rules; 2 adds language, sidebar side and start, disabled packs (and,
// later, the sidebar's place: a new field with a default needs no new version).
// Reading a version-1 value gives the new fields their defaults: no other migration is needed yet.
export const SETTINGS_VERSION = 2;
export const SITE_MODES: SiteMode[] = ['auto', 'always', 'off'];

export function defaultSettings(): Settings {
  return {
    version: 2,
    siteModes: {},
    level: 'section',
    userRules: '',
    language: 'auto',
    sidebarSide: 'right',
    sidebarStart: 'auto',
    sidebarPlace: 'page',
    disabledPacks: [],
  };
}

export function parseSettings(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!raw || typeof raw !== 'object') return settings;
  const r = raw as Record<string, unknown>;
  if (r.siteModes && typeof r.siteModes === 'object' && !Array.isArray(r.siteModes)) {
    for (const [host, mode] of Object.entries(r.siteModes as Record<string, unknown>)) {
      if (SITE_MODES.includes(mode as SiteMode) && isHost(host)) settings.siteModes[siteKey(host)] = mode as SiteMode;
    }
  }
  if (r.level === 'form' || r.level === 'section') settings.level = r.level;
  if (typeof r.userRules === 'string' && r.userRules.length <= MAX_USER_RULES_CHARS) settings.userRules = r.userRules;
  if (r.language === 'auto' || r.language === 'en' || r.language === 'ru') settings.language = r.language;
  if (r.sidebarSide === 'left' || r.sidebarSide === 'right') settings.sidebarSide = r.sidebarSide;
  if (r.sidebarStart === 'auto' || r.sidebarStart === 'open' || r.sidebarStart === 'collapsed') settings.sidebarStart = r.sidebarStart;
  if (r.sidebarPlace === 'page' || r.sidebarPlace === 'browser') settings.sidebarPlace = r.sidebarPlace;
  if (Array.isArray(r.disabledPacks))
    settings.disabledPacks = [...new Set(r.disabledPacks.filter((id): id is string => typeof id === 'string' && /^[a-z0-9][a-z0-9._-]{0,79}$/.test(id)))];
  return settings;
}

export function modeFor(settings: Settings, host: string): SiteMode {
  const key = siteKey(host);
  // Own keys only: a host named "constructor" must not read Object.prototype.constructor.
  return Object.hasOwn(settings.siteModes, key) ? settings.siteModes[key]! : 'auto';
}

/** The key a site's mode is stored under: the host without a leading "www.". */
export function siteKey(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * The site key for what a reader typed: a host name or a whole address, as pages report theirs
 * (location.hostname: no port; an international name in punycode); null when it is neither.
 */
export function siteFromInput(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  const name = url.hostname.replace(/\.$/, '');
  if (!/^https?:$/.test(url.protocol) || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name)) return null;
  return siteKey(name);
}

function isHost(host: string): boolean {
  return /^[a-z0-9.-]{1,253}(:\d{1,5})?$/i.test(host);
}
