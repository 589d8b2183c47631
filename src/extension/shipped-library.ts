import { browser } from 'wxt/browser';
import type { CompiledLibrary } from '../core/match/compiled-pack';
import { decodeLibrary } from '../core/match/pack-binary';
import { SHIPPED_LIBRARY_PATH } from '../build/shipped-library-path';

/** The shipped packs as the build compiled them (packs/shipped.bin): loaded, never compiled. */
export async function loadShippedLibrary(): Promise<CompiledLibrary> {
  const response = await fetch(browser.runtime.getURL(`/${SHIPPED_LIBRARY_PATH}`));
  return decodeLibrary(await response.arrayBuffer());
}
