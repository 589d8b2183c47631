// @vitest-environment node
import { textIn } from '../../src/core/glossary/local-text';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/glossary/pack';
import { validatePack } from '../../src/core/glossary/validate';
import { compilePacks, findMatches, type Match, prepareText } from '../../src/core/match/matcher';
import { normalizePattern } from '../../src/core/match/normalize';
import { recognisedIn } from './helpers/notes';

// Content of the two designation packs: enough label wordings and entities, every one dated and sourced,
// nothing claimed twice, and the wordings found in real-looking text.

const load = (name: string) => JSON.parse(readFileSync(`assets/packs/${name}.json`, 'utf8')) as Pack;
const labelsPack = load('ru-designation-labels');
const entitiesPack = load('designated-entities');
const compiled = compilePacks([labelsPack, entitiesPack]);

const LABEL = (id: string) => `ru-designation-labels/${id}`;
const ENTRY = (id: string) => `designated-entities/${id}`;

function find(text: string): (Match & { text: string })[] {
  return findMatches(compiled, prepareText(text)).map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

const refs = (text: string) => find(text).map((m) => m.ref);

describe('designation packs: counts and shape', () => {
  it('both validate', () => {
    for (const p of [labelsPack, entitiesPack]) expect(validatePack(p).ok).toBe(true);
  });

  it('keep the label ids other code and tests use', () => {
    const ids = labelsPack.labels.map((l) => l.id);
    for (const id of ['ru-terrorist', 'ru-extremist', 'ru-foreign-agent', 'ru-undesirable']) expect(ids).toContain(id);
  });

  it('give the recogniser terms in English and Russian for every list, and keep the statutory banners whole', () => {
    for (const l of labelsPack.labels.filter((x) => x.type !== 'banned')) {
      expect(l.terms?.en?.length, l.id).toBeGreaterThan(0);
      expect(l.terms?.ru?.length, l.id).toBeGreaterThan(0);
    }
    const banners = labelsPack.labels.find((l) => l.id === 'ru-foreign-agent')!.phrases!;
    expect(banners.ru!.some((p) => p.startsWith('данное сообщение (материал)'))).toBe(true);
    expect(banners.ru!.some((p) => p.startsWith('настоящий материал (информация)'))).toBe(true);
    expect(banners.en!.length).toBeGreaterThan(0);
  });

  it('give every label an explanation, law, penalty (where media must name the status) and https sources', () => {
    for (const l of labelsPack.labels) {
      expect(textIn(l.explanation, 'en').length, l.id).toBeGreaterThan(80);
      expect(textIn(l.law, 'en').length, l.id).toBeGreaterThan(20);
      // Rosfinmonitoring's list carries no naming duty for the media, so no penalty for leaving it out.
      if (l.type !== 'terrorist-extremist-list') expect(textIn(l.penalty, 'en').length, l.id).toBeGreaterThan(10);
      expect(l.sources.length, l.id).toBeGreaterThan(0);
      for (const s of l.sources) expect(s.url, l.id).toMatch(/^https:\/\/[^/]+\//);
    }
  });

  it('have at least 50 entries, keeping the ids tests rely on', () => {
    expect(entitiesPack.entries.length).toBeGreaterThanOrEqual(50);
    const ids = entitiesPack.entries.map((e) => e.id);
    for (const id of ['taliban', 'al-qaeda', 'islamic-state', 'hizb-ut-tahrir', 'muslim-brotherhood', 'jabhat-al-nusra', 'hts', 'meta', 'fbk', 'jehovahs-witnesses', 'meduza', 'tv-rain', 'rferl', 'bellingcat', 'azov'])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('give every entry English and Russian names, a summary and https sources', () => {
    for (const e of entitiesPack.entries) {
      expect(e.names.en?.length, e.id).toBeGreaterThan(0);
      expect(e.names.ru?.length, e.id).toBeGreaterThan(0);
      expect(textIn(e.summary, 'en').length, e.id).toBeGreaterThan(20);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.url, e.id).toMatch(/^https:\/\/[^/]+\//);
    }
  });

  it('date and source every designation', () => {
    for (const e of entitiesPack.entries) {
      expect(e.designations?.length ?? 0, e.id).toBeGreaterThan(0);
      for (const d of e.designations ?? []) {
        expect(d.since, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(d.source.url, e.id).toMatch(/^https:\/\/[^/]+\//);
        if (d.suspended) expect(d.suspended > d.since, e.id).toBe(true);
        if (d.until) expect(d.until > d.since, e.id).toBe(true);
      }
    }
  });

  it('keep stems at least 3 letters with 1-4 suffix letters', () => {
    for (const e of entitiesPack.entries)
      for (const s of e.stems ?? []) {
        expect([...s.stem].length, e.id).toBeGreaterThanOrEqual(3);
        expect(s.maxSuffix, e.id).toBeGreaterThanOrEqual(1);
        expect(s.maxSuffix, e.id).toBeLessThanOrEqual(4);
      }
  });
});

describe('designation packs: nothing claimed twice', () => {
  /** Every pattern of both packs, keyed the way the matcher compares it, with its owners. */
  function claims(): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    const claim = (key: string, who: string) => {
      if (!out.has(key)) out.set(key, new Set());
      out.get(key)!.add(who);
    };
    for (const e of entitiesPack.entries) {
      const who = `entry ${e.id}`;
      for (const n of Object.values(e.names).flat()) claim(normalizePattern(n), who);
      // A case-sensitive name collides with any name of the same letters.
      for (const n of e.caseSensitive ?? []) claim(normalizePattern(n), who);
      for (const s of e.stems ?? []) claim(`${normalizePattern(s.stem)}*`, who);
    }
    for (const l of labelsPack.labels) for (const p of Object.values(l.phrases ?? {}).flat()) claim(normalizePattern(p), `label ${l.id}`);
    return out;
  }

  it('no name, stem or phrase belongs to two entries or labels, and no phrase is also a name', () => {
    const twice = [...claims()].filter(([, who]) => who.size > 1).map(([key, who]) => `"${key}": ${[...who].join(', ')}`);
    expect(twice).toEqual([]);
  });

  it('no stem reaches a name of another entry', () => {
    const problems: string[] = [];
    for (const e of entitiesPack.entries)
      for (const s of e.stems ?? []) {
        const stem = normalizePattern(s.stem);
        for (const o of entitiesPack.entries) {
          if (o === e) continue;
          for (const n of [...Object.values(o.names).flat(), ...(o.caseSensitive ?? [])]) {
            const name = normalizePattern(n);
            const rest = name.slice(stem.length);
            if (name.startsWith(stem) && rest.length <= s.maxSuffix && !/[^\p{L}]/u.test(rest)) problems.push(`${e.id} ${stem}* -> ${o.id} ${n}`);
          }
        }
      }
    expect(problems).toEqual([]);
  });

  it('no label phrase is shorter than two words (bare "banned" or "extremist" would fire everywhere)', () => {
    const short = labelsPack.labels.flatMap((l) =>
      Object.values(l.phrases ?? {})
        .flat()
        .filter((p) => normalizePattern(p).split(' ').length < 2 && !/-/.test(p)),
    );
    expect(short).toEqual([]);
  });
});

describe('designation packs: matching', () => {
  const labels = (text: string) => recognisedIn(text, compiled);

  it('finds the 2020-2022 24-word disclaimer written in capitals as one foreign-agent banner about the outlet', () => {
    const text =
      'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ СРЕДСТВОМ МАССОВОЙ ИНФОРМАЦИИ, ' +
      'ВЫПОЛНЯЮЩИМ ФУНКЦИИ ИНОСТРАННОГО АГЕНТА, И (ИЛИ) РОССИЙСКИМ ЮРИДИЧЕСКИМ ЛИЦОМ, ВЫПОЛНЯЮЩИМ ФУНКЦИИ ' +
      'ИНОСТРАННОГО АГЕНТА.';
    expect(labels(text)).toEqual(['ru-foreign-agent banner -> (outlet)']);
  });

  it('finds the English rendering of the disclaimer as one banner', () => {
    const text =
      'This message (material) was created and/or distributed by a foreign mass media outlet performing the functions of a foreign agent and/or a Russian legal entity performing the functions of a foreign agent.';
    expect(labels(text)).toEqual(['ru-foreign-agent banner -> (outlet)']);
  });

  it('reads the agent a post-December-2022 banner names', () => {
    const text =
      'НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ «ЛЕВАДА-ЦЕНТР» ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА «ЛЕВАДА-ЦЕНТР». 18+';
    expect(labels(text)).toEqual(['ru-foreign-agent banner -> levada-center']);
  });

  it('takes a banner quoted inside a sentence for a quotation, not a label', () => {
    expect(labels('Закон требует сопровождать материалы указанием: «Данное сообщение (материал) создано и (или) распространено иностранным средством массовой информации, выполняющим функции иностранного агента».')).toEqual([]);
  });

  it("finds Meta's extremist label inside Instagram's bracket, for Meta", () => {
    expect(labels('Instagram (принадлежит Meta, признанной экстремистской и запрещённой в России) удалил пост.')).toEqual(['ru-extremist parenthesis -> meta']);
  });

  it('gives a ban with a list the list, and a bare ban the generic label', () => {
    expect(labels('the Islamic State (a terrorist organization banned in Russia)')).toEqual(['ru-terrorist parenthesis -> islamic-state']);
    expect(labels('Meta, recognized as extremist and banned in Russia, said')).toEqual(['ru-extremist clause -> meta']);
    expect(labels('Facebook (banned in Russia)')).toEqual(['ru-banned parenthesis -> facebook']);
    expect(labels('Сторонники «Правого сектора»* провели акцию.\n* — организация запрещена в РФ')).toEqual(['ru-banned footnote -> right-sector']);
  });

  it('finds the terrorist label of the demo article after the Taliban', () => {
    expect(labels("fighters of the Taliban terrorist group (the organization's activities are prohibited on the territory of the Russian Federation) took")).toEqual([
      'ru-terrorist parenthesis -> taliban',
    ]);
  });

  it('brings "Талибан", "талибов", "талибами" to the Taliban', () => {
    expect(find('Талибан, талибов, талибами').map((m) => `${m.ref}=${m.text}`)).toEqual([
      `${ENTRY('taliban')}=Талибан`,
      `${ENTRY('taliban')}=талибов`,
      `${ENTRY('taliban')}=талибами`,
    ]);
  });

  it('finds Russian case forms of the foreign-agent and undesirable labels', () => {
    expect(labels('«Медузы», внесенной в реестр иностранных агентов')).toEqual(['ru-foreign-agent clause -> meduza']);
    expect(labels('журналист Иван Петров, признанный иноагентом')).toEqual(['ru-foreign-agent clause -> Иван Петров']);
    expect(labels('телеканала «Дождь» (нежелательной в РФ)')).toEqual(['ru-undesirable parenthesis -> tv-rain']);
    expect(labels('Bellingcat, declared undesirable in Russia in 2022')).toEqual(['ru-undesirable clause -> bellingcat']);
  });

  it('does not fire on ordinary words that share letters with names', () => {
    // rain, the Sea of Azov, a project, an Islamic state in general, a right sector of a stadium, present tense
    const text =
      'Шёл дождь над Азовом и Азовским морем. Проект закона о праве. Они хотят исламское государство. ' +
      'В правом секторе трибуны. Настоящее время глагола. Important stories of the week. The meta-data.';
    expect(find(text)).toEqual([]);
  });

  it('matches Meta only with its capital letter', () => {
    expect(refs('Meta said; meta said')).toEqual([ENTRY('meta')]);
  });
});
