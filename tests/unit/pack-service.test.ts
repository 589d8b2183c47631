import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compileLibrary } from '../../src/core/match/compiled-pack';
import { findMatches, prepareText } from '../../src/core/match/matcher';
import type { Pack } from '../../src/core/glossary/pack';
import { parseSettings } from '../../src/extension/settings-schema';

// The background's pack service with WXT's fake browser: the shipped library is loaded, never compiled, a
// failed load is tried again, and a switched-off pack is masked.

const pack = (id: string, name: string): Pack => ({
  id,
  version: '1',
  title: id,
  languages: ['en'],
  entries: [{ id: 'e', kind: 'organization', names: { en: [name] }, summary: name, sources: [{ title: 'x', url: 'https://example.org/' }] }],
  labels: [],
});
const library = compileLibrary([pack('one', 'Harbour Watch'), pack('two', 'Lantern Fund')]);
const load = vi.fn();
vi.mock('../../src/extension/shipped-library', () => ({ loadShippedLibrary: () => load() }));

const { PackService } = await import('../../src/extension/pack-service');
const refs = (set: Awaited<ReturnType<InstanceType<typeof PackService>['packs']>>) =>
  findMatches(set, prepareText('Harbour Watch and the Lantern Fund.')).map((m) => m.ref);

describe('PackService', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    load.mockReset();
  });

  it('loads the shipped library once, and tries again after a failed load', async () => {
    load.mockRejectedValueOnce(new Error('fetch failed')).mockResolvedValue(library);
    const service = new PackService();
    const settings = parseSettings(null);
    await expect(service.packs(settings)).rejects.toThrow('fetch failed');
    expect(refs(await service.packs(settings))).toEqual(['one/e', 'two/e']);
    await service.packs(settings);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('masks a pack switched off without loading anything again', async () => {
    load.mockResolvedValue(library);
    const service = new PackService();
    expect(refs(await service.packs(parseSettings({ disabledPacks: ['two'] })))).toEqual(['one/e']);
    expect(refs(await service.packs(parseSettings(null)))).toEqual(['one/e', 'two/e']);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
