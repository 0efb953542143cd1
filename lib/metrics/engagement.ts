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
import { PLATFORM_REGISTRY, REGISTERED_PLATFORMS, type EngagementBasis } from '../capture/platforms';

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
  platform: Platform;
  formula: string;
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
  const { basis, text } = ENGAGEMENT_FORMULA[platform];
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
    formula: text,
    basis,
    rate: perPost.length > 0 ? median(perPost.map((p) => p.rate)) : null,
    n: perPost.length,
    skipped,
    perPost,
  };
}

export interface Benchmark {
  platform: Platform;
  tier: string;
  /** The published "average" band for the tier, as fractions. */
  low: number;
  high: number;
  basis: EngagementBasis;
  source: string;
  note?: string;
}

interface Tier {
  label: string;
  min: number;
  /** Exclusive upper bound. */
  max: number;
}

const TIERS: readonly Tier[] = [
  { label: '1k–5k', min: 1_000, max: 5_000 },
  { label: '5k–10k', min: 5_000, max: 10_000 },
  { label: '10k–50k', min: 10_000, max: 50_000 },
  { label: '50k–100k', min: 50_000, max: 100_000 },
  { label: '100k–500k', min: 100_000, max: 500_000 },
  { label: '500k–1M', min: 500_000, max: 1_000_000 },
  { label: '1M+', min: 1_000_000, max: Infinity },
];

/**
 * PUBLISHED INDUSTRY BENCHMARKS, not measurements of ours. Each row is the "Average" band a
 * vendor publishes for the tier, in percent, in TIERS order. Vendors' methods differ from ours
 * in details (median vs mean, which interactions count), so a placement is indicative only.
 */
const BENCHMARKS: Record<Platform, { bands: readonly [number, number][]; basis: EngagementBasis; source: string; note?: string }> = {
  // Modash, "Instagram Engagement Rate Calculator" benchmarks (modash.io, 72M+ profiles,
  // 2023–2024 page): median engagements (likes + comments) / followers, recent 30 posts.
  instagram: {
    bands: [[3.38, 4.42], [1.25, 1.62], [0.84, 1.11], [0.75, 1.01], [0.87, 1.14], [0.88, 1.13], [1.02, 1.27]],
    basis: 'followers',
    source: 'Modash Instagram engagement-rate benchmarks by follower tier (2024)',
  },
  // Modash, "TikTok Engagement Rate Calculator" benchmarks, data of November 2025:
  // median engagements / median views over the recent 30 videos.
  tiktok: {
    bands: [[12.06, 14.04], [10.5, 11.83], [8.38, 9.37], [7.22, 8.03], [6.66, 7.39], [6.19, 6.85], [6.2, 6.84]],
    basis: 'views',
    source: 'Modash TikTok engagement-rate benchmarks by follower tier (Nov 2025)',
  },
  // Modash, "YouTube Engagement Rate Calculator" benchmarks (8M+ channels, 2024 page); the
  // page states engagements / views, yet the figures sit well below typical views-based rates,
  // so we flag the comparison as rough.
  youtube: {
    bands: [[1.47, 2.02], [0.59, 0.82], [0.36, 0.51], [0.23, 0.33], [0.19, 0.27], [0.16, 0.24], [0.13, 0.18]],
    basis: 'views',
    source: 'Modash YouTube engagement-rate benchmarks by subscriber tier (2024)',
    note: 'The published YouTube figures are lower than typical views-based rates: treat this placement as rough.',
  },
  // Rival IQ, Social Media Industry Benchmark Report (2024 and 2025 editions): all-industry
  // median engagement rate per post by follower on X, roughly 0.015–0.029%. Brand accounts,
  // not creators, and not tiered: the same band applies to every tier.
  x: {
    bands: TIERS.map(() => [0.015, 0.029] as [number, number]),
    basis: 'followers',
    source: 'Rival IQ Social Media Industry Benchmark Report (2024–2025), all-industry median for brands',
    note: 'Brand accounts of all sizes, not a creator tier: indicative only.',
  },
};

/** The published benchmark band for a profile's tier, or null below the smallest tier (1k). */
export function benchmarkFor(platform: Platform, followers: number): Benchmark | null {
  const index = TIERS.findIndex((t) => followers >= t.min && followers < t.max);
  if (index < 0) return null;
  const table = BENCHMARKS[platform];
  const [low, high] = table.bands[index]!;
  return {
    platform,
    tier: TIERS[index]!.label,
    low: low / 100,
    high: high / 100,
    basis: table.basis,
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
  text: string;
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
          text: `Engagement ${(p.rate * 100).toFixed(2)}% vs a typical ${(med * 100).toFixed(2)}% for this profile`,
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
          text: `${Math.round(p.likes! / p.comments!)} likes per comment vs a typical ${Math.round(Math.exp(med))} for this profile`,
        });
      }
    });
  }
  return anomalies;
}
