import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRegisterPack, REGISTER_SOURCES, type RegisterKind } from '../cli/register/build-register-pack';
import type { Pack } from '../core/glossary/pack';
import { formatPackError, validatePack } from '../core/glossary/validate';

// The register packs that ship, each built from a register copy in ../shared/registers by the project's
// builder: `npm run build:packs` writes them, and tests/unit/register-pack.test.ts checks the shipped files
// equal a fresh build.

export interface RegisterPackSpec {
  kind: RegisterKind;
  /** The copy, under the shared folder. */
  file: string;
  /** The copy's date (its README's "as of"). */
  asOf: string;
  /** The shipped pack. */
  out: string;
}

export const REGISTER_PACKS: RegisterPackSpec[] = [
  { kind: 'foreign-agents', file: 'registers/foreign-agents.json', asOf: '2024-10-01', out: 'assets/packs/ru-register-foreign-agents.json' },
  { kind: 'undesirable', file: 'registers/undesirable-organizations.json', asOf: '2024-09-05', out: 'assets/packs/ru-register-undesirable.json' },
];

/** The curated packs whose entries register entries may be (sameAs). */
export const CURATED_PACK_FILES = ['assets/packs/designated-entities.json'];

/**
 * The packs' file texts as the build writes them, in REGISTER_PACKS order; each is linked to the curated pack
 * and to the registers built before it (sameAs). Throws with every problem when a copy does not build.
 */
export function buildRegisterPackTexts(shared: string, curated: Pack[]): string[] {
  const built: Pack[] = [];
  return REGISTER_PACKS.map((spec) => {
    const text = buildRegisterPackText(spec, shared, [...curated, ...built]);
    built.push(JSON.parse(text) as Pack);
    return text;
  });
}

function buildRegisterPackText(spec: RegisterPackSpec, shared: string, link: Pack[]): string {
  const file = join(shared, spec.file);
  const built = buildRegisterPack(spec.kind, JSON.parse(readFileSync(file, 'utf8')), { asOf: spec.asOf, source: REGISTER_SOURCES[spec.kind], link });
  if ('errors' in built) throw new Error(`${file}: ${built.errors.join('; ')}`);
  const checked = validatePack(built.pack);
  if (!checked.ok) throw new Error(`${file}: built pack: ${checked.errors.map(formatPackError).join('; ')}`);
  return `${JSON.stringify(built.pack, null, 1)}\n`;
}

export function sharedDir(root: string): string | null {
  const dir = join(root, '..', 'shared');
  return existsSync(join(dir, 'registers')) ? dir : null;
}
