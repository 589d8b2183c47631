import { textIn } from '../../src/core/glossary/local-text';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/glossary/pack';
import { validatePack } from '../../src/core/glossary/validate';
import { compilePacks, findMatches, prepareText } from '../../src/core/match/matcher';
import { isLetter, normalizePattern } from '../../src/core/match/normalize';

// The world-context pack (places, bodies, media, people for Russian, Central Asian and Afghan news) and the
// translation-notes pack: shape, sources, names that no two entries claim, and a few matches that must (and
// must not) happen.

function load(name: string): Pack {
  const text = readFileSync(resolve(process.cwd(), 'assets/packs', name), 'utf8');
  const result = validatePack(JSON.parse(text));
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => `${e.path}: ${e.reason}`).join('; ')}`);
  return result.pack;
}

const world = load('world-context.json');
const designated = load('designated-entities.json');
const labels = load('ru-designation-labels.json');
const notes = load('translation-notes.json');

const KINDS = new Set(['place', 'organization', 'body', 'media', 'person', 'movement']);
const ORIGINAL_IDS = ['mk', 'tajikistan', 'afghanistan', 'uzbekistan', 'takhar', 'kunduz', 'csto', 'pentagon', '201st-base'];

interface Claim {
  ref: string;
  name: string;
}

/** Every name, case-sensitive name and stem of a pack's entries, normalised as the matcher compares them. */
function claims(pack: Pack): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  const add = (key: string, claim: Claim) => out.set(key, [...(out.get(key) ?? []), claim]);
  for (const e of pack.entries) {
    const ref = `${pack.id}/${e.id}`;
    for (const list of Object.values(e.names)) for (const n of list) add(normalizePattern(n), { ref, name: n });
    for (const n of e.caseSensitive ?? []) add(normalizePattern(n), { ref, name: n });
    for (const s of e.stems ?? []) add(normalizePattern(s.stem), { ref, name: `${s.stem}*` });
  }
  return out;
}

function collisions(packs: Pack[]): string[] {
  const all = new Map<string, Claim[]>();
  for (const p of packs) for (const [k, v] of claims(p)) all.set(k, [...(all.get(k) ?? []), ...v]);
  const out: string[] = [];
  for (const [key, list] of all) {
    const refs = new Set(list.map((c) => c.ref));
    if (refs.size > 1) out.push(`"${key}": ${[...refs].join(', ')}`);
  }
  return out;
}

/** Names of other entries that a stem (plus its allowed suffix) would reach. */
function stemReach(packs: Pack[]): string[] {
  const names: Claim[] = [];
  for (const p of packs)
    for (const e of p.entries) {
      const ref = `${p.id}/${e.id}`;
      for (const list of Object.values(e.names)) for (const n of list) names.push({ ref, name: normalizePattern(n) });
      for (const n of e.caseSensitive ?? []) names.push({ ref, name: normalizePattern(n) });
    }
  const out: string[] = [];
  for (const p of packs)
    for (const e of p.entries)
      for (const s of e.stems ?? []) {
        const stem = normalizePattern(s.stem);
        const ref = `${p.id}/${e.id}`;
        for (const n of names) {
          if (n.ref === ref || !n.name.startsWith(stem)) continue;
          const rest = [...n.name.slice(stem.length)];
          if (rest.length <= s.maxSuffix && rest.every((ch) => isLetter(ch))) out.push(`${ref} ${stem}* reaches ${n.ref} "${n.name}"`);
        }
      }
  return out;
}

const compiled = compilePacks([world, designated]);

/** The entry refs found in a text, in order. */
function refs(text: string): string[] {
  return findMatches(compiled, prepareText(text))
    .filter((m) => m.kind === 'entry')
    .map((m) => m.ref);
}

describe('world-context pack', () => {
  it('validates and has at least 200 entries, keeping the original ids', () => {
    expect(world.id).toBe('world-context');
    expect(world.entries.length).toBeGreaterThanOrEqual(200);
    const ids = world.entries.map((e) => e.id);
    for (const id of ORIGINAL_IDS) expect(ids).toContain(id);
  });

  it('gives every entry a known kind, English and Russian names, a summary and https sources', () => {
    const problems: string[] = [];
    for (const e of world.entries) {
      if (!KINDS.has(e.kind)) problems.push(`${e.id}: kind ${e.kind}`);
      if (!e.names.en?.length) problems.push(`${e.id}: no English name`);
      if (!e.names.ru?.length) problems.push(`${e.id}: no Russian name`);
      if (!textIn(e.summary, 'en').trim()) problems.push(`${e.id}: no summary`);
      if (!e.sources.length) problems.push(`${e.id}: no source`);
      for (const s of e.sources) if (new URL(s.url).protocol !== 'https:') problems.push(`${e.id}: ${s.url}`);
      for (const d of e.designations ?? []) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d.since)) problems.push(`${e.id}: designation without a date`);
        if (new URL(d.source.url).protocol !== 'https:') problems.push(`${e.id}: ${d.source.url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no name claimed by two entries, in this pack or together with the designated entities', () => {
    expect(collisions([world])).toEqual([]);
    expect(collisions([world, designated])).toEqual([]);
  });

  it('has no stem that reaches another entry’s name', () => {
    expect(stemReach([world, designated])).toEqual([]);
  });

  it('has no entry name equal to a label phrase', () => {
    const phrases = new Set(labels.labels.flatMap((l) => Object.values(l.phrases ?? {}).flat().map((p) => normalizePattern(p))));
    expect([...claims(world).keys()].filter((k) => phrases.has(k))).toEqual([]);
  });
});

describe('world-context matching', () => {
  it('reaches Tajikistan through Russian inflection', () => {
    expect(refs('Военные учения прошли в Таджикистане.')).toEqual(['world-context/tajikistan']);
    expect(refs('Граница Таджикистана с Афганистаном')).toEqual(['world-context/tajikistan', 'world-context/afghanistan']);
  });

  it('reaches cities by their usual spellings', () => {
    expect(refs('Fighting near Mazar-i-Sharif and Mazar-e Sharif')).toEqual(['world-context/mazar-i-sharif', 'world-context/mazar-i-sharif']);
    expect(refs('бои у Мазари-Шарифа, под Мазари-Шарифом')).toEqual(['world-context/mazar-i-sharif', 'world-context/mazar-i-sharif']);
    expect(refs('Taloqan, the capital of Takhar province')).toEqual(['world-context/taloqan', 'world-context/takhar']);
  });

  it('matches names that are also common words only in their qualified forms', () => {
    expect(refs('Farah Pahlavi visited Paris. Farah said so.')).toEqual([]);
    expect(refs('Fighting in Farah province')).toEqual(['world-context/farah']);
    expect(refs('спустились с гор в долину')).toEqual([]);
    expect(refs('в провинции Гор')).toEqual(['world-context/ghor']);
    expect(refs('на обед был лагман')).toEqual([]);
    expect(refs('в провинции Лагман')).toEqual(['world-context/laghman']);
    expect(refs('арендовать хост для сайта')).toEqual([]);
    expect(refs('The first Sputnik satellite; the Sputnik V vaccine')).toEqual([]);
    expect(refs('according to Sputnik Tajikistan')).toEqual(['world-context/sputnik']);
    expect(refs('вышла новая газета')).toEqual([]);
    expect(refs('главный редактор «Новой газеты»')).toEqual(['world-context/novaya-gazeta']);
    expect(refs('известия из дома')).toEqual([]);
    expect(refs('we had a rt and an mk')).toEqual([]);
    expect(refs('RT and MK reported')).toEqual(['world-context/rt', 'world-context/mk']);
    expect(refs('draw a regular pentagon')).toEqual([]);
    expect(refs('the Pentagon said')).toEqual(['world-context/pentagon']);
    expect(refs('Казанский кремль и тёплая доха')).toEqual([]);
    expect(refs('Кремль ответил из Дохи')).toEqual(['world-context/kremlin', 'world-context/doha']);
  });

  it('keeps people apart from places that share a stem', () => {
    expect(refs('Замир Кабулов прилетел в Кабул')).toEqual(['world-context/zamir-kabulov', 'world-context/kabul']);
    expect(refs('Кабулов заявил')).toEqual(['world-context/zamir-kabulov']);
  });

  it('prefers the longer name', () => {
    expect(refs('ГКНБ Таджикистана сообщил')).toEqual(['world-context/tajik-gknb']);
    expect(refs('Kabul airport')).toEqual(['world-context/kabul-airport']);
    expect(refs('Ashraf Ghani and Abdul Ghani Baradar')).toEqual(['world-context/ashraf-ghani', 'world-context/abdul-ghani-baradar']);
    expect(refs('в Горно-Бадахшанской автономной области')).toEqual(['world-context/gorno-badakhshan']);
    expect(refs('в афганском Бадахшане')).toEqual(['world-context/badakhshan-province']);
  });

  it('reaches bodies through Russian stems', () => {
    expect(refs('сотрудники Росгвардии')).toEqual(['world-context/rosgvardia']);
    expect(refs('по требованию Роскомнадзора')).toEqual(['world-context/roskomnadzor']);
  });
});

describe('translation-notes pack', () => {
  const list = notes.translationNotes ?? [];

  it('validates, carries only translation notes, and has 8 to 20 of them', () => {
    expect(notes.id).toBe('translation-notes');
    expect(notes.entries).toEqual([]);
    expect(notes.labels).toEqual([]);
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.length).toBeLessThanOrEqual(20);
  });

  it('gives every note phrases, a meaning, context words and https sources', () => {
    for (const t of list) {
      expect(Object.values(t.phrases).flat().length, t.id).toBeGreaterThan(0);
      expect(textIn(t.meaning, 'en').trim(), t.id).not.toBe('');
      expect(t.context.length, t.id).toBeGreaterThanOrEqual(1);
      expect(t.sources.length, t.id).toBeGreaterThanOrEqual(1);
      for (const s of t.sources) expect(new URL(s.url).protocol, t.id).toBe('https:');
    }
  });

  it('covers the known slips of the 2021 Taliban-Tajikistan story', () => {
    const byPhrase = new Map(list.flatMap((t) => (t.phrases.en ?? []).map((p) => [normalizePattern(p), t] as const)));
    expect(byPhrase.get('tehran province')?.meaning).toMatch(/Takhar/);
    expect(byPhrase.get('tehran province')?.context).toEqual(expect.arrayContaining(['Afghanistan', 'Taliban', 'Tajikistan', 'Takhar']));
    expect(byPhrase.get('bukharak')?.meaning).toMatch(/Baharak/);
    expect(byPhrase.get('bukharak')?.context).toEqual(expect.arrayContaining(['Badakhshan', 'Afghanistan', 'Taliban']));
    expect(byPhrase.get('islamic caliphate')?.meaning).toMatch(/Islamic Emirate of Afghanistan/);
    expect(byPhrase.get('islamic caliphate')?.context).toEqual(expect.arrayContaining(['Taliban', 'Afghanistan']));
  });

  it('uses no phrase that is also an entry name, so a phrase never has two meanings', () => {
    const names = new Set([...claims(world).keys(), ...claims(designated).keys()]);
    const phrases = list.flatMap((t) => Object.values(t.phrases).flat().map((p) => normalizePattern(p)));
    expect(phrases.filter((p) => names.has(p))).toEqual([]);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});
