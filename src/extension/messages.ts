import type { PageReport } from '../core/report';
import type { SiteMode } from './settings-schema';

// The message contracts between the extension's parts. The sidebar never talks to the page: it asks the
// background, which forwards to the content script of the sidebar's own tab (sender.tab.id), top frame.

/** What the content script of a tab answers. */
export type ContentRequest =
  | { type: 'get-report' }
  | { type: 'get-state' }
  | { type: 'set-hidden'; id: number; hidden: boolean }
  | { type: 'toggle-sidebar' }
  | { type: 'close-sidebar' };

/** What the sidebar sends; the background turns it into a ContentRequest for the sender's tab. */
export type SidebarRequest =
  | { type: 'sidebar:get-report' }
  | { type: 'sidebar:set-hidden'; id: number; hidden: boolean }
  | { type: 'sidebar:close' };

/** Name of the port each sidebar opens to the background. */
export const SIDEBAR_PORT = 'sidebar';

/** What the background pushes to a sidebar over its port. */
export type SidebarPush = { type: 'report-changed' };

/** What the content script tells the background. */
export type ContentEvent = { type: 'content:report'; notes: number };

export type PageStatus = 'article' | 'not-article' | 'off' | 'pending';

export interface TabState {
  status: PageStatus;
  mode: SiteMode;
  host: string;
  sidebarOpen: boolean;
  report: PageReport | null;
}

/** Report plus which hidden items are currently shown again. */
export interface SidebarReport {
  report: PageReport;
  shown: number[];
}

export function isSidebarRequest(m: unknown): m is SidebarRequest {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' &&
    (m as { type: string }).type.startsWith('sidebar:');
}
