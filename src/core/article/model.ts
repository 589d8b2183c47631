import modelData from './detect-model.json';
import { FEATURES, STAGES, type Stage } from './features';

// The detector's weights are data, learned by scripts/train-detect.ts from labelled pages; this file reads
// them, holds what the training is bound by, and says how much the stages left can still add. Scores are
// log-odds: 0 is the verdict's edge.

export interface DetectModel {
  about: string;
  /** How many labelled pages the weights were learned from. */
  pages: number;
  bias: number;
  weights: Record<string, number>;
}

/**
 * Bounds on learned weights, [least, most]. The address may only tip a close call, and only the way its shape
 * points: most of the labelled articles (Readability's pages) were saved without their address, so left free
 * the training would read "has a story-shaped address" as a sign of the pages that have one, the non-articles.
 */
export const MODEL_LIMITS: Record<string, [number, number]> = {
  'url:listing': [-1.5, 0],
  'url:home': [-1.5, 0],
  'url:story': [0, 1],
};

/**
 * What the training starts from and is drawn back to (an L2 pull towards these, not towards 0): declarations a
 * page rarely makes (a Product, a forum thread) would otherwise get almost no weight from the few labelled
 * pages that have them, though they are among the clearest things a page can say.
 */
export const MODEL_PRIORS: Record<string, number> = {
  'jsonld:article': 2,
  'jsonld:listing': -3,
  'jsonld:product': -3,
  'jsonld:discussion': -3,
  'og:article': 1,
  'og:other': -2,
};

export const MODEL: DetectModel = modelData;

/**
 * For each stage, the least and the most that the stages after it can still add (features are 0..1): once the
 * score so far plus the most is below 0, or plus the least is at or above it, those stages cannot change the
 * verdict.
 */
export function remainingBounds(model: DetectModel): Record<Stage, { least: number; most: number }> {
  const bounds = {} as Record<Stage, { least: number; most: number }>;
  for (const [i, { stage }] of STAGES.entries()) {
    const later = new Set(STAGES.slice(i + 1).map((s) => s.stage));
    let least = 0;
    let most = 0;
    for (const f of FEATURES) {
      if (!later.has(f.stage)) continue;
      const w = model.weights[f.name] ?? 0;
      if (w < 0) least += w;
      else most += w;
    }
    bounds[stage] = { least, most };
  }
  return bounds;
}
