import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '../core/analyze';
import { type CompiledRules, compileRules } from '../core/declutter/rules';
import { formatPackError, isIsoDate, parsePack, validatePack } from '../core/glossary/validate';
import type { CompiledPacks } from '../core/match/matcher';
import { parseHtml } from './dom';
import { collectPages, fileError } from './pages';
import { readable } from './readable';
import { buildRegisterPack, REGISTER_SOURCES } from './register/build-register-pack';
import { rowsFromMinistryCsv } from './register/ministry-csv';

// reading-context: inspect saved pages with the engine, validate packs, build packs from registers.
// Exit codes: 0 done; 1 some input failed (each said on stderr, one line each, the run went on); 2 the command
// line itself is wrong (nothing was read).

export interface CliDeps {
  /** The enabled packs, loaded on first use (the built CLI reads the compiled library it ships). */
  packs: () => CompiledPacks;
  version: string;
  /** Standard input, read when a page is given as "-". */
  stdin?: () => string;
}

type Out = Pick<NodeJS.WritableStream, 'write'>;

const HELP: Record<string, string> = {
  main: `reading-context: the Reading Context engine on saved pages, and tools for pack authors

usage:
  reading-context inspect <page.html|folder|->... [--url URL] [--json] [--now YYYY-MM-DD]
  reading-context validate-pack <pack.json>...
  reading-context build-pack --register foreign-agents|undesirable <register.json|register.csv> --as-of YYYY-MM-DD [--source https://…] [--out pack.json]
  reading-context --version

Run "reading-context <command> --help" for a command's options.`,
  inspect: `usage: reading-context inspect <page.html|folder|->... [--url URL] [--json] [--now YYYY-MM-DD]

Runs the engine on saved pages and prints what the extension would show: whether the page is an article, its
title, language and date, the labels with the entity each refers to, the notes with their status at publication
and now, translation slips, and what would be hidden.
  <page.html>   a saved page; "-" reads one from standard input
  <folder>      every *.html under it; a folder holding source.html (the corpus layout) is that one page
  --url URL     the address the page was saved from (one page only; without it the URL gives no signal)
  --json        the report as JSON; with several pages, one JSON object a line (JSON Lines)
  --now DATE    the day "now" is for status lines (default: today)
With several pages a summary follows. Exit status: 0 all pages read, 1 some failed (each said on stderr), 2 usage.`,
  'validate-pack': `usage: reading-context validate-pack <pack.json>...

Checks glossary packs against the pack format (README, "Writing a pack"): prints "path: ok: …" for a good pack and
"path: reason" for every problem of a bad one. Exit status: 0 all valid, 1 some not, 2 usage.`,
  'build-pack': `usage: reading-context build-pack --register foreign-agents|undesirable <register.json|register.csv> --as-of YYYY-MM-DD [--source https://…] [--out pack.json]

Builds a pack from a copy of a Russian register: the JSON layout of ../shared/registers or the ministry's CSV
export (README, "Register packs").
  --register KIND   foreign-agents or undesirable
  --as-of DATE      the date of the register copy (every note says it)
  --source URL      the https address the copy comes from (default: the public copies)
  --out FILE        write the pack there (default: standard output)
Exit status: 0 built, 1 the register file has problems (each said), 2 usage.`,
};

const OPTIONS = {
  inspect: { url: { type: 'string' }, json: { type: 'boolean' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  'validate-pack': { help: { type: 'boolean', short: 'h' } },
  'build-pack': {
    register: { type: 'string' },
    'as-of': { type: 'string' },
    source: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
} as const;

type Command = keyof typeof OPTIONS;

export async function main(argv: string[], out: Out, err: Out, deps: CliDeps): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return say(out, HELP.main!);
  if (command === '--version' || command === '-V') return say(out, deps.version);
  if (!command || !(command in OPTIONS)) {
    err.write(`${command ? `reading-context: unknown command "${command}"\n\n` : ''}${HELP.main}\n`);
    return 2;
  }
  const parsed = parse(command as Command, rest);
  if (typeof parsed === 'string') return fail(err, `${command}: ${parsed}`);
  if (parsed.values.help) return say(out, HELP[command]!);
  if (command === 'inspect') return inspect(parsed, out, err, deps);
  if (command === 'validate-pack') return validatePacks(parsed.positionals, out, err);
  return buildPack(parsed, out, err);
}

type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] };

/** The command's options, or what is wrong with them in one line. */
function parse(command: Command, args: string[]): Parsed | string {
  try {
    return parseArgs({ args, options: OPTIONS[command], allowPositionals: true, strict: true }) as Parsed;
  } catch (e) {
    const m = /Unknown option '([^']+)'/.exec((e as Error).message);
    if (m) return `unknown option ${m[1]} (see --help)`;
    const v = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec((e as Error).message);
    if (v) return `${v[1]} needs a value`;
    return (e as Error).message.split('\n')[0]!;
  }
}

async function inspect({ values, positionals }: Parsed, out: Out, err: Out, deps: CliDeps): Promise<number> {
  const { json } = values as { json?: boolean };
  let url = values.url as string | undefined;
  const day = values.now as string | undefined;
  if (!positionals.length) return fail(err, 'inspect needs a page, a folder or - (see --help)');
  if (day !== undefined && !isIsoDate(day)) return fail(err, `--now takes a real day as YYYY-MM-DD, not "${day}"`);
  const now = day ? new Date(`${day}T12:00:00Z`) : new Date();
  if (url !== undefined) {
    // Detection reads the address as a browser gives it (location.href): normalised, as the URL parser does.
    const parsed = absoluteUrl(url);
    if (!parsed) return fail(err, `--url takes an absolute URL, not "${url}"`);
    url = parsed;
  }
  const { pages, problems } = collectPages(positionals, deps.stdin ?? (() => readFileSync(0, 'utf8')));
  const many = pages.length + problems.length > 1;
  if (url !== undefined && many) return fail(err, '--url gives the address of one page; several were given');
  for (const p of problems) report(err, p.name, p.reason);

  const started = performance.now();
  const times: number[] = [];
  const counts = { articles: 0, others: 0, failed: problems.length, hidden: 0, notes: 0, labels: 0 };
  let rules: CompiledRules | null = null;
  for (const page of pages) {
    const t0 = performance.now();
    let html: string;
    try {
      html = page.read();
    } catch (e) {
      counts.failed++;
      report(err, page.name, fileError(e));
      continue;
    }
    if (!/<(html|body|head|p|div|article)[\s>]/i.test(html.slice(0, 200_000))) {
      counts.failed++;
      report(err, page.name, 'is not an HTML page');
      continue;
    }
    let result: { report: ReturnType<typeof analyzeDocument>['report']; mentions: Record<string, number> };
    const dom = parseSafely(html, url);
    try {
      if ('error' in dom) throw new Error(dom.error);
      // Compiled once per run: which selectors parse depends on the DOM, not on the page.
      rules ??= compileRules(dom.doc);
      // Without --url the engine gets no address (the DOM's own is a placeholder, see dom.ts).
      const analysis = analyzeDocument(dom.doc, { packs: deps.packs(), url: url ?? 'about:blank', now, rules });
      result = { report: analysis.report, mentions: Object.fromEntries([...analysis.spans].map(([id, spans]) => [id, spans.length])) };
    } catch (e) {
      counts.failed++;
      report(err, page.name, `could not be analysed: ${(e as Error).message.split('\n')[0]}`);
      continue;
    } finally {
      if (!('error' in dom)) await dom.close();
    }
    times.push(performance.now() - t0);
    const r = result.report;
    if (r.article.isArticle) counts.articles++;
    else counts.others++;
    counts.hidden += r.hidden.length;
    counts.notes += r.notes.length;
    counts.labels += r.labels.length;
    if (!many) out.write(json ? `${JSON.stringify(r, null, 2)}\n` : readable(r, result.mentions));
    else if (json) out.write(`${JSON.stringify({ page: page.name, report: r })}\n`);
    else out.write(`== ${page.name}\n${readable(r, result.mentions)}\n`);
  }
  if (many) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary =
      `${pages.length + problems.length} pages: ${counts.articles} articles, ${counts.others} other pages, ${counts.failed} failed; ` +
      `${counts.hidden} items hidden, ${counts.notes} notes, ${counts.labels} labels; ${seconds} s, median ${median(times).toFixed(0)} ms a page\n`;
    (json ? err : out).write(summary);
  }
  return counts.failed ? 1 : 0;
}

function parseSafely(html: string, url: string | undefined): ReturnType<typeof parseHtml> | { error: string } {
  try {
    return parseHtml(html, url);
  } catch (e) {
    return { error: `the page could not be parsed: ${(e as Error).message.split('\n')[0]}` };
  }
}

function validatePacks(files: string[], out: Out, err: Out): number {
  if (!files.length) return fail(err, 'validate-pack needs a pack file (see --help)');
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      failed++;
      report(err, file, fileError(e));
      continue;
    }
    const result = parsePack(text);
    if (!result.ok) {
      failed++;
      for (const e of result.errors) err.write(`${file}: ${formatPackError(e)}\n`);
      continue;
    }
    const p = result.pack;
    out.write(`${file}: ok: ${p.id} ${p.version}, ${p.entries.length} entries, ${p.labels.length} labels\n`);
  }
  return failed ? 1 : 0;
}

/** build-pack: a register copy (the layout of ../shared/registers, or the ministry's CSV) to a pack that validates. */
function buildPack({ values, positionals }: Parsed, out: Out, err: Out): number {
  const kind = values.register as string | undefined;
  const asOf = values['as-of'] as string | undefined;
  const target = values.out as string | undefined;
  const sourceUrl = values.source as string | undefined;
  const [file, ...extra] = positionals;
  if (extra.length) return fail(err, `build-pack takes one register file, not ${positionals.length}`);
  if (sourceUrl !== undefined && !/^https:\/\/[^\s/]+/.test(sourceUrl)) return fail(err, '--source takes the https address the register copy comes from');
  if (kind !== 'foreign-agents' && kind !== 'undesirable') return fail(err, '--register takes foreign-agents or undesirable');
  if (!file) return fail(err, 'build-pack needs a register file (see --help)');
  if (!isIsoDate(asOf)) return fail(err, '--as-of takes the date of the register copy as YYYY-MM-DD');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    report(err, file, fileError(e));
    return 1;
  }
  let rows: unknown;
  // A JSON list of rows (the layout of ../shared/registers), or the ministry's CSV export.
  if (/^\uFEFF?\s*\[/.test(text)) {
    try {
      rows = JSON.parse(text);
    } catch (e) {
      report(err, file, `not valid JSON: ${(e as Error).message}`);
      return 1;
    }
  } else {
    const csv = rowsFromMinistryCsv(kind, text);
    if ('errors' in csv) {
      for (const e of csv.errors) err.write(`${file}: ${e}\n`);
      return 1;
    }
    rows = csv.rows;
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
  if (target) {
    try {
      writeFileSync(target, json);
    } catch (e) {
      report(err, target, fileError(e));
      return 1;
    }
  } else out.write(json);
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

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function say(out: Out, text: string): number {
  out.write(`${text}\n`);
  return 0;
}

/** One input that failed: its name and why, on one line. */
function report(err: Out, name: string, reason: string): void {
  err.write(`reading-context: ${name}: ${reason}\n`);
}

function fail(err: Out, message: string): number {
  err.write(`reading-context: ${message}\n`);
  return 2;
}
