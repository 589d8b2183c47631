// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Designation } from '../../src/core/glossary/pack';
import { humanDate, jurisdictionName, statusLines, statusOn } from '../../src/core/notes/status';
import { SHIPPED_PACKS } from '../../src/extension/packs';

const taliban = SHIPPED_PACKS.flatMap((p) => p.entries).find((e) => e.id === 'taliban')!;
const src = { title: 'x', url: 'https://example.org/' };

const d = (extra: Partial<Designation>): Designation => ({
  jurisdiction: 'RU',
  type: 'foreign-agent',
  list: 'Register',
  since: '2021-04-23',
  source: src,
  ...extra,
});

describe('status of the Taliban (shipped pack)', () => {
  it('says banned at publication in July 2021 and suspended now in November 2026', () => {
    const [line] = statusLines(taliban.designations!, '2021-07-09T08:15:00+00:00', '2026-11-25');
    expect(line!.type).toBe('terrorist');
    expect(line!.jurisdiction).toBe('RU');
    expect(line!.atPublication).toBe('designated a terrorist organisation in Russia since 14 Feb 2003');
    expect(line!.atPublication).not.toContain('suspended');
    expect(line!.now).toBe('designated a terrorist organisation in Russia since 14 Feb 2003, suspended since 17 Apr 2025');
  });

  it('has no status at publication when the article has no date', () => {
    const [line] = statusLines(taliban.designations!, null, '2026-11-25');
    expect(line!.atPublication).toBeNull();
    expect(line!.now).toContain('suspended since 17 Apr 2025');
  });
});

describe('statusOn', () => {
  it('says "not yet" before the designation', () => {
    expect(statusOn(d({}), '2020-01-01')).toBe('not yet listed as a foreign agent in Russia (that came on 23 Apr 2021)');
  });

  it('counts the first day as designated (dates compare as days)', () => {
    expect(statusOn(d({}), '2021-04-23')).toBe('listed as a foreign agent in Russia since 23 Apr 2021');
    expect(statusOn(d({}), '2021-04-22')).toMatch(/^not yet/);
  });

  it('says suspended from the day of suspension on', () => {
    const s = d({ type: 'terrorist', since: '2003-02-14', suspended: '2025-04-17' });
    expect(statusOn(s, '2025-04-16')).not.toContain('suspended');
    expect(statusOn(s, '2025-04-17')).toContain('suspended since 17 Apr 2025');
  });

  it('says "no longer" once the designation ended, whatever else happened', () => {
    const s = d({ since: '2017-01-01', suspended: '2018-01-01', until: '2019-06-30' });
    expect(statusOn(s, '2020-01-01')).toBe('no longer listed as a foreign agent in Russia (ended 30 Jun 2019)');
    expect(statusOn(s, '2018-06-01')).toContain('suspended since 1 Jan 2018');
  });

  it('words every designation type and falls back to the raw type and jurisdiction code', () => {
    expect(statusOn(d({ type: 'extremist' }), '2022-01-01')).toMatch(/^designated extremist in Russia/);
    expect(statusOn(d({ type: 'undesirable' }), '2022-01-01')).toMatch(/^declared an undesirable organisation in Russia/);
    expect(statusOn(d({ type: 'banned' }), '2022-01-01')).toMatch(/^banned in Russia/);
    expect(statusOn(d({ type: 'sanctioned', jurisdiction: 'EU' }), '2022-01-01')).toMatch(/^under sanctions in the European Union/);
    expect(statusOn(d({ jurisdiction: 'KZ' }), '2022-01-01')).toContain('in KZ since');
  });

  it('takes the day of a published date-time from its first ten characters', () => {
    const [line] = statusLines([d({})], '2021-04-23T23:59:00+03:00', '2026-11-25');
    expect(line!.atPublication).toBe('listed as a foreign agent in Russia since 23 Apr 2021');
  });
});

describe('helpers', () => {
  it('formats dates as day month year', () => {
    expect(humanDate('2025-04-17')).toBe('17 Apr 2025');
    expect(humanDate('2003-02-14T00:00:00Z')).toBe('14 Feb 2003');
  });

  it('names jurisdictions', () => {
    expect(jurisdictionName('RU')).toBe('Russia');
    expect(jurisdictionName('US')).toBe('the United States');
    expect(jurisdictionName('XX')).toBe('XX');
  });

  it('gives one line per designation, in order', () => {
    const lines = statusLines([d({ type: 'foreign-agent' }), d({ type: 'undesirable', since: '2023-01-26' })], '2022-01-01', '2026-11-25');
    expect(lines.map((l) => l.type)).toEqual(['foreign-agent', 'undesirable']);
    expect(lines[1]!.atPublication).toMatch(/^not yet/);
    expect(lines[1]!.now).toMatch(/^declared an undesirable organisation in Russia since 26 Jan 2023/);
  });
});
