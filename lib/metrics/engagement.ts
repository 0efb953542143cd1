/**
 * Engagement rate by each platform's usual formula, the median over recent posts, placed
 * against published industry benchmarks by follower tier, with anomaly flags.
 *
 * Formulas (per post; the profile's rate is the median over its most recent posts):
 *   youtube    (likes + comments) / views             views-based, as HypeAuditor and Modash do for
 *                                                     YouTube: recommendations, not subscribers, bring viewers.
 *   tiktok     (likes + comments + shares) / views    views-based for the same reason (For You feed);
 *                                                     Modash's benchmark uses views too.
 *   instagram  (likes + comments) / followers         follower-based, HypeAuditor's and Modash's formula
 *                                                     (views are often not public on Instagram).
 *   x          (likes + replies + reposts) / followers  follower-based, Rival IQ's formula; `shares`
 *                                                     carries reposts (and quotes where shown).
 * A count the page did not show is absent, never 0: a post without likes or without its
 * denominator is skipped (and counted in `skipped`); absent comments or shares count as 0.
 */
import { median, medianAbsoluteDeviation } from 'simple-statistics';
import type { Platform } from '../capture/batch';
import {
  FOLLOWER_TIERS,
  PLATFORM_REGISTRY,
  REGISTERED_PLATFORMS,
  type BenchmarkNote,
  type BenchmarkSource,
  type EngagementBasis,
  type FollowerTier,
} from '../capture/platforms';

export interface EngagementPost {
  id: string;
  publishedAt?: number;
  likes?: number;
  comments?: number;
  views?: number;
  shares?: number;
}

export type { EngagementBasis };

/** Each platform's formula, from the platform registry. */
export const ENGAGEMENT_FORMULA: Record<Platform, { basis: EngagementBasis; text: string }> = Object.fromEntries(
  REGISTERED_PLATFORMS.map((p) => [p, { basis: PLATFORM_REGISTRY[p].engagement.basis, text: PLATFORM_REGISTRY[p].engagement.text }]),
) as Record<Platform, { basis: EngagementBasis; text: string }>;

/** HypeAuditor and Modash both rate a profile on its recent posts (12 and 30); we use 30. */
export const RECENT_POSTS = 30;

export interface PostRate {
  id: string;
  rate: number;
  interactions: number;
}

export interface EngagementRate {
  /** The formula is the platform's: components/text.ts words it (text.report.engagementFormula). */
  platform: Platform;
  basis: EngagementBasis;
  /** Median per-post rate as a fraction (0.034 = 3.4%), or null without usable posts. */
  rate: number | null;
  /** Posts the median rests on. */
  n: number;
  skipped: number;
  perPost: PostRate[];
}

function interactionsOf(platform: Platform, p: EngagementPost): number | null {
  if (p.likes === undefined) return null;
  let sum = 0;
  for (const kind of PLATFORM_REGISTRY[platform].engagement.interactions) sum += p[kind] ?? 0;
  return sum;
}

/** Most recent first when dates are known; otherwise the order given (adapters list newest first). */
function recent(posts: readonly EngagementPost[], limit: number): EngagementPost[] {
  const dated = posts.every((p) => p.publishedAt !== undefined);
  const ordered = dated ? [...posts].sort((a, b) => b.publishedAt! - a.publishedAt!) : [...posts];
  return ordered.slice(0, limit);
}

export function engagementRate(
  platform: Platform,
  posts: readonly EngagementPost[],
  followers: number | undefined,
  limit = RECENT_POSTS,
): EngagementRate {
  const { basis } = ENGAGEMENT_FORMULA[platform];
  const perPost: PostRate[] = [];
  let skipped = 0;
  for (const p of recent(posts, limit)) {
    const interactions = interactionsOf(platform, p);
    const denominator = basis === 'views' ? p.views : followers;
    if (interactions === null || denominator === undefined || !(denominator > 0)) {
      skipped++;
      continue;
    }
    perPost.push({ id: p.id, rate: interactions / denominator, interactions });
  }
  return {
    platform,
    basis,
    rate: perPost.length > 0 ? median(perPost.map((p) => p.rate)) : null,
    n: perPost.length,
    skipped,
    perPost,
  };
}

export interface Benchmark {
  platform: Platform;
  tier: FollowerTier;
  /** The published "average" band for the tier, as fractions. */
  low: number;
  high: number;
  basis: EngagementBasis;
  source: BenchmarkSource;
  /** Why the placement is only indicative, as a code (text.report.benchmarkNote words it). */
  note?: BenchmarkNote;
}

/** The published benchmark band for a profile's tier, or null below the smallest tier (1k). */
export function benchmarkFor(platform: Platform, followers: number): Benchmark | null {
  const index = FOLLOWER_TIERS.findIndex((t) => followers >= t.min && followers < t.max);
  if (index < 0) return null;
  const entry = PLATFORM_REGISTRY[platform];
  const table = entry.benchmark;
  const [low, high] = table.bands[index]!;
  return {
    platform,
    tier: FOLLOWER_TIERS[index]!,
    low: low / 100,
    high: high / 100,
    basis: entry.engagement.basis,
    source: table.source,
    ...(table.note ? { note: table.note } : {}),
  };
}

export function placeRate(rate: number, benchmark: Benchmark): 'below' | 'average' | 'above' {
  return rate < benchmark.low ? 'below' : rate > benchmark.high ? 'above' : 'average';
}

export interface Anomaly {
  postId: string;
  kind: 'spike' | 'ratio';
  value: number;
  threshold: number;
  /** The profile's typical value the post is compared with: the median rate (spike) or the
   *  median likes per comment (ratio). Components word the flag from these numbers. */
  typical: number;
}

/** Robust spread: median absolute deviation, scaled to σ for normal data (1.4826). */
function madSigma(values: number[]): number {
  return 1.4826 * medianAbsoluteDeviation(values);
}

export const SPIKE_MADS = 5;
export const RATIO_MADS = 5;
/** With fewer posts a median and MAD say too little to call anything odd. */
export const MIN_POSTS_FOR_ANOMALIES = 5;

/**
 * Spikes: a post whose engagement rate exceeds median + 5·MAD-σ of the recent posts (robust,
 * so one viral post does not hide another). Odd ratio: a post whose log(likes / comments)
 * is more than 5·MAD-σ from the profile's median log ratio, in either direction: far more likes
 * per comment suggests bought likes; far fewer suggests a giveaway or a comment pod. Both are
 * prompts to look, not verdicts.
 */
export function engagementAnomalies(platform: Platform, posts: readonly EngagementPost[], followers: number | undefined): Anomaly[] {
  const { perPost } = engagementRate(platform, posts, followers);
  const anomalies: Anomaly[] = [];
  if (perPost.length >= MIN_POSTS_FOR_ANOMALIES) {
    const rates = perPost.map((p) => p.rate);
    const med = median(rates);
    const sigma = madSigma(rates);
    // All-equal rates give σ = 0; then only a post at 3× the median counts as a spike.
    const threshold = sigma > 0 ? med + SPIKE_MADS * sigma : med * 3;
    for (const p of perPost) {
      if (p.rate > threshold && threshold > 0) {
        anomalies.push({
          postId: p.id,
          kind: 'spike',
          value: p.rate,
          threshold,
          typical: med,
        });
      }
    }
  }
  const withRatio = posts.filter((p) => (p.likes ?? 0) > 0 && (p.comments ?? 0) > 0);
  if (withRatio.length >= MIN_POSTS_FOR_ANOMALIES) {
    const logs = withRatio.map((p) => Math.log(p.likes! / p.comments!));
    const med = median(logs);
    const sigma = Math.max(madSigma(logs), 0.1);
    withRatio.forEach((p, i) => {
      const d = logs[i]! - med;
      if (Math.abs(d) > RATIO_MADS * sigma) {
        anomalies.push({
          postId: p.id,
          kind: 'ratio',
          value: p.likes! / p.comments!,
          threshold: Math.exp(med + Math.sign(d) * RATIO_MADS * sigma),
          typical: Math.exp(med),
        });
      }
    });
  }
  return anomalies;
}
