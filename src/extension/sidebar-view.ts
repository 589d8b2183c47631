import { storage } from 'wxt/utils/storage';
import type { PageReport } from '../core/report';
import { type SidebarStartPreference, siteKey } from './settings-schema';

// How the sidebar looks on each site: open or collapsed, and its width. Kept under its own storage key,
// so a corrupt value here never costs the user's settings.

export type SidebarState = 'open' | 'collapsed';
export type SidebarSide = 'left' | 'right';

export interface SiteView {
  state: SidebarState;
  width: number;
}

export const DEFAULT_WIDTH = 380;
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 720;
export const COLLAPSED_WIDTH = 48;
/** The page keeps at least this much beside an open sidebar that opened by itself; else it starts collapsed. */
export const MIN_PAGE_WIDTH = 560;
const MAX_SITES = 500;
export const SIDEBAR_VIEWS_KEY = 'local:sidebarViews' as const;
const KEY = SIDEBAR_VIEWS_KEY;

export function clampWidth(width: number, viewport = Infinity): number {
  const max = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(viewport * 0.9)));
  return Math.round(Math.min(max, Math.max(MIN_WIDTH, Number.isFinite(width) ? width : DEFAULT_WIDTH)));
}

export function parseSiteViews(raw: unknown): Record<string, SiteView> {
  const views: Record<string, SiteView> = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return views;
  for (const [host, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const { state, width } = v as Record<string, unknown>;
    if ((state === 'open' || state === 'collapsed') && typeof width === 'number')
      views[host] = { state, width: clampWidth(width) };
  }
  return views;
}

export async function loadSiteViews(): Promise<Record<string, SiteView>> {
  return parseSiteViews(await storage.getItem(KEY));
}

export async function loadSiteView(host: string): Promise<SiteView | null> {
  return (await loadSiteViews())[siteKey(host)] ?? null;
}

export async function saveSiteView(host: string, view: SiteView): Promise<void> {
  const views = await loadSiteViews();
  delete views[siteKey(host)];
  views[siteKey(host)] = view;
  // Oldest first in insertion order: drop the oldest beyond the cap.
  const hosts = Object.keys(views);
  for (const h of hosts.slice(0, Math.max(0, hosts.length - MAX_SITES))) delete views[h];
  await storage.setItem(KEY, views);
}

/** Whether a report has anything for the sidebar to explain (hidden items alone show no sidebar, no tab). */
export function hasNotes(report: PageReport): boolean {
  return report.notes.length > 0 || report.translations.length > 0;
}

/**
 * How the sidebar starts on a page with notes. It opens by itself only on articles with a mandated label,
 * unless the reader chose "collapsed" (never by itself); other notes start as the reader left the sidebar
 * on this site, else open ("open") or as a tab ("auto"). On a window too narrow for the page and an open
 * sidebar side by side (`room`: the window's width less the sidebar's) it starts as a tab.
 */
export function startState(report: PageReport, preference: SidebarStartPreference, siteView: SiteView | null, room = Infinity): SidebarState {
  if (preference === 'collapsed' || room < MIN_PAGE_WIDTH) return 'collapsed';
  if (report.notes.some((n) => n.labels.length)) return 'open';
  if (siteView) return siteView.state;
  return preference === 'open' ? 'open' : 'collapsed';
}
