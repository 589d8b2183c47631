// npm run eval:register-notes -- <corpus dir>...: which notes the register packs add on real pages
// (corpus folders of source.html), with the words that made each, so a person can judge them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../src/core/analyze';
import { compilePacks } from '../src/core/match/matcher';
import { SHIPPED_PACKS } from '../src/extension/packs';
import { parseHtml } from '../src/cli/dom';

const packs = compilePacks(SHIPPED_PACKS);
const REGISTER = /^ru-register-/;
let pages = 0;
let withNotes = 0;
let notes = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'source.html');
    if (!existsSync(file)) continue;
    const { doc } = parseHtml(readFileSync(file, 'utf8'), 'https://example.org/');
    const a = analyzeDocument(doc, { packs, now: new Date('2026-12-01T12:00:00Z'), forceArticle: false });
    pages++;
    const mine = a.report.notes.filter((n) => REGISTER.test(n.id));
    if (!mine.length) continue;
    withNotes++;
    notes += mine.length;
    for (const n of mine) {
      const spans = a.spans.get(n.id) ?? [];
      const said = [...new Set(spans.map((s) => a.text!.text.slice(s.start, s.end)))].slice(0, 3).join(' | ');
      console.log(`${dir.split('/').pop()}/${name}\t${n.id}\t${n.title}\t${n.labels.length ? 'labelled' : 'mention'}\t${said}`);
    }
  }
}
console.log(`\n${pages} pages: register notes on ${withNotes}, ${notes} notes in all`);
