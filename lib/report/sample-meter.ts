/**
 * How much of a creator's audience has been seen, in words a first-time user can act on:
 * a confidence word for a sample of n commenters, and the next step to a useful sample
 * ("12 commenters so far: open 2 more posts and scroll their comments to reach 100").
 *
 * The thresholds follow the 95% intervals the report draws: with 30 commenters a share near
 * one half is known to about ±18 points, with 100 to about ±10, which is where a persona or a
 * fit score starts to tell creators apart.
 * Pure: numbers in, codes and numbers out; components/ words them.
 */
export const SAMPLE_TARGET = 100;
export const MEDIUM_FROM = 30;

export type Confidence = 'low' | 'medium' | 'high';

export function confidenceOf(n: number): Confidence {
  if (n >= SAMPLE_TARGET) return 'high';
  if (n >= MEDIUM_FROM) return 'medium';
  return 'low';
}

/**
 * The word beside a 95% range (`low`, `high` as shares, 0..1): how far apart its ends are.
 * Within 10 points a figure can be quoted; beyond 25 it only shows a direction.
 */
export function confidenceOfRange(low: number, high: number): Confidence {
  // Rounded to a thousandth: 0.55 - 0.45 is 0.10000000000000003 in floating point.
  const width = Math.round((high - low) * 1000) / 1000;
  if (width <= 0.1) return 'high';
  if (width <= 0.25) return 'medium';
  return 'low';
}

export type NextStep =
  /** No commenter seen yet: open a post and scroll its comments. */
  | { kind: 'first-post' }
  /** About `posts` more posts like the ones seen would reach the target. */
  | { kind: 'more-posts'; posts: number }
  | { kind: 'enough' };

export interface SampleMeter {
  commenters: number;
  target: number;
  confidence: Confidence;
  next: NextStep;
}

/**
 * `postsWithComments`: posts whose comments were captured; the commenters per such post so far
 * estimate how many more posts reach the target (at least one, as a post may add nobody new).
 */
export function sampleMeter(commenters: number, postsWithComments: number): SampleMeter {
  const base = { commenters, target: SAMPLE_TARGET, confidence: confidenceOf(commenters) };
  if (commenters >= SAMPLE_TARGET) return { ...base, next: { kind: 'enough' } };
  if (commenters === 0 || postsWithComments === 0) return { ...base, next: { kind: 'first-post' } };
  const perPost = commenters / postsWithComments;
  return { ...base, next: { kind: 'more-posts', posts: Math.max(1, Math.ceil((SAMPLE_TARGET - commenters) / perPost)) } };
}
