import { browser } from 'wxt/browser';
import type { PageText, TextAnnotations } from '../core/analyze';
import type { PageReport } from '../core/report';
import type { SiteMode } from './settings-schema';
import type { SidebarSide, SidebarState } from './sidebar-view';

// The message contracts between the extension's parts. The sidebar never talks to the page: it asks the
// background, which forwards to the content script of the sidebar's own tab (sender.tab.id), top frame.

/** Each request the content script of a tab answers, with its reply: the one contract both sides are typed by. */
export interface ContentCalls {
  'get-report': { request: object; reply: SidebarReport | null };
  'get-state': { request: object; reply: TabState };
  'set-hidden': { request: { id: number; hidden: boolean }; reply: { shown: number[] } };
  /** The popup changed the site's mode (already saved): the page applies it at once and says where it stands. */
  'set-mode': { request: { mode: SiteMode }; reply: TabState };
  /** The in-page sidebar; `open: false` also where the notes live in the browser's side panel. */
  'toggle-sidebar': { request: object; reply: { open: boolean } };
  'close-sidebar': { request: object; reply: { open: boolean } };
  /** The "next label" shortcut: scrolls to the next place a labelled entity or its label is in the text. */
  'next-label': { request: object; reply: { index: number; total: number } };
  'show-mention': { request: { noteId: string; index: number }; reply: { index: number; total: number } };
  /** `save: false` while a drag is under way: the site's view is saved once, when it ends. */
  'set-view': { request: { state?: SidebarState; width?: number; save?: boolean }; reply: SidebarViewState };
  /** The in-page sidebar proves it is the frame this page mounted: the token was posted to that frame alone. */
  'claim-frame': { request: { token: string }; reply: { ok: boolean } };
}

export type ContentRequestType = keyof ContentCalls;
const CONTENT_REQUEST_TYPES: ContentRequestType[] = ['get-report', 'get-state', 'set-hidden', 'set-mode', 'toggle-sidebar', 'close-sidebar', 'next-label', 'show-mention', 'set-view', 'claim-frame'];

export function isContentRequest(m: unknown): m is ContentRequest {
  const type = (m as { type?: unknown } | null)?.type;
  return typeof type === 'string' && (CONTENT_REQUEST_TYPES as string[]).includes(type);
}
export type ContentRequest = { [K in ContentRequestType]: { type: K } & ContentCalls[K]['request'] }[ContentRequestType] & {
  /** Set by the background on what a sidebar framed in the tab forwarded: the frame it came from. */
  sidebarFrame?: number;
};
export type ContentReply<K extends ContentRequestType> = ContentCalls[K]['reply'];

/** Asks a tab's top frame (popup, background); null when no content script answers there. */
export async function askTab<K extends ContentRequestType>(tabId: number, type: K, request: ContentCalls[K]['request']): Promise<ContentReply<K> | null> {
  const message = { type, ...request } as ContentRequest;
  const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => null);
  return (reply ?? null) as ContentReply<K> | null;
}

/**
 * Asks the sidebar's tab, through the background; null when it could not answer. The in-page frame's tab is
 * the one it is in; the browser's side panel names the tab it shows (`tabId`).
 */
export async function askOwnTab<K extends ContentRequestType>(type: K, request: ContentCalls[K]['request'], tabId?: number): Promise<ContentReply<K> | null> {
  const message: SidebarRequest = { type: 'sidebar:forward', tabId, request: { type, ...request } as ContentRequest };
  const reply: unknown = await browser.runtime.sendMessage(message).catch(() => null);
  return (reply ?? null) as ContentReply<K> | null;
}

/** The requests a sidebar may have forwarded to its tab. */
export const SIDEBAR_FORWARDS: ContentRequestType[] = ['get-report', 'set-hidden', 'close-sidebar', 'show-mention', 'set-view', 'claim-frame'];

/**
 * The handshake that tells the page's own sidebar frame from a copy a page frames itself: the frame says hello
 * to its parent; the content script answers only its own frame's window, posting a fresh token to the
 * extension's origin alone; the frame claims the token through the background, which names the frame.
 */
export const FRAME_HELLO = 'reading-context:hello';
export const FRAME_TOKEN = 'reading-context:token';

/**
 * What the sidebar sends; the background forwards `request` to the content script of the sender's tab, or, from
 * the browser's side panel (no tab of its own), of `tabId`.
 */
export type SidebarRequest = { type: 'sidebar:forward'; tabId?: number; request: ContentRequest };

/** Name of the port each sidebar opens to the background. */
export const SIDEBAR_PORT = 'sidebar';

/** What the browser's side panel sends over its port: the tab it now shows (it follows the active tab). */
export type PanelWatch = { type: 'watch-tab'; tabId: number };

/** What the background pushes to a sidebar over its port. */
export type SidebarPush = { type: 'report-changed' } | { type: 'view-changed'; view: SidebarViewState };

/** What the content script tells or asks the background, and what each gets back. */
export interface BackgroundCalls {
  /** The report changed: set the badge, tell an open sidebar. */
  'content:report': { message: { notes: number }; reply: undefined };
  /** The page changed the sidebar's view itself (Esc on the page): tell an open sidebar to show it. */
  'content:view': { message: { view: SidebarViewState }; reply: undefined };
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
  return r?.type === 'sidebar:forward' && SIDEBAR_FORWARDS.includes(r.request?.type) && (r.tabId === undefined || Number.isInteger(r.tabId));
}
