import { browser } from 'wxt/browser';
import type { Pack } from '../core/glossary/pack';
import type { ContentEvent } from './messages';

// The content script holds no pack data: it asks the background for the enabled packs when a page turns
// out to be an article (the packs would otherwise weigh on every page's script).
export async function loadPacks(): Promise<Pack[]> {
  const request: ContentEvent = { type: 'content:get-packs' };
  const packs = (await browser.runtime.sendMessage(request)) as Pack[] | undefined;
  return Array.isArray(packs) ? packs : [];
}
