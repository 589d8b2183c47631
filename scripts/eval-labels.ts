// npm run eval:labels -- <file.tsv> [--verbose] [--check]
//
// Runs every row of a TSV laid out like ../shared/labels-dev.tsv (columns: lang, entity, entity_ru, type, label,
// sentence, source) through the engine, each sentence wrapped in a small article page as a reader meets it:
// the page's address is the row's source, " / " in a sentence starts a new paragraph (that is how the file
// writes a footnote line), and two neutral paragraphs in the row's language surround it.
//
// Per type and language it prints:
// - right: a label of the row's type is tied to a note whose title matches `entity` or `entity_ru`
//   (word stems compared, so "Юрия Дудя" matches "Юрий Дудь");
// - other: a label of that type was found but tied to other names only;
// - missed: no label of that type;
// - false: on `none` rows, any label at all.
// Types "banned", "terrorist" and "extremist" count as compatible: a ban label printed without its list
// ("banned in Russia") is right for a terrorist row and the reverse.
// It also counts links that must never happen: a label tied to a word of the label's own frame (a body or a
// place: "РФ", "Минюстом", "Russia"), and a label tied to a pack entry whose records hold no designation of
// that kind.
// --check exits 1 when a goal is not met (95% right, at most 2% false, no bad link).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzePage } from '../src/core/analyze';
import { compilePacks } from '../src/core/match/matcher';
import type { PageReport } from '../src/core/report';
import { SHIPPED_PACKS } from '../src/extension/packs';
import { parseHtml } from '../src/cli/dom';
import type { DesignationType, Entry } from '../src/core/glossary/pack';
import { designationFits } from '../src/core/notes/build-notes';
import { RU_LABEL_GRAMMAR, STEM_SUFFIX } from '../src/core/labels/grammar';
import { compilePattern, fold, wordMatches } from '../src/core/labels/tokens';
import { compatibleTypes, sameName } from './eval-labels-match';

interface Row {
  line: number;
  lang: string;
  entity: string;
  entityRu: string;
  type: string;
  label: string;
  sentence: string;
  source: string;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
/** --line N: print the whole report for that row. */
const lineArg = args.indexOf('--line');
const showLine = lineArg >= 0 ? Number(args[lineArg + 1]) : null;
const check = args.includes('--check');
const file = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--line') ?? '../shared/labels-dev.tsv');

function readRows(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines[0]!.split('\t');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column "${name}"`);
    return i;
  };
  const c = { lang: col('lang'), entity: col('entity'), entityRu: col('entity_ru'), type: col('type'), label: col('label'), sentence: col('sentence'), source: col('source') };
  const rows: Row[] = [];
  lines.slice(1).forEach((l, i) => {
    if (!l.trim()) return;
    const f = l.split('\t');
    rows.push({
      line: i + 2,
      lang: f[c.lang] ?? '',
      entity: f[c.entity] ?? '',
      entityRu: f[c.entityRu] ?? '',
      type: (f[c.type] ?? '').trim(),
      label: f[c.label] ?? '',
      sentence: f[c.sentence] ?? '',
      source: f[c.source] ?? '',
    });
  });
  return rows;
}

const FILLER: Record<string, [string, string]> = {
  ru: [
    'Об этом стало известно в четверг из сообщения пресс-службы, которое было опубликовано на сайте ведомства. Подробности не сообщаются.',
    'Редакция продолжит следить за развитием событий и дополнит материал, когда появятся новые сведения от участников.',
  ],
  en: [
    'The statement was published on Thursday on the official website, and no further details were given at the time of writing.',
    'This story will be updated as more information becomes available from the people and the agencies involved.',
  ],
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageFor(row: Row): string {
  const lang = row.lang === 'ru' ? 'ru' : 'en';
  const [before, after] = FILLER[lang]!;
  const paragraphs = row.sentence.split(' / ').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>News</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"News"}</script>
</head><body><main><article><h1>News</h1>
<p>${before}</p>
${paragraphs}
<p>${after}</p>
</article></main></body></html>`;
}

interface Outcome {
  row: Row;
  verdict: 'right' | 'other' | 'missed' | 'false' | 'clean';
  found: string[];
  badInside: string[];
  badRecord: string[];
}

const packs = compilePacks(SHIPPED_PACKS);
const NOW = new Date('2026-12-01T12:00:00Z');
const ENTRIES = new Map<string, Entry>(SHIPPED_PACKS.flatMap((p) => p.entries.map((e) => [`${p.id}/${e.id}`, e] as [string, Entry])));

/** Words of the label grammar that name no one: bodies, places, designation words ("Минюстом РФ", "Russia"). */
const NOT_NAMES = [...RU_LABEL_GRAMMAR.ru.notNames, ...RU_LABEL_GRAMMAR.en.notNames, ...RU_LABEL_GRAMMAR.ru.russia, ...RU_LABEL_GRAMMAR.en.russia]
  .flatMap((p) => compilePattern(p).words);
const labelWordOnly = (title: string) => {
  const words = fold(title).split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => NOT_NAMES.some((n) => wordMatches(w, n, STEM_SUFFIX)));
};

/** The note names the row's entity: by its title, or (a pack entry) by any of the entry's names. */
function namesEntity(note: PageReport['notes'][number], row: Row): boolean {
  if (sameName(note.title, row.entity, row.entityRu)) return true;
  const entry = ENTRIES.get(note.id);
  return !!entry && Object.values(entry.names).flat().some((n) => sameName(n, row.entity, row.entityRu));
}

function judge(row: Row, report: PageReport): Outcome {
  const types = new Map(report.labels.map((l) => [l.id, l.type]));
  const linked = report.notes.flatMap((n) => n.labels.map((id) => ({ note: n, type: types.get(id) ?? '?' })));
  const found = linked.map((l) => `${l.type} -> ${l.note.title}`);
  const badInside = linked.filter((l) => labelWordOnly(l.note.title)).map((l) => l.note.title);
  const badRecord = linked
    .filter((l) => l.note.kind !== 'unlisted' && !l.note.status.some((s) => designationFits(s.type as DesignationType, l.type as DesignationType)))
    .map((l) => `${l.note.title} (${l.type})`);
  let verdict: Outcome['verdict'];
  if (row.type === 'none') verdict = report.labels.length ? 'false' : 'clean';
  else {
    const ofType = linked.filter((l) => compatibleTypes(l.type, row.type));
    const anyOfType = report.labels.some((l) => compatibleTypes(l.type, row.type));
    if (ofType.some((l) => namesEntity(l.note, row))) verdict = 'right';
    else verdict = anyOfType ? 'other' : 'missed';
  }
  return { row, verdict, found, badInside, badRecord };
}

const rows = readRows(file);
const outcomes: Outcome[] = [];
const started = performance.now();
for (const row of rows) {
  let report: PageReport;
  try {
    report = analyzePage(parseHtml(pageFor(row), row.source || 'https://example.org/news/1').doc, { packs, url: row.source || undefined, now: NOW });
  } catch (e) {
    console.error(`line ${row.line}: ${(e as Error).message}`);
    continue;
  }
  outcomes.push(judge(row, report));
  if (row.line === showLine) console.log(JSON.stringify({ article: report.article, notes: report.notes, labels: report.labels.map((l) => l.id) }, null, 1));
}
const ms = performance.now() - started;

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const groups = new Map<string, Outcome[]>();
for (const o of outcomes) {
  const key = `${o.row.type}\t${o.row.lang}`;
  groups.set(key, [...(groups.get(key) ?? []), o]);
}
console.log('type\tlang\trows\tright\tother\tmissed\tfalse');
for (const [key, list] of [...groups].sort()) {
  const n = (v: Outcome['verdict']) => list.filter((o) => o.verdict === v).length;
  console.log(`${key}\t${list.length}\t${n('right')}\t${n('other')}\t${n('missed')}\t${n('false')}`);
}
const labelled = outcomes.filter((o) => o.row.type !== 'none');
const negatives = outcomes.filter((o) => o.row.type === 'none');
const right = labelled.filter((o) => o.verdict === 'right').length;
const falses = negatives.filter((o) => o.verdict === 'false').length;
const inside = outcomes.filter((o) => o.badInside.length).length;
const record = outcomes.filter((o) => o.badRecord.length).length;
console.log(`\nlabels found and tied right: ${right} of ${labelled.length} (${pct(right, labelled.length)})`);
console.log(`found, tied to another name: ${labelled.filter((o) => o.verdict === 'other').length}; missed: ${labelled.filter((o) => o.verdict === 'missed').length}`);
console.log(`false labels on none rows: ${falses} of ${negatives.length} (${pct(falses, negatives.length)})`);
console.log(`rows with a label tied to a word of the label: ${inside}; tied to an entry with no such record: ${record}`);
console.log(`${outcomes.length} rows in ${(ms / 1000).toFixed(1)} s`);

const show = (o: Outcome) =>
  `  line ${o.row.line} [${o.row.lang}/${o.row.type}] want ${o.row.entity || '-'} / ${o.row.entityRu || '-'}; got ${o.found.join('; ') || 'nothing'}` +
  (verbose ? `\n    ${o.row.sentence}` : '');
const list = (title: string, items: Outcome[]) => {
  if (!items.length) return;
  console.log(`\n${title} (${items.length}):`);
  for (const o of items) console.log(show(o));
};
list('missed', labelled.filter((o) => o.verdict === 'missed'));
list('tied to another name', labelled.filter((o) => o.verdict === 'other'));
list('false labels', negatives.filter((o) => o.verdict === 'false'));
list('tied to a word of the label', outcomes.filter((o) => o.badInside.length));
list('tied to an entry with no such record', outcomes.filter((o) => o.badRecord.length));

if (check && (right < 0.95 * labelled.length || falses > 0.02 * negatives.length || inside || record)) process.exitCode = 1;
