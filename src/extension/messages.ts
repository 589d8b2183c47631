import { browser } from 'wxt/browser';
import type { PageText, TextAnnotations } from '../core/analyze';
import type { PageReport } from '../core/report';
import type { SiteMode } from './settings-schema';
import type { SidebarSide, SidebarState } from './sidebar-view';

// The message contracts between the extension's parts. The sidebar never talks to the page: it asks the
// background, which forwards to the content script of the sidebar's own tab (sender.tab.id), top frame.

/** What the content script of a tab answers. */
export type ContentRequest =
  | { type: 'get-report' }
  | { type: 'get-state' }
  | { type: 'set-hidden'; id: number; hidden: boolean }
  | { type: 'toggle-sidebar' }
  | { type: 'close-sidebar' }
  | { type: 'show-mention'; noteId: string; index: number }
  /** `save: false` while a drag is under way: the site's view is saved once, when it ends. */
  | { type: 'set-view'; state?: SidebarState; width?: number; save?: boolean };

/** The requests a sidebar may have forwarded to its tab. */
export const SIDEBAR_FORWARDS: ContentRequest['type'][] = ['get-report', 'set-hidden', 'close-sidebar', 'show-mention', 'set-view'];

/** What the sidebar sends; the background forwards `request` to the content script of the sender's tab. */
export type SidebarRequest = { type: 'sidebar:forward'; request: ContentRequest };

/** Name of the port each sidebar opens to the background. */
export const SIDEBAR_PORT = 'sidebar';

/** What the background pushes to a sidebar over its port. */
export type SidebarPush = { type: 'report-changed' };

/** What the content script tells or asks the background, and what each gets back. */
export interface BackgroundCalls {
  /** The report changed: set the badge, tell an open sidebar. */
  'content:report': { message: { notes: number }; reply: undefined };
  /** Match an article's text against the enabled packs (they live in the background only). */
  'content:annotate': { message: { input: PageText }; reply: TextAnnotations | null };
}

export type ContentEvent = { [K in keyof BackgroundCalls]: { type: K } & BackgroundCalls[K]['message'] }[keyof BackgroundCalls];

/** Sends a message to the background; undefined when it could not answer (a background restart, say). */
export async function callBackground<K extends keyof BackgroundCalls>(
  type: K,
  message: BackgroundCalls[K]['message'],
): Promise<BackgroundCalls[K]['reply'] | undefined> {
  const event = { type, ...message } as ContentEvent;
  return browser.runtime.sendMessage(event).catch(() => undefined) as Promise<BackgroundCalls[K]['reply'] | undefined>;
}

export type PageStatus = 'article' | 'not-article' | 'off' | 'pending';

export interface TabState {
  status: PageStatus;
  mode: SiteMode;
  host: string;
  sidebarOpen: boolean;
  report: PageReport | null;
  /** The last pass's stage times and its total (ms), from the content script's start on the first pass. */
  timings: Record<string, number> | null;
}

export interface SidebarViewState {
  state: SidebarState;
  width: number;
  side: SidebarSide;
}

/** Everything the sidebar shows. */
export interface SidebarReport {
  report: PageReport;
  /** Hidden items the reader has shown again. */
  shown: number[];
  /** Note id -> how many places the sidebar can step through. */
  mentions: Record<string, number>;
  view: SidebarViewState;
}

export function isSidebarRequest(m: unknown): m is SidebarRequest {
  const r = m as SidebarRequest | null;
  return r?.type === 'sidebar:forward' && SIDEBAR_FORWARDS.includes(r.request?.type);
}
