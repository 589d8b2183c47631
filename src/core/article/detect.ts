import type { ArticleReport, ArticleSignal } from '../report';
import { emptyMeasure, FEATURES, type Measured, STAGES } from './features';
import type { JsonLdNode } from './jsonld';
import { type DetectModel, MODEL, remainingBounds } from './model';

export interface ArticleVerdict extends ArticleReport {
  /** The smallest element holding the article body; null when none was found. */
  root: Element | null;
}

export interface DetectOptions {
  url?: string;
  jsonLd: JsonLdNode[];
  /** Containers whose paragraphs are not body text (CompiledRules.bodyExclusion; default: page chrome only). */
  bodyExclusion?: string;
  /** The weights (default: the shipped model, learned by scripts/train-detect.ts). */
  model?: DetectModel;
}

// A page is an article when its features, weighed by the learned model, score at least 0 (log-odds), and a
// body was found. The stages run cheapest first and stop as soon as the ones left could not change the
// verdict (their weights bound what they can add). With the shipped weights that stop comes after the body
// stage on clear non-articles; no declaration outweighs a long body, so the body is always read. The verdict
// is the one a full measurement gives; the signals are those measured, each with its share of the score.

export function detectArticle(doc: Document, options: DetectOptions): ArticleVerdict {
  const model = options.model ?? MODEL;
  // A few dozen additions: cheaper to redo than to cache.
  const bounds = remainingBounds(model);
  const m = emptyMeasure();
  let score = model.bias;
  for (const { stage, measure } of STAGES) {
    measure(doc, options, m);
    score = scoreOf(model, m);
    const left = bounds[stage];
    if (score + left.most < 0) break;
    // Before the body stage there is no root yet, and without a root there is no article.
    if (stage !== 'declared' && (score + left.least >= 0 || !m.root)) break;
  }
  const isArticle = score >= 0 && m.root !== null;
  return { isArticle, confidence: confidenceOf(score), signals: signalsOf(model, m), root: isArticle ? m.root : null };
}

function scoreOf(model: DetectModel, m: Measured): number {
  let score = model.bias;
  for (const name in m.values) score += (model.weights[name] ?? 0) * m.values[name]!;
  return score;
}

/** The measured features that moved the score, strongest first, each with its share (weight times value). */
function signalsOf(model: DetectModel, m: Measured): ArticleSignal[] {
  const signals: ArticleSignal[] = [];
  for (const f of FEATURES) {
    const value = m.values[f.name];
    const weight = round2((model.weights[f.name] ?? 0) * (value ?? 0));
    if (!value || !weight) continue;
    const detail = m.details[f.name];
    signals.push(detail ? { name: f.name, weight, detail } : { name: f.name, weight });
  }
  return signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

/** The model's probability of the verdict it gave: 0.5 at the edge, towards 1 far from it. */
function confidenceOf(score: number): number {
  return round2(1 / (1 + Math.exp(-Math.abs(score))));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
