import type { Pack } from '../glossary/pack';
import { RU_LABEL_GRAMMAR } from '../labels/grammar';
import type { LabelGrammarPart } from '../labels/compile';
import { type AcTables, AhoCorasick } from './aho-corasick';
import type { CompiledLibrary, PatternTable } from './compiled-pack';

// The stored form of a compiled library: one buffer that loads into a CompiledLibrary as views over its bytes,
// so loading it (a background restart, a Firefox background page) rebuilds nothing.
//
//   "RCPK" | u32 format | u32 header bytes | header (UTF-8 JSON, padded to 4) | arrays, each padded to 4
//
// The header holds the packs' records for notes (no name lists), the pattern refs, the case-sensitive
// patterns' texts, each pack's label-grammar part and the array directory. Numbers are little-endian, as in every
// browser's typed arrays.

const MAGIC = 0x4b504352; // "RCPK" read little-endian
const FORMAT = 1;

/**
 * Changes whenever a stored library would no longer match what this code compiles (the format, or the
 * grammar's words, whose ban words are compiled into packs as anchors): packs stored under another key are
 * compiled again from their source.
 */
export const COMPILER_KEY = `${FORMAT}.${hash(JSON.stringify(RU_LABEL_GRAMMAR))}`;

type ArrayType = 'i32' | 'u32' | 'u16' | 'u8';
type Typed = Int32Array | Uint32Array | Uint16Array | Uint8Array;
const CTOR = { i32: Int32Array, u32: Uint32Array, u16: Uint16Array, u8: Uint8Array } as const;

interface Header {
  key: string;
  records: Pack[];
  refs: string[];
  cased: [number, string][];
  grammars: (LabelGrammarPart | null)[];
  arrays: [name: string, type: ArrayType, length: number][];
}

export class PackBinaryError extends Error {}

export function encodeLibrary(library: CompiledLibrary): Uint8Array {
  const { patterns } = library;
  const arrays: [string, Typed][] = [
    ['pack', patterns.pack],
    ['kind', patterns.kind],
    ['ref', patterns.ref],
    ['maxSuffix', patterns.maxSuffix],
    ['flags', patterns.flags],
    ...Object.entries(library.automaton.tables()).map(([name, a]) => [`ac.${name}`, a] as [string, Typed]),
  ];
  const header: Header = {
    key: COMPILER_KEY,
    records: library.records,
    refs: patterns.refs,
    cased: [...patterns.cased],
    grammars: library.grammars,
    arrays: arrays.map(([name, a]) => [name, typeOf(a), a.length]),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerBytes = pad4(json.length);
  const total = 12 + headerBytes + arrays.reduce((n, [, a]) => n + pad4(a.byteLength), 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  let at = 12 + headerBytes;
  for (const [, a] of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += pad4(a.byteLength);
  }
  return out;
}

/** Views over `bytes` (which must stay unchanged); a buffer that is not a whole library is refused. */
export function decodeLibrary(bytes: ArrayBuffer | Uint8Array): CompiledLibrary {
  const buf = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // Typed views need aligned offsets: copy a buffer that does not start on one.
  const u8 = buf.byteOffset % 4 ? buf.slice() : buf;
  if (u8.byteLength < 12) throw new PackBinaryError('not a compiled library: too short');
  const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new PackBinaryError('not a compiled library: no RCPK mark');
  const format = view.getUint32(4, true);
  if (format !== FORMAT) throw new PackBinaryError(`compiled library format ${format}, this version reads ${FORMAT}`);
  const jsonLength = view.getUint32(8, true);
  if (12 + jsonLength > u8.byteLength) throw new PackBinaryError('compiled library cut short in its header');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(u8.subarray(12, 12 + jsonLength))) as Header;
  } catch {
    throw new PackBinaryError('compiled library header is not JSON');
  }
  if (header.key !== COMPILER_KEY) throw new PackBinaryError(`compiled by another version (${header.key}, this one is ${COMPILER_KEY})`);
  let at = u8.byteOffset + 12 + pad4(jsonLength);
  const end = u8.byteOffset + u8.byteLength;
  const arrays = new Map<string, Typed>();
  for (const [name, type, length] of header.arrays) {
    const Ctor = CTOR[type];
    const bytesLength = length * Ctor.BYTES_PER_ELEMENT;
    if (!Ctor || at + bytesLength > end) throw new PackBinaryError(`compiled library cut short in ${name}`);
    arrays.set(name, new Ctor(u8.buffer as ArrayBuffer, at, length));
    at += pad4(bytesLength);
  }
  const get = <T extends Typed>(name: string): T => {
    const a = arrays.get(name);
    if (!a) throw new PackBinaryError(`compiled library has no ${name}`);
    return a as T;
  };
  const patterns: PatternTable = {
    pack: get('pack'),
    kind: get('kind'),
    ref: get('ref'),
    maxSuffix: get('maxSuffix'),
    flags: get('flags'),
    refs: header.refs,
    cased: new Map(header.cased),
  };
  const tables = Object.fromEntries([...arrays].filter(([n]) => n.startsWith('ac.')).map(([n, a]) => [n.slice(3), a])) as unknown as AcTables;
  return { records: header.records, grammars: header.grammars, patterns, automaton: AhoCorasick.fromTables(tables) };
}

function typeOf(a: Typed): ArrayType {
  if (a instanceof Int32Array) return 'i32';
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Uint16Array) return 'u16';
  return 'u8';
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** FNV-1a, as hex: a short fingerprint, not a checksum against tampering. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}
