import { UI_LANGS } from './local-text';
import { DESIGNATION_TYPES, type Pack } from './pack';

// Validation of untrusted packs. Every problem is reported with its path and reason; the pack is used only
// when there are none. Limits keep a hostile pack from costing the page much.

export const PACK_LIMITS = {
  bytes: 2_000_000,
  entries: 20_000,
  labels: 2_000,
  namesPerEntry: 200,
  nameLength: 200,
  phraseLength: 400,
  textLength: 4_000,
  idLength: 80,
};

export interface PackError {
  path: string;
  reason: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

const ID = /^[a-z0-9][a-z0-9._-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LANG = /^[a-z]{2,3}$/;
/** An entry of another pack: "packId/entryId". */
const SAME_AS = /^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/;

export function formatPackError(e: PackError): string {
  return `${e.path}: ${e.reason}`;
}

/** Parses and validates pack JSON text. */
export function parsePack(text: string): PackResult {
  if (text.length > PACK_LIMITS.bytes)
    return { ok: false, errors: [{ path: '(pack)', reason: `larger than ${PACK_LIMITS.bytes} bytes` }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(pack)', reason: `not JSON: ${(e as Error).message}` }] };
  }
  return validatePack(data);
}

export function validatePack(data: unknown): PackResult {
  const errors: PackError[] = [];
  // A prototype key is reported once, as that: the field checks below do not add their reason for it too.
  const prototypeKeys = new Set<string>();
  const err = (path: string, reason: string) => {
    if (errors.length < 200 && !prototypeKeys.has(path)) errors.push({ path, reason });
  };
  const v = new Checker(err);

  if (!isObject(data)) return { ok: false, errors: [{ path: '(pack)', reason: 'not an object' }] };
  // The pack is kept as given: a key that would reach an object's prototype, or nesting no pack needs, is refused.
  const shape = shapeProblems(data);
  if (shape.tooDeep) return { ok: false, errors: [shape.tooDeep] };
  for (const e of shape.prototypeKeys) {
    err(e.path, e.reason);
    prototypeKeys.add(e.path);
  }
  v.id(data.id, 'id');
  v.text(data.version, 'version', 40);
  v.localText(data.title, 'title', 200);
  if (data.dataAsOf !== undefined) v.date(data.dataAsOf, 'dataAsOf');
  if (data.covers !== undefined && v.array(data.covers, 'covers', DESIGNATION_TYPES.length)) {
    if (data.dataAsOf === undefined) err('covers', 'needs dataAsOf: the day the pack holds the whole list');
    (data.covers as unknown[]).forEach((c, j) => {
      if (!DESIGNATION_TYPES.includes(c as never)) err(`covers[${j}]`, `not one of ${DESIGNATION_TYPES.join(', ')}`);
    });
  }
  if (v.array(data.languages, 'languages', 20)) {
    (data.languages as unknown[]).forEach((l, i) => {
      if (typeof l !== 'string' || !LANG.test(l)) err(`languages[${i}]`, 'not a language code');
    });
  }
  const entryIds = new Set<string>();
  if (v.array(data.entries, 'entries', PACK_LIMITS.entries)) {
    (data.entries as unknown[]).forEach((e, i) => {
      const p = `entries[${i}]`;
      if (!isObject(e)) return err(p, 'not an object');
      if (v.id(e.id, `${p}.id`)) {
        if (entryIds.has(e.id as string)) err(`${p}.id`, `duplicate id "${e.id as string}"`);
        entryIds.add(e.id as string);
      }
      v.text(e.kind, `${p}.kind`, 40);
      v.names(e.names, `${p}.names`, PACK_LIMITS.nameLength);
      if (e.caseSensitive !== undefined && v.array(e.caseSensitive, `${p}.caseSensitive`, PACK_LIMITS.namesPerEntry))
        (e.caseSensitive as unknown[]).forEach((n, j) => v.text(n, `${p}.caseSensitive[${j}]`, PACK_LIMITS.nameLength));
      if (e.stems !== undefined && v.array(e.stems, `${p}.stems`, 50)) {
        (e.stems as unknown[]).forEach((s, j) => {
          const sp = `${p}.stems[${j}]`;
          if (!isObject(s)) return err(sp, 'not an object');
          if (typeof s.lang !== 'string' || !LANG.test(s.lang)) err(`${sp}.lang`, 'not a language code');
          if (v.text(s.stem, `${sp}.stem`, 60) && [...(s.stem as string)].length < 3) err(`${sp}.stem`, 'shorter than 3 letters');
          if (!Number.isInteger(s.maxSuffix) || (s.maxSuffix as number) < 1 || (s.maxSuffix as number) > 4)
            err(`${sp}.maxSuffix`, 'not a whole number from 1 to 4');
        });
      }
      if (e.ambiguous !== undefined && v.array(e.ambiguous, `${p}.ambiguous`, PACK_LIMITS.namesPerEntry)) {
        const all = new Set([...Object.values(isObject(e.names) ? e.names : {}).flat(), ...(Array.isArray(e.caseSensitive) ? e.caseSensitive : [])]);
        (e.ambiguous as unknown[]).forEach((n, j) => {
          if (v.text(n, `${p}.ambiguous[${j}]`, PACK_LIMITS.nameLength) && !all.has(n)) err(`${p}.ambiguous[${j}]`, 'not one of the entry\'s names');
        });
      }
      if (e.context !== undefined && v.array(e.context, `${p}.context`, 100))
        (e.context as unknown[]).forEach((c, j) => v.text(c, `${p}.context[${j}]`, PACK_LIMITS.nameLength));
      if (e.sameAs !== undefined && (typeof e.sameAs !== 'string' || !SAME_AS.test(e.sameAs)))
        err(`${p}.sameAs`, 'not a "packId/entryId" reference');
      v.localText(e.summary, `${p}.summary`, PACK_LIMITS.textLength);
      if (e.designations !== undefined && v.array(e.designations, `${p}.designations`, 50)) {
        (e.designations as unknown[]).forEach((d, j) => v.designation(d, `${p}.designations[${j}]`));
      }
      v.sources(e.sources, `${p}.sources`);
    });
  }
  const labelIds = new Set<string>();
  if (v.array(data.labels, 'labels', PACK_LIMITS.labels)) {
    (data.labels as unknown[]).forEach((l, i) => {
      const p = `labels[${i}]`;
      if (!isObject(l)) return err(p, 'not an object');
      if (v.id(l.id, `${p}.id`)) {
        if (labelIds.has(l.id as string)) err(`${p}.id`, `duplicate id "${l.id as string}"`);
        labelIds.add(l.id as string);
      }
      v.text(l.jurisdiction, `${p}.jurisdiction`, 2);
      v.type(l.type, `${p}.type`);
      v.localText(l.title, `${p}.title`, 200);
      if (l.phrases !== undefined) v.names(l.phrases, `${p}.phrases`, PACK_LIMITS.phraseLength);
      if (l.terms !== undefined) v.terms(l.terms, `${p}.terms`);
      if (l.phrases === undefined && l.terms === undefined) err(p, 'needs phrases or terms');
      v.localText(l.explanation, `${p}.explanation`, PACK_LIMITS.textLength);
      v.localText(l.law, `${p}.law`, 400);
      if (l.penalty !== undefined) v.localText(l.penalty, `${p}.penalty`, 400);
      v.sources(l.sources, `${p}.sources`);
    });
  }
  if (data.translationNotes !== undefined && v.array(data.translationNotes, 'translationNotes', PACK_LIMITS.labels)) {
    const noteIds = new Set<string>();
    (data.translationNotes as unknown[]).forEach((t, i) => {
      const p = `translationNotes[${i}]`;
      if (!isObject(t)) return err(p, 'not an object');
      if (v.id(t.id, `${p}.id`)) {
        if (noteIds.has(t.id as string)) err(`${p}.id`, `duplicate id "${t.id as string}"`);
        noteIds.add(t.id as string);
      }
      v.names(t.phrases, `${p}.phrases`, PACK_LIMITS.phraseLength);
      v.localText(t.meaning, `${p}.meaning`, PACK_LIMITS.textLength);
      if (v.array(t.context, `${p}.context`, 100)) {
        if (!(t.context as unknown[]).length) err(`${p}.context`, 'needs at least one context word');
        (t.context as unknown[]).forEach((c, j) => v.text(c, `${p}.context[${j}]`, PACK_LIMITS.nameLength));
      }
      v.sources(t.sources, `${p}.sources`);
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, pack: data as unknown as Pack };
}

class Checker {
  constructor(private readonly err: (path: string, reason: string) => void) {}

  /** A reader's text: a plain string, or one version per UI language ({ "en": …, "ru": … }, at least one). */
  localText(value: unknown, path: string, max: number): boolean {
    if (typeof value === 'string') return this.text(value, path, max);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return this.fail(path, 'missing, or neither text nor { "en": …, "ru": … }');
    const keys = Object.keys(value);
    if (!keys.length) return this.fail(path, 'has no language version');
    let ok = true;
    for (const key of keys) {
      if (!(UI_LANGS as readonly string[]).includes(key)) ok = this.fail(`${path}.${key}`, `not a language of the interface (${UI_LANGS.join(', ')})`);
      else ok = this.text((value as Record<string, unknown>)[key], `${path}.${key}`, max) && ok;
    }
    return ok;
  }

  text(value: unknown, path: string, max: number): boolean {
    if (typeof value !== 'string' || !value.trim()) return this.fail(path, 'missing or not text');
    if (value.length > max) return this.fail(path, `longer than ${max} characters`);
    return true;
  }

  id(value: unknown, path: string): boolean {
    if (!this.text(value, path, PACK_LIMITS.idLength)) return false;
    if (!ID.test(value as string)) return this.fail(path, 'not an id (lower-case letters, digits, . _ -)');
    return true;
  }

  array(value: unknown, path: string, max: number): boolean {
    if (!Array.isArray(value)) return this.fail(path, 'not a list');
    if (value.length > max) return this.fail(path, `more than ${max} items`);
    return true;
  }

  date(value: unknown, path: string): boolean {
    if (!isIsoDate(value)) return this.fail(path, 'not a date');
    return true;
  }

  type(value: unknown, path: string): boolean {
    if (!DESIGNATION_TYPES.includes(value as never))
      return this.fail(path, `not one of ${DESIGNATION_TYPES.join(', ')}`);
    return true;
  }

  names(value: unknown, path: string, maxLength: number): void {
    if (!isObject(value)) {
      this.fail(path, 'not an object of language -> names');
      return;
    }
    const langs = Object.keys(value);
    if (!langs.length) this.fail(path, 'has no language');
    for (const lang of langs) {
      if (!LANG.test(lang)) this.fail(`${path}.${lang}`, 'not a language code');
      const list = value[lang];
      if (!this.array(list, `${path}.${lang}`, PACK_LIMITS.namesPerEntry)) continue;
      (list as unknown[]).forEach((n, i) => this.text(n, `${path}.${lang}[${i}]`, maxLength));
    }
  }

  /** Label terms: words of letters, digits and hyphens; a stem ends in "*" and has at least three letters. */
  terms(value: unknown, path: string): void {
    this.names(value, path, 80);
    if (!isObject(value)) return;
    for (const [lang, list] of Object.entries(value)) {
      if (!Array.isArray(list)) continue;
      list.forEach((t, i) => {
        if (typeof t !== 'string') return;
        for (const w of t.trim().split(/\s+/)) {
          if (!/^[\p{L}\p{N}'’-]+\*?$/u.test(w)) this.fail(`${path}.${lang}[${i}]`, `"${w}" is not a word or a stem`);
          else if (w.endsWith('*') && [...w].length < 4) this.fail(`${path}.${lang}[${i}]`, `stem "${w}" is shorter than 3 letters`);
        }
      });
    }
  }

  sources(value: unknown, path: string): void {
    if (!this.array(value, path, 20)) return;
    if (!(value as unknown[]).length) this.fail(path, 'needs at least one source');
    (value as unknown[]).forEach((s, i) => this.source(s, `${path}[${i}]`));
  }

  source(value: unknown, path: string): void {
    if (!isObject(value)) {
      this.fail(path, 'not an object');
      return;
    }
    this.text(value.title, `${path}.title`, 200);
    if (this.text(value.url, `${path}.url`, 1000) && !isHttps(value.url as string)) this.fail(`${path}.url`, 'not an https link');
  }

  designation(value: unknown, path: string): void {
    if (!isObject(value)) {
      this.fail(path, 'not an object');
      return;
    }
    this.text(value.jurisdiction, `${path}.jurisdiction`, 2);
    this.type(value.type, `${path}.type`);
    this.localText(value.list, `${path}.list`, 300);
    this.date(value.since, `${path}.since`);
    if (value.listed !== undefined && this.date(value.listed, `${path}.listed`) && typeof value.since === 'string' && (value.listed as string) < value.since)
      this.fail(`${path}.listed`, 'before since (a list is updated after the decision)');
    if (value.suspended !== undefined) this.date(value.suspended, `${path}.suspended`);
    if (value.until !== undefined) this.date(value.until, `${path}.until`);
    if (value.note !== undefined) this.localText(value.note, `${path}.note`, 600);
    this.source(value.source, `${path}.source`);
  }

  private fail(path: string, reason: string): false {
    this.err(path, reason);
    return false;
  }
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A pack's deepest data (entries[i].designations[j].list.en) is five levels down. */
const MAX_DEPTH = 12;

/** Keys that could reach a prototype, and the first place nested deeper than any pack needs. */
function shapeProblems(data: unknown): { prototypeKeys: PackError[]; tooDeep: PackError | null } {
  const found: PackError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: '', depth: 0 }];
  while (stack.length && found.length < 200) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return { prototypeKeys: [], tooDeep: { path: path || '(pack)', reason: `nested deeper than ${MAX_DEPTH} levels` } };
    if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 }));
    else
      for (const key of Object.keys(value)) {
        const at = path ? `${path}.${key}` : key;
        if (PROTOTYPE_KEYS.has(key)) found.push({ path: at, reason: `"${key}" is not allowed as a key` });
        else stack.push({ value: (value as Record<string, unknown>)[key], path: at, depth: depth + 1 });
      }
  }
  return { prototypeKeys: found, tooDeep: null };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value) && isCalendarDate(value);
}

/** "2021-02-30" matches the pattern and even parses (to 2 March); only a real calendar day passes. */
function isCalendarDate(value: string): boolean {
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
