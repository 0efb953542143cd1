/**
 * Data-driven personas after Automatic Persona Generation (An, Jung, Salminen, Jansen 2018):
 * build the audience-group × post engagement matrix, factorise it with NMF, and turn each
 * latent factor into a persona described by its most representative group.
 *
 * Groups are gender × language × dominant interest: the three traits the traits engine can
 * infer per commenter with some confidence, coarse enough that a group has several members.
 * Region is not part of the key (it is a probability per member); each persona's region is
 * the most likely region of its representative group's members.
 *
 * The popup calls this for profiles with 100,000 engagements, so every per-engagement and
 * per-comment step is one pass with integer indices; string keys are hashed once each.
 */
import { chooseK } from './choose-k';
import { distinctNames } from './names';
import { matrix } from './nmf';
import { hashString, mulberry32, type Rng } from './random';
import { isQuotable, painPoints } from './text';
import type { AudienceMember, Gender, Persona, PersonaComment, PersonaInput, PersonaOptions, PersonasResult } from './types';

/** A persona must stand for at least this many members, or it is a story about a handful of people. */
export const MIN_MEMBERS_PER_PERSONA = 10;
export const MIN_POSTS = 3;
/**
 * Pain points read at most this many comments per persona (a seeded sample beyond it), which
 * keeps a 100,000-comment profile within the popup's budget; `painPointSample` says how many.
 */
export const MAX_PAIN_POINT_COMMENTS = 1_000;

interface Group {
  key: string;
  gender: Gender;
  language: string;
  /** Indices into the active members. */
  members: number[];
  /**
   * The members' interests, in member order: category (an index into the categories) and
   * score. Copied while the member objects are at hand, so a persona's interest tally reads
   * two flat arrays instead of chasing every member, its list and its entries again.
   */
  interestCategory: number[];
  interestScore: number[];
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

/** Named buckets that say "somewhere else" rather than where. */
const NOT_A_PLACE = new Set(['unknown', 'OTHER']);

/**
 * Sums weights per name into slots of `sums`, with `slots` naming them: one Map lookup per
 * entry instead of a get and a set (a persona's members carry tens of thousands of interest
 * and region entries). The additions per name happen in the same order as with a Map of
 * sums, so the totals are the same to the last bit.
 */
class Tally {
  private readonly slots = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly sums: number[] = [];

  add(name: string, weight: number): void {
    let slot = this.slots.get(name);
    if (slot === undefined) {
      slot = this.names.length;
      this.slots.set(name, slot);
      this.names.push(name);
      this.sums.push(0);
    }
    this.sums[slot]! += weight;
  }

  toMap(): Map<string, number> {
    return new Map(this.names.map((name, i) => [name, this.sums[i]!]));
  }
}

function likelyRegion(active: readonly AudienceMember[], memberIndices: readonly number[]): string {
  const mass = new Tally();
  for (const mi of memberIndices) for (const r of active[mi]!.regions) if (!NOT_A_PLACE.has(r.region)) mass.add(r.region, r.p);
  return topEntries(mass.toMap(), 1)[0] ?? 'unknown';
}

/** A seeded sample of at most `max` items, in their original order. */
function sample<T>(items: readonly T[], max: number, rng: Rng): T[] {
  if (items.length <= max) return [...items];
  const idx = new Int32Array(items.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  for (let i = 0; i < max; i++) {
    const j = i + Math.floor(rng() * (idx.length - i));
    const x = idx[i]!;
    idx[i] = idx[j]!;
    idx[j] = x;
  }
  // A typed array sorts numerically.
  return Array.from(idx.slice(0, max).sort(), (i) => items[i]!);
}

/** The first quotable comment from a seeded starting point, so only a few are screened. */
function pickQuote(pool: readonly PersonaComment[], rng: Rng): PersonaComment | null {
  if (pool.length === 0) return null;
  const start = Math.floor(rng() * pool.length);
  for (let i = 0; i < pool.length; i++) {
    const c = pool[(start + i) % pool.length]!;
    if (isQuotable(c.text)) return c;
  }
  return null;
}

export function buildPersonas(input: PersonaInput, options: PersonaOptions = {}): PersonasResult {
  const seed = options.seed ?? 0;
  const maxK = options.maxK ?? 5;
  const minMembers = options.minMembers ?? 30;

  // Suspicious accounts (bots, spam) would become a persona of their own: leave them out.
  const active: AudienceMember[] = [];
  const memberIndex = new Map<string, number>();
  for (const m of input.members) {
    if (m.suspicious || memberIndex.has(m.key)) continue;
    memberIndex.set(m.key, active.length);
    active.push(m);
  }

  // One pass over engagements: resolve both keys once, keep integer triples.
  const E = input.engagements.length;
  const eMember = new Int32Array(E);
  const ePost = new Int32Array(E);
  const eCount = new Float64Array(E);
  const postIndex = new Map<string, number>();
  const engaged = new Uint8Array(active.length);
  let used = 0;
  let engagementTotal = 0;
  // Stored engagements come grouped by post, so the previous post's index is usually the answer.
  let lastPost: string | null = null;
  let lastIndex = -1;
  for (const e of input.engagements) {
    if (!(e.count > 0) || e.count === Infinity) continue;
    const mi = memberIndex.get(e.memberKey);
    if (mi === undefined) continue;
    let pj = e.postId === lastPost ? lastIndex : postIndex.get(e.postId);
    if (pj === undefined) {
      pj = postIndex.size;
      postIndex.set(e.postId, pj);
    }
    lastPost = e.postId;
    lastIndex = pj;
    eMember[used] = mi;
    ePost[used] = pj;
    eCount[used] = e.count;
    used++;
    engaged[mi] = 1;
    engagementTotal += e.count;
  }
  let engagedCount = 0;
  for (let i = 0; i < engaged.length; i++) engagedCount += engaged[i]!;
  const sampleSize = { members: engagedCount, engagements: engagementTotal, posts: postIndex.size };
  if (engagedCount < minMembers) {
    return {
      status: 'insufficient',
      reason: `Only ${engagedCount} engaged commenters so far; personas need at least ${minMembers}. Open more posts or comment threads of this profile.`,
      sample: sampleSize,
    };
  }
  if (postIndex.size < MIN_POSTS) {
    return {
      status: 'insufficient',
      reason: `Engagement on only ${postIndex.size} post(s) so far; personas need at least ${MIN_POSTS} posts to tell audiences apart.`,
      sample: sampleSize,
    };
  }

  const groupsByKey = new Map<string, Group>();
  const categories: string[] = [];
  const categoryIndex = new Map<string, number>();
  for (let mi = 0; mi < active.length; mi++) {
    if (!engaged[mi]) continue;
    const m = active[mi]!;
    const key = `${m.gender}|${m.language}|${dominantInterest(m)}`;
    let g = groupsByKey.get(key);
    if (!g) {
      g = { key, gender: m.gender, language: m.language, members: [], interestCategory: [], interestScore: [] };
      groupsByKey.set(key, g);
    }
    g.members.push(mi);
    for (const i of m.interests) {
      let c = categoryIndex.get(i.category);
      if (c === undefined) {
        c = categories.length;
        categoryIndex.set(i.category, c);
        categories.push(i.category);
      }
      g.interestCategory.push(c);
      g.interestScore.push(i.score);
    }
  }
  // Sorted by key so row order, and with it every result, does not depend on input order.
  const groups = [...groupsByKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const memberGroup = new Int32Array(active.length).fill(-1);
  groups.forEach((g, gi) => {
    for (const mi of g.members) memberGroup[mi] = gi;
  });
  // Columns in post-id order, for the same reason.
  const firstSeen = [...postIndex.keys()];
  const postIds = [...firstSeen].sort();
  const column = new Int32Array(firstSeen.length);
  const rank = new Map(postIds.map((id, j) => [id, j]));
  firstSeen.forEach((id, i) => (column[i] = rank.get(id)!));
  const n = groups.length;
  const mCols = postIds.length;

  const V = matrix(n, mCols);
  for (let q = 0; q < used; q++) V.data[memberGroup[eMember[q]!]! * mCols + column[ePost[q]!]!]! += eCount[q]!;

  // Fewer personas when data is thin: each must stand for MIN_MEMBERS_PER_PERSONA members.
  const supported = Math.max(1, Math.floor(engagedCount / MIN_MEMBERS_PER_PERSONA));
  // Engagement counts are roughly Poisson, so ΣV is the residual a perfect model would leave.
  const { k, fit } = chooseK(V, { maxK: Math.min(maxK, supported), seed, noiseFloor: engagementTotal });
  const { W, H } = fit;

  const hSum = new Float64Array(k);
  for (let t = 0; t < k; t++) for (let j = 0; j < mCols; j++) hSum[t]! += H.data[t * mCols + j]!;
  // contribution(g, t): the engagement of group g that factor t reconstructs.
  const contribution = (g: number, t: number): number => W.data[g * k + t]! * hSum[t]!;
  const mass = new Float64Array(k);
  const assigned: number[][] = Array.from({ length: k }, () => []);
  const factorOfGroup = new Int32Array(n);
  for (let g = 0; g < n; g++) {
    let best = 0;
    for (let t = 0; t < k; t++) {
      mass[t]! += contribution(g, t);
      if (contribution(g, t) > contribution(g, best)) best = t;
    }
    assigned[best]!.push(g);
    factorOfGroup[g] = best;
  }
  // A factor no group calls its own describes nobody; its engagement share goes to the rest.
  const factors = Array.from({ length: k }, (_, t) => t).filter((t) => assigned[t]!.length > 0);
  const totalMass = factors.reduce((s, t) => s + mass[t]!, 0) || 1;

  // Column sums of H, to find posts that load on a factor specifically, not just popular posts.
  const colSum = new Float64Array(mCols);
  for (let t = 0; t < k; t++) for (let j = 0; j < mCols; j++) colSum[j]! += H.data[t * mCols + j]!;
  const postById = new Map(input.posts.map((p) => [p.id, p]));
  const cleanTag = (tag: string): string => tag.replace(/^#/, '').toLowerCase();
  // A hashtag on most posts (the creator's signature tag) says nothing about one persona.
  const tagPosts = new Map<string, number>();
  for (const id of postIds) for (const tag of new Set((postById.get(id)?.hashtags ?? []).map(cleanTag))) tagPosts.set(tag, (tagPosts.get(tag) ?? 0) + 1);
  const commonTag = (tag: string): boolean => (tagPosts.get(tag) ?? 0) > 0.5 * postIds.length;

  // One pass over comments: each goes to its author's persona.
  const commentsOfFactor: PersonaComment[][] = Array.from({ length: k }, () => []);
  const commentGroups: number[][] = Array.from({ length: k }, () => []);
  for (const c of input.comments) {
    const mi = memberIndex.get(c.memberKey);
    if (mi === undefined || !engaged[mi]) continue;
    const g = memberGroup[mi]!;
    commentsOfFactor[factorOfGroup[g]!]!.push(c);
    commentGroups[factorOfGroup[g]!]!.push(g);
  }

  const drafts = factors.map((t) => {
    const groupsOfT = assigned[t]!;
    // The representative group explains the most of this factor's engagement.
    const rep = groupsOfT.reduce((best, g) => (contribution(g, t) > contribution(best, t) ? g : best), groupsOfT[0]!);
    const repGroup = groups[rep]!;
    let memberCount = 0;
    for (const g of groupsOfT) memberCount += groups[g]!.members.length;

    const definingPosts = postIds
      .map((id, j) => {
        const h = H.data[t * mCols + j]!;
        return { id, score: colSum[j]! > 0 ? (h * h) / colSum[j]! : 0 };
      })
      .filter((p) => p.score > 0)
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, 5)
      .map((p) => p.id);

    // Per category, the same additions in the same order as member by member.
    const weight = new Float64Array(categories.length);
    const seen = new Uint8Array(categories.length);
    for (const g of groupsOfT) {
      const { interestCategory, interestScore } = groups[g]!;
      for (let e = 0; e < interestCategory.length; e++) {
        const c = interestCategory[e]!;
        weight[c]! += interestScore[e]!;
        seen[c] = 1;
      }
    }
    const interestWeight = new Map<string, number>();
    for (let c = 0; c < categories.length; c++) if (seen[c]) interestWeight.set(categories[c]!, weight[c]!);
    const hashtagCount = new Map<string, number>();
    for (const id of definingPosts) {
      for (const tag of postById.get(id)?.hashtags ?? []) {
        const clean = cleanTag(tag);
        if (clean && !commonTag(clean)) hashtagCount.set(clean, (hashtagCount.get(clean) ?? 0) + 1);
      }
    }
    // Interests that characterise the persona: at least 30% as strong as its strongest, so a
    // weak interest everyone shares (music, say) does not fill every card.
    const strongest = Math.max(0, ...interestWeight.values());
    for (const [category, w] of interestWeight) if (w < 0.3 * strongest) interestWeight.delete(category);
    const interests = [...new Set([...topEntries(interestWeight, 3), ...topEntries(hashtagCount, 2).map((h) => `#${h}`)])];

    const comments = commentsOfFactor[t]!;
    const defining = new Set(definingPosts);
    const groupOf = commentGroups[t]!;
    const fromRep = comments.filter((_, i) => groupOf[i] === rep);
    const rng = mulberry32((seed ^ hashString(repGroup.key)) >>> 0);
    // Most telling first: the representative group on the posts that define the persona.
    const quote =
      pickQuote(fromRep.filter((c) => defining.has(c.postId)), rng) ?? pickQuote(fromRep, rng) ?? pickQuote(comments, rng);
    const analysed = sample(comments, MAX_PAIN_POINT_COMMENTS, rng);

    return {
      gender: repGroup.gender,
      language: repGroup.language,
      region: likelyRegion(active, repGroup.members),
      interests,
      quote: quote ? { text: quote.text.trim(), memberKey: quote.memberKey } : null,
      share: memberCount / engagedCount,
      engagementShare: mass[t]! / totalMass,
      sampleSize: memberCount,
      definingPosts,
      painPoints: painPoints(analysed),
      painPointSample: analysed.length,
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
  return { status: 'ok', personas, k: personas.length, sample: sampleSize };
}
