/**
 * Data-driven personas after Automatic Persona Generation (An, Jung, Salminen, Jansen 2018):
 * build the audience-group × post engagement matrix, factorise it with NMF, and turn each
 * latent factor into a persona described by its most representative group.
 *
 * Groups are gender × language × dominant interest: the three traits the traits engine can
 * infer per commenter with some confidence, coarse enough that a group has several members.
 * Region is not part of the key (it is a probability per member); each persona's region is
 * the most likely region of its representative group's members.
 */
import { chooseK } from './choose-k';
import { distinctNames } from './names';
import { matrix } from './nmf';
import { hashString, mulberry32 } from './random';
import { isQuotable, painPoints } from './text';
import type { AudienceMember, Gender, Persona, PersonaInput, PersonaOptions, PersonasResult, SampleSize } from './types';

/** A persona must stand for at least this many members, or it is a story about a handful of people. */
export const MIN_MEMBERS_PER_PERSONA = 10;
export const MIN_POSTS = 3;

interface Group {
  key: string;
  gender: Gender;
  language: string;
  interest: string;
  members: AudienceMember[];
}

export function dominantInterest(m: AudienceMember): string {
  let best = 'unknown';
  let score = 0;
  for (const i of m.interests) {
    if (i.score > score || (i.score === score && score > 0 && i.category < best)) {
      best = i.category;
      score = i.score;
    }
  }
  return best;
}

function topEntries(weights: Map<string, number>, limit: number): string[] {
  return [...weights.entries()]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([key]) => key);
}

function likelyRegion(members: readonly AudienceMember[]): string {
  const mass = new Map<string, number>();
  for (const m of members) for (const r of m.regions) if (r.region !== 'unknown') mass.set(r.region, (mass.get(r.region) ?? 0) + r.p);
  return topEntries(mass, 1)[0] ?? 'unknown';
}

function sampleOf(members: number, engagements: number, posts: number): SampleSize {
  return { members, engagements, posts };
}

export function buildPersonas(input: PersonaInput, options: PersonaOptions = {}): PersonasResult {
  const seed = options.seed ?? 0;
  const maxK = options.maxK ?? 5;
  const minMembers = options.minMembers ?? 30;

  // Suspicious accounts (bots, spam) would become a persona of their own: leave them out.
  const memberByKey = new Map<string, AudienceMember>();
  for (const m of input.members) if (!m.suspicious) memberByKey.set(m.key, m);

  const postIndex = new Map<string, number>();
  const engagedMembers = new Set<string>();
  let engagementTotal = 0;
  for (const e of input.engagements) {
    if (!(e.count > 0) || !memberByKey.has(e.memberKey)) continue;
    engagedMembers.add(e.memberKey);
    engagementTotal += e.count;
    if (!postIndex.has(e.postId)) postIndex.set(e.postId, postIndex.size);
  }
  const sample = sampleOf(engagedMembers.size, engagementTotal, postIndex.size);
  if (engagedMembers.size < minMembers) {
    return {
      status: 'insufficient',
      reason: `Only ${engagedMembers.size} engaged commenters so far; personas need at least ${minMembers}. Open more posts or comment threads of this profile.`,
      sample,
    };
  }
  if (postIndex.size < MIN_POSTS) {
    return {
      status: 'insufficient',
      reason: `Engagement on only ${postIndex.size} post(s) so far; personas need at least ${MIN_POSTS} posts to tell audiences apart.`,
      sample,
    };
  }

  const groups = new Map<string, Group>();
  const groupOfMember = new Map<string, Group>();
  for (const key of engagedMembers) {
    const m = memberByKey.get(key)!;
    const interest = dominantInterest(m);
    const gkey = `${m.gender}|${m.language}|${interest}`;
    let g = groups.get(gkey);
    if (!g) {
      g = { key: gkey, gender: m.gender, language: m.language, interest, members: [] };
      groups.set(gkey, g);
    }
    g.members.push(m);
    groupOfMember.set(key, g);
  }
  const groupList = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const groupIndex = new Map(groupList.map((g, i) => [g.key, i]));
  const postIds = [...postIndex.keys()];
  const n = groupList.length;
  const mCols = postIds.length;

  const V = matrix(n, mCols);
  for (const e of input.engagements) {
    if (!(e.count > 0)) continue;
    const g = groupOfMember.get(e.memberKey);
    if (!g) continue;
    V.data[groupIndex.get(g.key)! * mCols + postIndex.get(e.postId)!]! += e.count;
  }

  // Fewer personas when data is thin: each must stand for MIN_MEMBERS_PER_PERSONA members.
  const supported = Math.max(1, Math.floor(engagedMembers.size / MIN_MEMBERS_PER_PERSONA));
  const { k, fit } = chooseK(V, { maxK: Math.min(maxK, supported), seed });
  const { W, H } = fit;

  const hSum = new Float64Array(k);
  for (let t = 0; t < k; t++) for (let j = 0; j < mCols; j++) hSum[t]! += H.data[t * mCols + j]!;
  // contribution[g][t]: engagement of group g that factor t reconstructs.
  const contribution = (g: number, t: number): number => W.data[g * k + t]! * hSum[t]!;
  const mass = new Float64Array(k);
  const assigned: number[][] = Array.from({ length: k }, () => []);
  for (let g = 0; g < n; g++) {
    let best = 0;
    for (let t = 0; t < k; t++) {
      mass[t]! += contribution(g, t);
      if (contribution(g, t) > contribution(g, best)) best = t;
    }
    assigned[best]!.push(g);
  }
  const factors = Array.from({ length: k }, (_, t) => t).filter((t) => assigned[t]!.length > 0);
  const totalMass = factors.reduce((s, t) => s + mass[t]!, 0) || 1;

  // Column sums of H, to find posts that load on a factor specifically, not just popular posts.
  const colSum = new Float64Array(mCols);
  for (let t = 0; t < k; t++) for (let j = 0; j < mCols; j++) colSum[j]! += H.data[t * mCols + j]!;
  const postById = new Map(input.posts.map((p) => [p.id, p]));
  const commentsByMember = new Map<string, PersonaInput['comments']>();
  for (const c of input.comments) {
    if (!memberByKey.has(c.memberKey)) continue;
    const list = commentsByMember.get(c.memberKey) ?? [];
    list.push(c);
    commentsByMember.set(c.memberKey, list);
  }

  const drafts = factors.map((t) => {
    const groupsOfT = assigned[t]!;
    // The representative group explains the most of this factor's engagement.
    const rep = groupsOfT.reduce((best, g) => (contribution(g, t) > contribution(best, t) ? g : best), groupsOfT[0]!);
    const repGroup = groupList[rep]!;
    const members = groupsOfT.flatMap((g) => groupList[g]!.members);
    const memberKeys = new Set(members.map((m) => m.key));

    const postScores = postIds.map((id, j) => {
      const h = H.data[t * mCols + j]!;
      return { id, score: colSum[j]! > 0 ? (h * h) / colSum[j]! : 0 };
    });
    const definingPosts = postScores
      .filter((p) => p.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, 5)
      .map((p) => p.id);

    const interestWeight = new Map<string, number>();
    for (const m of members) for (const i of m.interests) interestWeight.set(i.category, (interestWeight.get(i.category) ?? 0) + i.score);
    const hashtagCount = new Map<string, number>();
    for (const id of definingPosts) {
      for (const tag of postById.get(id)?.hashtags ?? []) {
        const clean = tag.replace(/^#/, '').toLowerCase();
        if (clean) hashtagCount.set(clean, (hashtagCount.get(clean) ?? 0) + 1);
      }
    }
    const interests = [...new Set([...topEntries(interestWeight, 3), ...topEntries(hashtagCount, 2).map((h) => `#${h}`)])];

    const comments = [...memberKeys].flatMap((key) => commentsByMember.get(key) ?? []);
    const defining = new Set(definingPosts);
    const repKeys = new Set(repGroup.members.map((m) => m.key));
    const quotable = comments.filter((c) => isQuotable(c.text));
    // Most telling first: the representative group on the posts that define the persona.
    const tiers = [
      quotable.filter((c) => repKeys.has(c.memberKey) && defining.has(c.postId)),
      quotable.filter((c) => repKeys.has(c.memberKey)),
      quotable,
    ];
    const pool = tiers.find((tier) => tier.length > 0) ?? [];
    const rng = mulberry32((seed ^ hashString(repGroup.key)) >>> 0);
    const chosen = pool.length > 0 ? pool[Math.floor(rng() * pool.length)]! : null;

    return {
      gender: repGroup.gender,
      language: repGroup.language,
      region: likelyRegion(repGroup.members),
      interests,
      quote: chosen ? { text: chosen.text.trim(), memberKey: chosen.memberKey } : null,
      share: mass[t]! / totalMass,
      sampleSize: members.length,
      definingPosts,
      painPoints: painPoints(comments),
      groupKey: repGroup.key,
    };
  });

  drafts.sort((a, b) => b.share - a.share || (a.groupKey < b.groupKey ? -1 : 1));
  const names = distinctNames(drafts, seed);
  const personas: Persona[] = drafts.map(({ groupKey, ...d }, i) => ({
    id: `persona-${i + 1}-${hashString(`${groupKey}|${seed}`).toString(36)}`,
    name: names[i]!,
    ...d,
  }));
  return { status: 'ok', personas, k: personas.length, sample };
}
