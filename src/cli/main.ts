import { readFileSync, writeFileSync } from 'node:fs';
import { analyzePage } from '../core/analyze';
import { formatPackError, isIsoDate, parsePack, validatePack } from '../core/glossary/validate';
import { buildRegisterPack, REGISTER_SOURCES } from './register/build-register-pack';
import { rowsFromMinistryCsv } from './register/ministry-csv';
import { compilePacks } from '../core/match/matcher';
import type { PageReport } from '../core/report';
import { SHIPPED_PACKS } from '../extension/packs';
import { parseHtml } from './dom';

// reading-context inspect <page.html> [--url U] [--json] [--now YYYY-MM-DD]
// reading-context validate-pack <pack.json>

const USAGE = `usage:
  reading-context inspect <page.html> [--url URL] [--json] [--now YYYY-MM-DD]
  reading-context validate-pack <pack.json>
  reading-context build-pack --register foreign-agents|undesirable <register.json|register.csv> --as-of YYYY-MM-DD [--source https://…] [--out pack.json]`;

export function main(argv: string[], out = process.stdout, err = process.stderr): number {
  const [command, ...rest] = argv;
  if (command === 'inspect') return inspect(rest, out, err);
  if (command === 'validate-pack') return validatePackFile(rest, out, err);
  if (command === 'build-pack') return buildPackFile(rest, out, err);
  err.write(`${USAGE}\n`);
  return 2;
}

function inspect(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  let file: string | undefined;
  let url: string | undefined;
  let json = false;
  let now = new Date();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--url') url = args[++i];
    else if (a === '--now') now = new Date(`${args[++i]}T12:00:00Z`);
    else if (!file && !a.startsWith('--')) file = a;
    else return fail(err, `unknown argument: ${a}`);
  }
  if (!file) return fail(err, 'inspect needs a page file');
  if (Number.isNaN(now.getTime())) return fail(err, '--now takes a date as YYYY-MM-DD');
  // Detection reads the address as a browser gives it (location.href): normalised, as the URL parser does.
  if (url !== undefined) {
    const parsed = absoluteUrl(url);
    if (!parsed) return fail(err, `--url takes an absolute URL, not ${url}`);
    url = parsed;
  }
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(err, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (!/<(html|body|head|p|div|article)[\s>]/i.test(html.slice(0, 200_000)))
    return fail(err, `${file} is not an HTML page`);
  const doc = parseHtml(html, url);
  const report = analyzePage(doc, { packs: compilePacks(SHIPPED_PACKS), url, now });
  out.write(json ? `${JSON.stringify(report, null, 2)}\n` : readable(report));
  return 0;
}

function validatePackFile(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const file = args[0];
  if (!file) return fail(err, 'validate-pack needs a pack file');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(err, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const result = parsePack(text);
  if (!result.ok) {
    for (const e of result.errors) err.write(`${file}: ${formatPackError(e)}\n`);
    return 1;
  }
  const p = result.pack;
  out.write(`${file}: ok: ${p.id} ${p.version}, ${p.entries.length} entries, ${p.labels.length} labels\n`);
  return 0;
}

/** build-pack: a register copy (the layout of ../shared/registers) to a pack that validates. */
function buildPackFile(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  let kind: string | undefined;
  let file: string | undefined;
  let asOf: string | undefined;
  let target: string | undefined;
  let sourceUrl: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--register') kind = args[++i];
    else if (a === '--as-of') asOf = args[++i];
    else if (a === '--out') target = args[++i];
    else if (a === '--source') sourceUrl = args[++i];
    else if (!file && !a.startsWith('--')) file = a;
    else return fail(err, `unknown argument: ${a}`);
  }
  if (sourceUrl !== undefined && !/^https:\/\/[^\s/]+/.test(sourceUrl)) return fail(err, '--source takes the https address the register copy comes from');
  if (kind !== 'foreign-agents' && kind !== 'undesirable') return fail(err, '--register takes foreign-agents or undesirable');
  if (!file) return fail(err, 'build-pack needs a register file');
  if (!isIsoDate(asOf))
    return fail(err, '--as-of takes the date of the register copy as YYYY-MM-DD');
  let rows: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    // A JSON list of rows (the layout of ../shared/registers), or the ministry's CSV export.
    if (/^\uFEFF?\s*\[/.test(text)) rows = JSON.parse(text);
    else {
      const csv = rowsFromMinistryCsv(kind, text);
      if ('errors' in csv) {
        for (const e of csv.errors) err.write(`${file}: ${e}\n`);
        return 1;
      }
      rows = csv.rows;
    }
  } catch (e) {
    return fail(err, `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  // Every record cites the copy it comes from: the public copies by default, else the address given.
  const source = sourceUrl ? { title: `${REGISTER_SOURCES[kind].title.replace(/ \(public copy\)$/, '')} (copy of ${asOf})`, url: sourceUrl } : REGISTER_SOURCES[kind];
  const built = buildRegisterPack(kind, rows, { asOf, source });
  if ('errors' in built) {
    for (const e of built.errors) err.write(`${file}: ${e}\n`);
    return 1;
  }
  const checked = validatePack(built.pack);
  if (!checked.ok) {
    for (const e of checked.errors) err.write(`${file}: built pack: ${formatPackError(e)}\n`);
    return 1;
  }
  const json = `${JSON.stringify(built.pack, null, 1)}\n`;
  if (target) writeFileSync(target, json);
  else out.write(json);
  const names = built.pack.entries.reduce((n, e) => n + Object.values(e.names).flat().length, 0);
  err.write(`${file}: ${built.pack.entries.length} entries, ${names} names${target ? ` -> ${target}` : ''}\n`);
  return 0;
}

/** The address normalised by the URL parser, or null when it is not an absolute URL. */
function absoluteUrl(url: string): string | null {
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

function fail(err: NodeJS.WritableStream, message: string): number {
  err.write(`reading-context: ${message}\n`);
  return 2;
}

export function readable(r: PageReport): string {
  const lines: string[] = [];
  const signals = r.article.signals.map((s) => `${s.name} ${s.weight > 0 ? '+' : ''}${s.weight}`).join(', ');
  lines.push(`Article: ${r.article.isArticle ? 'yes' : 'no'} (confidence ${r.article.confidence}; ${signals})`);
  if (r.meta.title) lines.push(`Title: ${r.meta.title}`);
  lines.push(`Language: ${r.meta.lang ?? 'unknown'}   Published: ${r.meta.published ?? 'unknown'}   Outlet: ${r.meta.outlet ?? 'unknown'}`);
  lines.push(`Hidden: ${r.hidden.length}`);
  for (const h of r.hidden) lines.push(`  - ${h.system} (${h.source}, ${h.chars} chars): ${h.text}`);
  for (const x of r.refused) lines.push(`  refused ${x.system}: ${x.reason}: ${x.text}`);
  lines.push(`Labels: ${r.labels.length}`);
  for (const l of r.labels) {
    const about = r.notes.filter((n) => n.labels.includes(l.id)).map((n) => n.title);
    lines.push(`  - ${l.title} (${l.type}, ${l.occurrences}x) about ${about.join('; ') || 'no one named'}`);
    for (const p of l.printed) lines.push(`      printed: ${p}`);
  }
  lines.push(`Notes: ${r.notes.length}`);
  for (const n of r.notes) {
    const labels = n.labels.length ? ` [labels: ${n.labels.join(', ')}]` : '';
    lines.push(`  - ${n.title} (${n.kind}, ${n.mentions} mention${n.mentions === 1 ? '' : 's'})${labels}`);
    const now = n.dataAsOf ? `now (data of ${n.dataAsOf})` : 'now';
    for (const s of n.status) lines.push(`      at publication: ${s.atPublication ?? 'no date'}; ${now}: ${s.now}`);
  }
  return `${lines.join('\n')}\n`;
}
