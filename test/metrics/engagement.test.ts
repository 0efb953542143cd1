import { describe, expect, it } from 'vitest';
import { benchmarkFor, engagementAnomalies, engagementRate, placeRate, type EngagementPost } from '../../lib/metrics/engagement';
import { growth } from '../../lib/metrics/growth';

describe('engagementRate', () => {
  it.each([
    // platform, post, followers, per-post rate
    ['youtube', { id: 'v', likes: 300, comments: 20, views: 10_000, shares: 99 }, 1_000_000, 0.032],
    ['tiktok', { id: 't', likes: 800, comments: 100, views: 10_000, shares: 100 }, 5, 0.1],
    ['instagram', { id: 'i', likes: 300, comments: 20, views: 99 }, 10_000, 0.032],
    ['x', { id: 'x', likes: 40, comments: 5, shares: 5, views: 1 }, 10_000, 0.005],
  ] as const)('%s uses its usual formula', (platform, post, followers, rate) => {
    const r = engagementRate(platform, [post], followers);
    expect(r.rate).toBeCloseTo(rate, 12);
    expect(r.n).toBe(1);
    expect(r.basis).toBe(platform === 'youtube' || platform === 'tiktok' ? 'views' : 'followers');
  });

  it('takes the median over the most recent posts', () => {
    const posts: EngagementPost[] = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      publishedAt: i * 1000,
      likes: i < 10 ? 1_000_000 : 100 + i, // the 10 oldest are huge and fall outside the recent 30
      comments: 0,
    }));
    const r = engagementRate('instagram', posts, 10_000);
    expect(r.n).toBe(30);
    expect(r.rate).toBeCloseTo((100 + 24.5) / 10_000, 12);
  });

  it.each([
    // likes of the posts (followers 100, so the rate is likes / 100), in no order; the median
    [[7], 0.07],
    [[9, 1, 5], 0.05],
    [[8, 2, 6, 4], 0.05],
    [[3, 3, 10, 1, 2], 0.03],
  ])('the rate of posts with likes %j is their median, %f (the middle one, or the mean of the two)', (likes, rate) => {
    const posts: EngagementPost[] = likes.map((l, i) => ({ id: `p${i}`, likes: l, comments: 0 }));
    expect(engagementRate('instagram', posts, 100).rate).toBeCloseTo(rate, 12);
  });

  it('skips posts without likes or a denominator instead of counting them as 0', () => {
    const r = engagementRate('youtube', [{ id: 'a', likes: 10, views: 100 }, { id: 'b', views: 100 }, { id: 'c', likes: 5 }], undefined);
    expect(r).toMatchObject({ n: 1, skipped: 2, rate: 0.1 });
    expect(engagementRate('instagram', [{ id: 'a', likes: 10 }], undefined)).toMatchObject({ rate: null, n: 0, skipped: 1 });
  });
});

describe('benchmarkFor', () => {
  it.each([
    ['instagram', 3_000, { min: 1_000, max: 5_000 }, 0.0338, 0.0442],
    ['instagram', 5_000, { min: 5_000, max: 10_000 }, 0.0125, 0.0162],
    ['instagram', 2_000_000, { min: 1_000_000, max: Infinity }, 0.0102, 0.0127],
    ['tiktok', 75_000, { min: 50_000, max: 100_000 }, 0.0722, 0.0803],
    ['youtube', 250_000, { min: 100_000, max: 500_000 }, 0.0019, 0.0027],
    ['x', 42_000, { min: 10_000, max: 50_000 }, 0.00015, 0.00029],
  ] as const)('%s at %i followers → %o [%f, %f]', (platform, followers, tier, low, high) => {
    const b = benchmarkFor(platform, followers)!;
    expect(b.tier).toEqual(tier);
    expect(b.low).toBeCloseTo(low, 10);
    expect(b.high).toBeCloseTo(high, 10);
    expect(b.source.publisher).toMatch(/Modash|Rival IQ/);
  });

  it('has no tier below 1k followers', () => {
    expect(benchmarkFor('instagram', 999)).toBeNull();
  });

  it.each([
    [0.01, 'below'],
    [0.04, 'average'],
    [0.05, 'above'],
  ] as const)('places %f as %s for a 3k Instagram profile', (rate, place) => {
    expect(placeRate(rate, benchmarkFor('instagram', 3_000)!)).toBe(place);
  });
});

describe('engagementAnomalies', () => {
  const steady = (i: number): EngagementPost => ({ id: `p${i}`, likes: 200 + (i % 5) * 10, comments: 10 + (i % 3), views: 5_000 });

  it('flags a spike far above the robust spread', () => {
    const posts = [...Array.from({ length: 12 }, (_, i) => steady(i)), { id: 'viral', likes: 5_000, comments: 250, views: 5_000 }];
    const flags = engagementAnomalies('youtube', posts, undefined);
    expect(flags.filter((f) => f.kind === 'spike').map((f) => f.postId)).toEqual(['viral']);
    // Numbers, not words: the post's rate against the profile's median rate.
    const spike = flags.find((f) => f.kind === 'spike')!;
    expect(spike.value).toBeCloseTo(5_250 / 5_000, 12);
    expect(spike.typical).toBeCloseTo(engagementRate('youtube', posts, undefined).rate!, 12);
  });

  it('flags an odd likes-to-comments ratio in either direction', () => {
    const posts = [
      ...Array.from({ length: 12 }, (_, i) => steady(i)),
      { id: 'bought-likes', likes: 20_000, comments: 10, views: 400_000 },
      { id: 'giveaway', likes: 200, comments: 400, views: 5_000 },
    ];
    const ratio = engagementAnomalies('youtube', posts, undefined).filter((f) => f.kind === 'ratio').map((f) => f.postId);
    expect(ratio.sort()).toEqual(['bought-likes', 'giveaway']);
  });

  it('stays quiet on steady profiles and on too few posts', () => {
    expect(engagementAnomalies('youtube', Array.from({ length: 12 }, (_, i) => steady(i)), undefined)).toEqual([]);
    expect(engagementAnomalies('youtube', [steady(0), { id: 'x', likes: 99_999, comments: 1, views: 5_000 }], undefined)).toEqual([]);
  });
});

describe('growth', () => {
  const day = 86_400_000;
  it.each([
    ['no visits', [], { change: null, per30Days: null, n: 0 }],
    ['one visit', [{ at: 0, followers: 100 }], { change: null, n: 1 }],
    ['+300 over 60 days', [{ at: 60 * day, followers: 1300 }, { at: 0, followers: 1000 }], { change: 300, per30Days: 150, relativePer30Days: 0.15, sinceLastVisit: 300, spanDays: 60, n: 2 }],
    ['loss between visits', [{ at: 0, followers: 1000 }, { at: 10 * day, followers: 1100 }, { at: 30 * day, followers: 1050 }], { change: 50, per30Days: 50, sinceLastVisit: -50, n: 3 }],
    ['same moment', [{ at: 5, followers: 10 }, { at: 5, followers: 12 }], { change: 2, per30Days: null, relativePer30Days: null }],
  ])('%s', (_label, snapshots, expected) => {
    expect(growth(snapshots)).toMatchObject(expected);
  });
});
