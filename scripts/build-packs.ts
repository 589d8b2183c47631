// npm run build:packs: builds the shipped register packs from the register copies in ../shared/registers.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildRegisterPackTexts, CURATED_PACK_FILES, REGISTER_PACKS, sharedDir } from '../src/build/register-packs';

const root = resolve(import.meta.dirname, '..');
const shared = sharedDir(root);
if (!shared) {
  console.error('build:packs: no ../shared/registers next to the project');
  process.exit(1);
}
const curated = CURATED_PACK_FILES.map((f) => JSON.parse(readFileSync(resolve(root, f), 'utf8')));
const texts = buildRegisterPackTexts(shared, curated);
for (const [i, spec] of REGISTER_PACKS.entries()) {
  const text = texts[i]!;
  writeFileSync(resolve(root, spec.out), text);
  const pack = JSON.parse(text) as { entries: { names: Record<string, string[]> }[] };
  const names = pack.entries.reduce((n, e) => n + Object.values(e.names).flat().length, 0);
  console.log(`${spec.out}: ${pack.entries.length} entries, ${names} names, ${(text.length / 1024).toFixed(0)} KB`);
}
