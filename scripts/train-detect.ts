// npm run train:detect -- [--write] [--folds N] [dir ...]
//
// Learns the article detector's weights (src/core/article/detect-model.json) from labelled pages: a logistic
// regression over the features of src/core/article/features.ts, every feature measured on every page (no
// early stop), the same DOM and rules the CLI uses. Prints each weight next to what it measures, the verdicts
// on the training pages, and a cross-validation (each fold's pages judged by a model trained without them),
// which is the figure to trust for pages it has not seen. --write saves the model.
//
// Pages: <dir>/<page>/source.html + expected-metadata.json (readerable, url) and <dir>/<page>/page.html +
// expected.json (article.isArticle, url). Default: the three shared corpora and the project's fixtures.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FEATURES, measureAll } from '../src/core/article/features';
import { readJsonLd } from '../src/core/article/jsonld';
import { compileRules } from '../src/core/declutter/rules';
import { parseHtml } from '../src/cli/dom';
import { type DetectModel, MODEL_LIMITS, MODEL_PRIORS } from '../src/core/article/model';

interface Sample {
  name: string;
  x: number[];
  y: 0 | 1;
  /** How much the page counts in training. */
  weight: number;
  hasRoot: boolean;
}

const args = process.argv.slice(2);
const write = args.includes('--write');
const foldsArg = args.indexOf('--folds');
const folds = foldsArg >= 0 ? Number(args[foldsArg + 1]) : 10;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--folds');
const roots = dirs.length
  ? dirs.map((d) => resolve(d))
  : ['../shared/corpus/readability', '../shared/corpus/nonarticles', '../shared/corpus/ru-articles', 'tests/fixtures'].map((d) => resolve(d));

const names = FEATURES.map((f) => f.name);
// A missed article (no notes where they were wanted) costs more than a page wrongly read as one (whose
// sidebar opens only when it finds a label): the goals are 99% recall and 5% false positives.
const ARTICLE_COST = Number(process.env.ARTICLE_COST ?? 1.5);
/** The project's fixtures are behaviours it promises (each a test): they count as this many pages each. */
const FIXTURE_WEIGHT = 3;

function load(dir: string): { name: string; html: string; url?: string; article: boolean }[] {
  const out: { name: string; html: string; url?: string; article: boolean }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const d = join(dir, name);
    if (!statSync(d).isDirectory()) continue;
    if (existsSync(join(d, 'source.html')) && existsSync(join(d, 'expected-metadata.json'))) {
      const m = JSON.parse(readFileSync(join(d, 'expected-metadata.json'), 'utf8')) as { readerable?: unknown; url?: unknown };
      if (typeof m.readerable !== 'boolean') continue;
      out.push({ name: `${dir.split('/').pop()}/${name}`, html: readFileSync(join(d, 'source.html'), 'utf8'), url: typeof m.url === 'string' ? m.url : undefined, article: m.readerable });
    } else if (existsSync(join(d, 'page.html')) && existsSync(join(d, 'expected.json'))) {
      const e = JSON.parse(readFileSync(join(d, 'expected.json'), 'utf8')) as { url?: string; article?: { isArticle?: unknown } };
      if (typeof e.article?.isArticle !== 'boolean') continue;
      out.push({ name: `fixtures/${name}`, html: readFileSync(join(d, 'page.html'), 'utf8'), url: e.url, article: e.article.isArticle });
    }
  }
  return out;
}

function measure(html: string, url: string | undefined): { x: number[]; hasRoot: boolean } {
  const { doc } = parseHtml(html, url);
  const options = { url: url ?? 'about:blank', jsonLd: readJsonLd(doc), bodyExclusion: compileRules(doc).bodyExclusion };
  const m = measureAll(doc, options);
  return { x: names.map((n) => m.values[n] ?? 0), hasRoot: m.root !== null };
}

const samples: Sample[] = [];
for (const dir of roots) {
  for (const page of load(dir)) {
    try {
      const { x, hasRoot } = measure(page.html, page.url);
      samples.push({ name: page.name, x, y: page.article ? 1 : 0, hasRoot, weight: page.name.startsWith('fixtures/') ? FIXTURE_WEIGHT : 1 });
    } catch (e) {
      console.log(`  skipped ${page.name}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
}
const positives = samples.filter((s) => s.y).length;
console.log(`train:detect: ${samples.length} pages (${positives} articles, ${samples.length - positives} not), ${names.length} features`);

/** Limits on a weight: the URL may only tip a close call (MODEL_LIMITS), the rest is free. */
const limit = names.map((n) => MODEL_LIMITS[n] ?? [-Infinity, Infinity]);
const prior = names.map((n) => MODEL_PRIORS[n] ?? 0);

/**
 * Logistic regression by full-batch gradient descent, L2-regularised towards MODEL_PRIORS, the classes weighed equally (there are
 * more articles than not), each weight kept within its limit after every step.
 */
function train(set: Sample[], lambda = Number(process.env.LAMBDA ?? 0.0003), steps = Number(process.env.STEPS ?? 15000), rate = 1): { bias: number; w: number[] } {
  const w = prior.map((p, i) => Math.max(limit[i]![0]!, Math.min(limit[i]![1]!, p)));
  let bias = 0;
  const pos = set.reduce((n, s) => n + (s.y ? s.weight : 0), 0);
  const all = set.reduce((n, s) => n + s.weight, 0);
  const classWeight = (y: number) => (y ? (ARTICLE_COST * all) / (2 * pos) : all / (2 * (all - pos)));
  for (let step = 0; step < steps; step++) {
    const g = new Array<number>(names.length).fill(0);
    let gb = 0;
    for (const s of set) {
      const p = 1 / (1 + Math.exp(-(bias + dot(w, s.x))));
      const err = (p - s.y) * classWeight(s.y) * s.weight;
      gb += err;
      for (let i = 0; i < w.length; i++) g[i]! += err * s.x[i]!;
    }
    bias -= (rate * gb) / all;
    for (let i = 0; i < w.length; i++) {
      const next = w[i]! - rate * (g[i]! / all + lambda * (w[i]! - prior[i]!));
      w[i] = Math.max(limit[i]![0]!, Math.min(limit[i]![1]!, next));
    }
  }
  return { bias, w };
}

const dot = (w: number[], x: number[]) => w.reduce((n, wi, i) => n + wi * x[i]!, 0);
const verdict = (m: { bias: number; w: number[] }, s: Sample) => s.hasRoot && m.bias + dot(m.w, s.x) >= 0;

function report(label: string, judged: { s: Sample; detected: boolean }[]) {
  const misses = judged.filter((j) => j.s.y && !j.detected);
  const fps = judged.filter((j) => !j.s.y && j.detected);
  const pos = judged.filter((j) => j.s.y).length;
  const neg = judged.length - pos;
  console.log(`\n${label}: recall ${pos - misses.length}/${pos} (${((100 * (pos - misses.length)) / pos).toFixed(1)}%), false positives ${fps.length}/${neg} (${((100 * fps.length) / neg).toFixed(1)}%)`);
  if (misses.length) console.log(`  missed: ${misses.map((j) => j.s.name).join(', ')}`);
  if (process.env.EXPLAIN) for (const j of [...misses, ...fps]) console.log(`    ${j.s.name}: ${names.map((n, i) => (j.s.x[i] ? `${n}=${j.s.x[i]}` : '')).filter(Boolean).join(' ')}${j.s.hasRoot ? '' : ' (no root)'}`);
  if (fps.length) console.log(`  false positives: ${fps.map((j) => j.s.name).join(', ')}`);
}

// Cross-validation: folds dealt round-robin over the pages in a seeded shuffle, so each fold mixes corpora.
const order = samples.map((_, i) => i);
let seed = 1;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j]!, order[i]!];
}
const cv: { s: Sample; detected: boolean }[] = [];
for (let f = 0; f < folds; f++) {
  const test = order.filter((_, k) => k % folds === f).map((k) => samples[k]!);
  const model = train(order.filter((_, k) => k % folds !== f).map((k) => samples[k]!));
  for (const s of test) cv.push({ s, detected: verdict(model, s) });
}

const model = train(samples);
console.log('\nweight  feature (what it measures)');
console.log(`${model.bias.toFixed(2).padStart(6)}  (bias)`);
names.forEach((n, i) => console.log(`${model.w[i]!.toFixed(2).padStart(6)}  ${n} (${FEATURES[i]!.means})`));
report('Training pages', samples.map((s) => ({ s, detected: verdict(model, s) })));
report(`Cross-validation, ${folds} folds`, cv);

if (write) {
  const out: DetectModel = {
    about: 'Logistic regression weights of the article detector, written by `npm run train:detect -- --write`; see features.ts.',
    pages: samples.length,
    bias: round(model.bias),
    weights: Object.fromEntries(names.map((n, i) => [n, round(model.w[i]!)])),
  };
  writeFileSync('src/core/article/detect-model.json', `${JSON.stringify(out, null, 2)}\n`);
  console.log('\nwrote src/core/article/detect-model.json');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
