import { describe, expect, it } from 'vitest';
import { buildPersonas, MIN_POSTS } from '../../lib/personas/build-personas';
import { chooseK } from '../../lib/personas/choose-k';
import { isToxic } from '../../lib/personas/text';
import { mulberry32 } from '../../lib/personas/random';
import { PLANTED_SEGMENTS, plantedAudience, plantedMatrix } from './helpers';

describe('chooseK', () => {
  it.each([
    [2, 1],
    [3, 2],
    [4, 3],
    [5, 4],
  ])('finds the %i planted factors (seed %i)', (k, seed) => {
    const { V } = plantedMatrix(60, 40, k, seed, 0.05);
    const result = chooseK(V, { maxK: 8, seed });
    expect(result.k).toBe(k);
    expect(result.fit.W.cols).toBe(k);
  });

  it('never exceeds maxK or the matrix size', () => {
    const { V } = plantedMatrix(4, 3, 3, 1, 0.05);
    expect(chooseK(V, { maxK: 10 }).k).toBeLessThanOrEqual(3);
    const big = plantedMatrix(60, 40, 6, 2, 0.05).V;
    expect(chooseK(big, { maxK: 2 }).k).toBeLessThanOrEqual(2);
  });

  it('says 1 for structureless rank-one data', () => {
    const { V } = plantedMatrix(30, 20, 1, 3, 0);
    expect(chooseK(V, { maxK: 5 }).k).toBe(1);
  });
});

describe('buildPersonas on three planted segments', () => {
  const input = plantedAudience(42);
  const result = buildPersonas(input, { seed: 1, maxK: 6, minMembers: 30 });

  it('finds one persona per planted segment, described by that segment', () => {
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.k).toBe(3);
    const described = result.personas.map((p) => `${p.gender}|${p.language}|${p.region}`).sort();
    expect(described).toEqual(['female|en|US', 'female|es|MX', 'male|de|DE']);
    for (const p of result.personas) {
      const seg = PLANTED_SEGMENTS.find((s) => s.language === p.language)!;
      expect(p.interests[0]).toBe(seg.interest);
      expect(p.interests).toContain(`#${seg.hashtag}`);
      expect(p.sampleSize).toBe(seg.members);
      expect(p.painPointSample).toBe(seg.members); // one comment each, all read
      expect(p.definingPosts.length).toBeGreaterThan(0);
      const segIndex = PLANTED_SEGMENTS.indexOf(seg);
      for (const id of p.definingPosts) expect(id.startsWith(`p${segIndex}-`)).toBe(true);
    }
  });

  it('shares of members and of engagement each sum to 1 and follow the segments', () => {
    if (result.status !== 'ok') throw new Error('expected ok');
    expect(result.personas.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 9);
    expect(result.personas.reduce((s, p) => s + p.engagementShare, 0)).toBeCloseTo(1, 9);
    for (const p of result.personas) expect(p.share).toBeCloseTo(p.sampleSize / 140, 12);
    // Sorted by share, largest segment (60 members) first.
    expect(result.personas[0]!.language).toBe('en');
    expect(result.personas.map((p) => p.share)).toEqual([...result.personas.map((p) => p.share)].sort((a, b) => b - a));
  });

  it('quotes a real, non-toxic comment of a member of the persona, 20–200 chars', () => {
    if (result.status !== 'ok') throw new Error('expected ok');
    for (const p of result.personas) {
      expect(p.quote).not.toBeNull();
      const { text, memberKey } = p.quote!;
      expect(input.comments.some((c) => c.text === text && c.memberKey === memberKey)).toBe(true);
      expect(input.truth.get(memberKey)).toBe(PLANTED_SEGMENTS.findIndex((s) => s.language === p.language));
      expect(text.length).toBeGreaterThanOrEqual(20);
      expect(text.length).toBeLessThanOrEqual(200);
      expect(isToxic(text)).toBe(false);
    }
  });

  it('carries pain points with real examples and member counts', () => {
    if (result.status !== 'ok') throw new Error('expected ok');
    const en = result.personas.find((p) => p.language === 'en')!;
    const topics = en.painPoints.map((pp) => [pp.kind, pp.topic]);
    expect(topics).toContainEqual(['request', 'eyeliner']);
    const req = en.painPoints.find((pp) => pp.kind === 'request' && pp.topic === 'eyeliner')!;
    expect(req.count).toBe(15); // every 4th of 60 members wrote it
    expect(input.comments.some((c) => c.text === req.example)).toBe(true);
    const de = result.personas.find((p) => p.language === 'de')!;
    expect(de.painPoints.some((pp) => pp.kind === 'complaint' && pp.topic?.includes('grafikkarte'))).toBe(true);
  });

  it('gives typical names, never commenters’ keys, distinct within the result', () => {
    if (result.status !== 'ok') throw new Error('expected ok');
    const names = result.personas.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^\p{Lu}[\p{L}-]+$/u);
  });

  it('is deterministic for a seed, whatever the order of members, engagements and posts', () => {
    expect(buildPersonas(input, { seed: 1, maxK: 6, minMembers: 30 })).toEqual(result);
    const shuffled = {
      ...input,
      members: [...input.members].reverse(),
      engagements: [...input.engagements].reverse(),
      posts: [...input.posts].reverse(),
    };
    expect(buildPersonas(shuffled, { seed: 1, maxK: 6, minMembers: 30 })).toEqual(result);
  });

  it('leaves out a hashtag on most posts and a weak interest everyone shares', () => {
    const tagged = {
      ...input,
      posts: input.posts.map((p) => ({ ...p, hashtags: [...p.hashtags, '#MyBrand'] })),
      members: input.members.map((m) => ({ ...m, interests: [...m.interests, { category: 'music', score: 0.05 }] })),
    };
    const r = buildPersonas(tagged, { seed: 1, maxK: 6, minMembers: 30 });
    if (r.status !== 'ok') throw new Error('expected ok');
    for (const p of r.personas) {
      expect(p.interests).not.toContain('#mybrand');
      expect(p.interests).not.toContain('music');
    }
  });

  it('leaves suspicious members out', () => {
    const flagged = {
      ...input,
      members: input.members.map((m) => (m.language === 'de' ? { ...m, suspicious: true } : m)),
    };
    const r = buildPersonas(flagged, { seed: 1, maxK: 6, minMembers: 30 });
    if (r.status !== 'ok') throw new Error('expected ok');
    expect(r.personas.some((p) => p.language === 'de')).toBe(false);
    expect(r.sample.members).toBe(95);
  });
});

describe('buildPersonas on thin data', () => {
  it.each<[string, { members?: number; posts?: number }, { reason: string; needed: number; members?: number; posts?: number }]>([
    ['too few members', { members: 10 }, { reason: 'too-few-members', needed: 30, members: 20 }],
    ['too few posts', { posts: 1 }, { reason: 'too-few-posts', needed: MIN_POSTS, posts: 2 }],
  ])('%s: says so by code, with the numbers, instead of inventing personas', (_label, shape, expected) => {
    const segments = PLANTED_SEGMENTS.slice(0, 2).map((s) => ({ ...s, members: shape.members ?? s.members }));
    const input = plantedAudience(3, shape.posts ?? 10, segments);
    const r = buildPersonas(input, { minMembers: 30 });
    expect(r.status).toBe('insufficient');
    if (r.status !== 'insufficient') return;
    expect(r).toMatchObject({ reason: expected.reason, needed: expected.needed });
    if (expected.members !== undefined) expect(r.sample.members).toBe(expected.members);
    if (expected.posts !== undefined) expect(r.sample.posts).toBe(expected.posts);
  });

  it('returns fewer personas when each could only stand for a handful of members', () => {
    // 3 segments of 12 members: 36 members support at most 3 personas of 10 each, and maxK 2 caps it.
    const segments = PLANTED_SEGMENTS.map((s) => ({ ...s, members: 12 }));
    const r = buildPersonas(plantedAudience(5, 10, segments), { minMembers: 30, maxK: 2 });
    expect(r.status).toBe('ok');
    if (r.status === 'ok') expect(r.personas.length).toBeLessThanOrEqual(2);
    const tiny = buildPersonas(plantedAudience(5, 10, PLANTED_SEGMENTS.map((s) => ({ ...s, members: 6 }))), { minMembers: 10 });
    if (tiny.status === 'ok') expect(tiny.personas.length).toBe(1);
  });
});

describe('buildPersonas when traits are unknown', () => {
  it('finds the communities by their posts alone, each unknown in every trait, with a neutral name', () => {
    const base = plantedAudience(8);
    const input = {
      ...base,
      members: base.members.map((m) => ({ ...m, gender: 'unknown' as const, language: 'unknown', regions: [], interests: [], ageBand: null })),
    };
    const r = buildPersonas(input, { seed: 2, minMembers: 30 });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.personas.map((p) => p.sampleSize).sort((a, b) => a - b)).toEqual([35, 45, 60]);
    for (const p of r.personas) {
      expect(p).toMatchObject({ gender: 'unknown', language: 'unknown', region: 'unknown' });
      expect(p.traits.gender).toEqual({ value: 'unknown', share: 0, known: 0, top: [] });
      expect(['Alex', 'Sam', 'Robin', 'Charlie', 'Jordan', 'Kim']).toContain(p.name);
      expect(p.interests.every((i) => i.startsWith('#'))).toBe(true);
    }
  });
});

describe('buildPersonas does not fit noise', () => {
  /**
   * `n` members whose gender, language, interest and posts are drawn independently, then
   * `planted` of them (a share) turned into one community: its own traits and, with `ownPosts`,
   * its own posts.
   */
  function audience(n: number, seed: number, planted = 0, ownPosts = false) {
    const rng = mulberry32(seed);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
    const members = Array.from({ length: n }, (_, i) => {
      const inCommunity = i < planted * n;
      const gender = inCommunity ? ('male' as const) : pick(['female', 'male'] as const);
      const language = inCommunity ? 'de' : pick(['en', 'pt', 'es', 'fr']);
      const interest = inCommunity ? 'gaming' : pick(['beauty', 'food', 'travel', 'music']);
      return { key: `m${i}`, gender, language, regions: [], interests: [{ category: interest, score: 1 }] };
    });
    const engagements = members.flatMap((m, i) =>
      Array.from({ length: 1 + Math.floor(rng() * 3) }, () => ({
        memberKey: m.key,
        postId: ownPosts && i < planted * n ? `q${Math.floor(rng() * 5)}` : `p${Math.floor(rng() * 20)}`,
        count: 1,
      })),
    );
    return { members, engagements, posts: [], comments: [] };
  }

  it.each([
    { label: 'independent traits, 300 members → 1 persona', n: 300, planted: 0, own: false, k: 1 },
    { label: 'independent traits, 3,000 members → 1 persona', n: 3000, planted: 0, own: false, k: 1 },
    { label: 'a 20% community on the same posts → 2 personas', n: 500, planted: 0.2, own: false, k: 2 },
    { label: 'a 20% community on its own posts → 2 personas', n: 500, planted: 0.2, own: true, k: 2 },
  ])('$label', ({ n, planted, own, k }) => {
    const r = buildPersonas(audience(n, 11, planted, own), { seed: 1 });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.k).toBe(k);
    if (k === 1) {
      // Described as mixed where it is mixed: no language holds for 60%.
      expect(r.personas[0]!.traits.language.value).toBe('mixed');
      expect(r.personas[0]!.language).toBe('unknown');
    } else {
      const de = r.personas.find((p) => p.language === 'de')!;
      expect(Math.abs(de.share - planted)).toBeLessThan(0.02);
      expect(de.traits.gender).toMatchObject({ value: 'male', share: 1 });
    }
  });
});

describe('buildPersonas options', () => {
  it('treats maxK below 1 as 1 instead of failing', () => {
    const r = buildPersonas(plantedAudience(42), { seed: 1, maxK: 0, minMembers: 30 });
    expect(r.status === 'ok' && r.k).toBe(1);
  });
});
