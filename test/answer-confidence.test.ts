// The refusal decision: a probability from a logistic model fit on the dev sets. These check the
// fitter on invented examples and the decision on an invented corpus.
import { describe, expect, it } from 'vitest';
import { confidenceOf, type ConfidenceFeatures } from '../src/answer/confidence.js';
import { DEFAULT_RANKING, withParams } from '../src/answer/params.js';
import { asParams, fitConfidence, type Example } from '../src/cli/eval/fit-confidence.js';

const features = (over: Partial<ConfidenceFeatures>): ConfidenceFeatures => ({ evidence: 0.8, logEvidence: Math.log(0.8), hasType: 1, typed: 1, logScore: 1, spread: 2, missingNumbers: 0, ...over });

describe('the confidence model', () => {
  // Answerable questions here win with a snippet holding the answer type; unanswerable ones do not.
  const examples: Example[] = [
    ...Array.from({ length: 30 }, (_, i) => ({ features: features({ hasType: 1, logScore: 1 + (i % 5) / 5 }), answerable: true })),
    ...Array.from({ length: 30 }, (_, i) => ({ features: features({ hasType: i % 6 === 0 ? 1 : 0, logScore: 0.2 + (i % 5) / 5 }), answerable: false })),
  ];
  const params = withParams({ ...asParams(fitConfidence(examples)), calibratedConfidence: 1 });

  it('is fit to tell the answerable from the unanswerable by what the ranking saw', () => {
    const answered = confidenceOf(features({ hasType: 1, logScore: 1.5 }), params);
    const refused = confidenceOf(features({ hasType: 0, logScore: 0.4 }), params);
    expect(answered).toBeGreaterThan(0.7);
    expect(refused).toBeLessThan(0.3);
  });

  it('is discounted for each figure of the question the snippet lacks, whatever the model says', () => {
    const full = confidenceOf(features({}), DEFAULT_RANKING);
    expect(confidenceOf(features({ missingNumbers: 1 }), DEFAULT_RANKING)).toBeCloseTo(full * DEFAULT_RANKING.missingNumberFactor, 6);
  });

  it('is 0 when nothing was scored, and the evidence share alone with the model switched off', () => {
    expect(confidenceOf(null, DEFAULT_RANKING)).toBe(0);
    expect(confidenceOf(features({ evidence: 0.3 }), { ...DEFAULT_RANKING, calibratedConfidence: 0 })).toBeCloseTo(0.3, 6);
  });
});
