/**
 * Data-driven personas from the joint picture of each engaged, non-suspicious member: who
 * they are (gender, language, stated age band, main interest; unknown is missing data) and
 * what they engage with (their posts, as a weighted bag). A latent class model
 * (latent-class.ts) groups members; each added class must predict held-out members
 * significantly better, so traits independent of each other and of the posts give one persona.
 *
 * Each persona is then described by its own members (describe-persona.ts): every trait with
 * the share of the members with a known value who have it, stated only when it holds for
 * most of them. APG's outputs stay: defining posts and topics, a real quote and pain points,
 * all from the persona's own members.
 *
 * The popup calls this for profiles with 100,000 engagements, so the model is chosen on a
 * deterministic sample of members (the first by a hash of what they are and did, which does
 * not depend on input order or on member keys) and everyone is then assigned.
 */
import { describePersona, INTEREST_MIN_SCORE, personaNameSpec, statedValue } from './describe-persona';
import { assignClasses, fitLatentClasses, memberLogLikelihoods, refitKeeping, type LatentClassData, type LatentClassModel } from './latent-class';
import { distinctNames } from './names';
import { deriveSeed, hashString, mulberry32, type Rng } from './random';
import { isQuotable, painPoints } from './text';
import type { AudienceMember, Gender, PersonaComment, Persona, PersonaInput, PersonaOptions, PersonasResult } from './types';

/** A persona must stand for at least this many members, or it is a story about a handful of people. */
export const MIN_MEMBERS_PER_PERSONA = 10;
/** …and for at least this share of the audience, so a persona is a community, not a corner. */
export const MIN_PERSONA_SHARE = 0.05;
export const MIN_POSTS = 3;
/**
 * Pain points read at most this many comments per persona (a seeded sample beyond it), which
 * keeps a 100,000-comment profile within the popup's budget; `painPointSample` says how many.
 */
export const MAX_PAIN_POINT_COMMENTS = 1_000;
/** The model is chosen and fitted on at most this many members; all are then assigned. */
export const FIT_SAMPLE = 1_000;
/** Fold fits start from the sample's fit and only rank the k: a looser stop than the final fit. */
const FOLD_FIT = { tol: 1e-4, maxIter: 50 };
/**
 * A member's posts weigh as much as this many traits at most, and never more than the number
 * of distinct posts they engaged with: enough for communities that differ only by their
 * posts to separate, not so much that a heavy commenter's posts drown who they are. Weighing
 * one comment as several would let the mixture split a community by which post each member
 * happened to pick (docs/personas.md).
 */
export const POST_WEIGHT = 3;

export function dominantInterest(m: AudienceMember): string {
  let best = 'unknown';
  let score = 0;
  for (const i of m.interests) {
    if (i.score > score || (i.score === score && score > 0 && i.category < best)) {
      best = i.category;
      score = i.score;
    }
  }
  return score >= INTEREST_MIN_SCORE ? best : 'unknown';
}

function topEntries(weights: Map<string, number>, limit: number): string[] {
  return [...weights.entries()]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([key]) => key);
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


/**
 * Comments in a canonical order, so quotes and pain-point samples do not depend on input
 * order: by a hash of text and post (numbers sort much faster than strings), then by content.
 */
function canonicalOrder(comments: readonly PersonaComment[]): PersonaComment[] {
  const key = Uint32Array.from(comments, (c) => hashString(`${c.text}\u0000${c.postId}`));
  const idx = Int32Array.from({ length: comments.length }, (_, i) => i).sort((a, b) =>
    key[a] !== key[b] ? key[a]! - key[b]! : byContent(comments[a]!, comments[b]!),
  );
  return Array.from(idx, (i) => comments[i]!);
}

function byContent(a: PersonaComment, b: PersonaComment): number {
  if (a.text !== b.text) return a.text < b.text ? -1 : 1;
  if (a.postId !== b.postId) return a.postId < b.postId ? -1 : 1;
  return a.memberKey < b.memberKey ? -1 : a.memberKey > b.memberKey ? 1 : 0;
}

interface Encoded {
  data: LatentClassData;
  /** Per engaged member (row), a hash of what they are and did: never of their key. */
  hash: Uint32Array;
  /** Rows in (hash, content) order: the order the model reads members in. */
  order: Int32Array;
}

/** Each engaged member's posts in compressed rows, columns ascending, repeats summed. */
interface PostRows {
  ptr: Int32Array;
  post: Int32Array;
  count: Float64Array;
}

/** 32-bit FNV-1a step over one integer. */
function mix(h: number, x: number): number {
  return Math.imul(h ^ (x | 0), 0x01000193) >>> 0;
}

/**
 * Members as the model reads them: gender, language, age band and main interest as
 * categorical codes (-1 unknown), posts as a bag whose weights sum to at most POST_WEIGHT.
 * Region stays out of the model: it is mostly read from the same words as the language, and
 * a model that assumes traits independent within a class would take that tie for structure.
 */
function encode(members: readonly AudienceMember[], rows: PostRows, postCount: number): Encoded {
  const n = members.length;
  const dims: ((m: AudienceMember) => string)[] = [
    (m) => m.gender,
    (m) => m.language,
    (m) => m.ageBand ?? 'unknown',
    dominantInterest,
  ];
  const variables = dims.map((read) => {
    const raw = members.map(read);
    const values = [...new Set(raw)].filter((v) => v !== 'unknown').sort();
    const level = new Map(values.map((v, i) => [v, i]));
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) codes[i] = level.get(raw[i]!) ?? -1;
    return { levels: Math.max(1, values.length), codes };
  });
  const { ptr, post, count } = rows;
  const weight = new Float64Array(post.length);
  const hash = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (const v of variables) h = mix(h, v.codes[i]!);
    let total = 0;
    for (let q = ptr[i]!; q < ptr[i + 1]!; q++) {
      total += count[q]!;
      h = mix(mix(h, post[q]!), Math.round(count[q]! * 1000));
    }
    const scale = Math.min(ptr[i + 1]! - ptr[i]!, POST_WEIGHT) / total;
    for (let q = ptr[i]!; q < ptr[i + 1]!; q++) weight[q] = count[q]! * scale;
    hash[i] = h;
  }
  // Equal hashes (copies of one member, or a collision) fall back to comparing the content.
  const byContent = (a: number, b: number): number => {
    for (const v of variables) if (v.codes[a] !== v.codes[b]) return v.codes[a]! - v.codes[b]!;
    const la = ptr[a + 1]! - ptr[a]!;
    const lb = ptr[b + 1]! - ptr[b]!;
    for (let e = 0; e < Math.min(la, lb); e++) {
      const pa = ptr[a]! + e;
      const pb = ptr[b]! + e;
      if (post[pa] !== post[pb]) return post[pa]! - post[pb]!;
      if (count[pa] !== count[pb]) return count[pa]! - count[pb]!;
    }
    return la - lb;
  };
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (hash[a] !== hash[b] ? hash[a]! - hash[b]! : byContent(a, b)));
  return { data: { n, variables, bag: { size: postCount, ptr, index: post, weight } }, hash, order };
}

export interface ClassChoice {
  k: number;
  model: LatentClassModel;
  /** Held-out log-likelihood per k tried (two folds, each fitted on the other), index k − 1. */
  heldOut: number[];
}

/**
 * How sure a larger model must be to win: its mean held-out gain per member must exceed this
 * many standard errors (a one-sided paired z-test, about 2.3% false alarms). Held-out sums
 * alone let a split of one community by which of its posts each member happened to comment
 * on win by noise.
 */
const MIN_GAIN_Z = 2;

function significantGain(candidate: Float64Array, incumbent: Float64Array): boolean {
  const n = candidate.length;
  if (n < 2) return false;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += candidate[i]! - incumbent[i]!;
  mean /= n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (candidate[i]! - incumbent[i]! - mean) ** 2;
  variance /= n - 1;
  return mean > MIN_GAIN_Z * Math.sqrt(variance / n);
}

/**
 * The number of classes that best predicts held-out members, among those whose every class
 * stands for a persona's minimum of members. Folds split by the member hash, so copies of
 * one member never sit on both sides.
 */
export function chooseClasses(encoded: Encoded, maxK: number, minSize: number, seed: number): ClassChoice {
  const { data, hash, order } = encoded;
  const sampleRows = order.slice(0, Math.min(order.length, FIT_SAMPLE));
  const foldA = sampleRows.filter((i) => ((hash[i]! >>> 7) & 1) === 0);
  const foldB = sampleRows.filter((i) => ((hash[i]! >>> 7) & 1) === 1);
  const rng = (k: number, part: number): Rng => mulberry32(deriveSeed(seed, k * 4 + part));
  const heldOut: number[] = [];
  let best: { k: number; model: LatentClassModel; members: Float64Array } | null = null;
  let misses = 0;
  // Each k's fit also starts from the k − 1 fit, split (see latent-class.ts).
  let previous: LatentClassModel | undefined;
  for (let k = 1; k <= maxK && misses < 2; k++) {
    let { model } = fitLatentClasses(data, sampleRows, k, rng(k, 2), {}, previous);
    previous = model;
    // The fold fits start from this solution, so held-out members judge the solution the
    // personas would come from rather than whichever optimum a fold's own starts reach.
    const all = Array.from({ length: k }, (_, t) => t);
    const onA = refitKeeping(data, foldA, model, all, FOLD_FIT).model;
    const onB = refitKeeping(data, foldB, model, all, FOLD_FIT).model;
    // Per held-out member, in the same order for every k: fold B under A's model, then A under B's.
    const members = new Float64Array(sampleRows.length);
    members.set(memberLogLikelihoods(onA, data, foldB));
    members.set(memberLogLikelihoods(onB, data, foldA), foldB.length);
    heldOut.push(members.reduce((sum, x) => sum + x, 0));
    // Held-out likelihood rises while classes capture structure and falls once they fit
    // noise; two misses in a row end the search.
    if (best && !significantGain(members, best.members)) {
      misses++;
      continue;
    }
    misses = 0;
    // Class sizes on the sample, scaled to the audience: assigning everyone per k would cost
    // more than the fit. A class too small for a persona is dropped and the rest refitted.
    const scale = data.n / sampleRows.length;
    const sizes = new Float64Array(k);
    for (const c of assignClasses(model, data, sampleRows)) sizes[c]! += scale;
    const keep = Array.from({ length: k }, (_, t) => t).filter((t) => sizes[t]! >= minSize);
    if (keep.length < k) {
      if (keep.length <= (best?.k ?? 0)) continue;
      model = refitKeeping(data, sampleRows, model, keep).model;
      const resized = new Float64Array(model.k);
      for (const c of assignClasses(model, data, sampleRows)) resized[c]! += scale;
      if (resized.some((size) => size < minSize)) continue;
    }
    best = { k: model.k, model, members };
  }
  return { k: best!.k, model: best!.model, heldOut };
}

/** Compressed rows from (row, column, count) triples: a counting sort by row, then each row sorted by column with repeats summed. */
function compressRows(n: number, used: number, rowOfEntry: Int32Array, columnOfEntry: Int32Array, counts: Float64Array): PostRows {
  const start = new Int32Array(n + 1);
  for (let q = 0; q < used; q++) start[rowOfEntry[q]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const col = new Int32Array(used);
  const cnt = new Float64Array(used);
  for (let q = 0; q < used; q++) {
    const at = fill[rowOfEntry[q]!]!++;
    col[at] = columnOfEntry[q]!;
    cnt[at] = counts[q]!;
  }
  const ptr = new Int32Array(n + 1);
  const post = new Int32Array(used);
  const count = new Float64Array(used);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const a = start[i]!;
    const b = start[i + 1]!;
    // Insertion sort: a member engages with a handful of posts.
    for (let x = a + 1; x < b; x++) {
      const c = col[x]!;
      const w = cnt[x]!;
      let y = x - 1;
      while (y >= a && col[y]! > c) {
        col[y + 1] = col[y]!;
        cnt[y + 1] = cnt[y]!;
        y--;
      }
      col[y + 1] = c;
      cnt[y + 1] = w;
    }
    for (let x = a; x < b; x++) {
      if (out > ptr[i]! && post[out - 1] === col[x]) count[out - 1]! += cnt[x]!;
      else {
        post[out] = col[x]!;
        count[out] = cnt[x]!;
        out++;
      }
    }
    ptr[i + 1] = out;
  }
  return { ptr, post: post.slice(0, out), count: count.slice(0, out) };
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
  const perMember = new Int32Array(active.length);
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
    perMember[mi]!++;
    used++;
    engagementTotal += e.count;
  }
  // Columns in post-id order and rows in member order, so nothing depends on the order engagements came in.
  const firstSeen = [...postIndex.keys()];
  const postIds = [...firstSeen].sort();
  const rank = new Map(postIds.map((id, j) => [id, j]));
  const column = Int32Array.from(firstSeen, (id) => rank.get(id)!);
  const rowOf = new Int32Array(active.length).fill(-1);
  const engaged: AudienceMember[] = [];
  for (let mi = 0; mi < active.length; mi++) {
    if (perMember[mi]! === 0) continue;
    rowOf[mi] = engaged.length;
    engaged.push(active[mi]!);
  }
  for (let q = 0; q < used; q++) {
    eMember[q] = rowOf[eMember[q]!]!;
    ePost[q] = column[ePost[q]!]!;
  }
  const postRows = compressRows(engaged.length, used, eMember, ePost, eCount);
  const engagedCount = engaged.length;
  const sampleSize = { members: engagedCount, engagements: engagementTotal, posts: postIndex.size };
  if (engagedCount < minMembers) {
    return {
      status: 'insufficient',
      reason: 'too-few-members',
      needed: minMembers,
      sample: sampleSize,
    };
  }
  if (postIndex.size < MIN_POSTS) {
    return {
      status: 'insufficient',
      reason: 'too-few-posts',
      needed: MIN_POSTS,
      sample: sampleSize,
    };
  }

  const encoded = encode(engaged, postRows, postIds.length);
  const minSize = Math.max(MIN_MEMBERS_PER_PERSONA, Math.ceil(MIN_PERSONA_SHARE * engagedCount));
  const supported = Math.max(1, Math.floor(engagedCount / minSize));
  const { k, model } = chooseClasses(encoded, Math.max(1, Math.min(maxK, supported)), minSize, seed);
  const classOf = assignClasses(model, encoded.data);

  const membersOf: number[][] = Array.from({ length: k }, () => []);
  for (let r = 0; r < engagedCount; r++) membersOf[classOf[r]!]!.push(r);
  const classEngagement = new Float64Array(k);
  const classPost = new Float64Array(k * postIds.length);
  const postTotal = new Float64Array(postIds.length);
  for (let r = 0; r < engagedCount; r++) {
    for (let q = postRows.ptr[r]!; q < postRows.ptr[r + 1]!; q++) {
      const j = postRows.post[q]!;
      const c = postRows.count[q]!;
      classEngagement[classOf[r]!]! += c;
      classPost[classOf[r]! * postIds.length + j]! += c;
      postTotal[j]! += c;
    }
  }

  const postById = new Map(input.posts.map((p) => [p.id, p]));
  const cleanTag = (tag: string): string => tag.replace(/^#/, '').toLowerCase();
  // A hashtag on most posts (the creator's signature tag) says nothing about one persona.
  const tagPosts = new Map<string, number>();
  for (const id of postIds) for (const tag of new Set((postById.get(id)?.hashtags ?? []).map(cleanTag))) tagPosts.set(tag, (tagPosts.get(tag) ?? 0) + 1);
  const commonTag = (tag: string): boolean => (tagPosts.get(tag) ?? 0) > 0.5 * postIds.length;

  // One pass over comments: each goes to its author's persona.
  const commentsOf: PersonaComment[][] = Array.from({ length: k }, () => []);
  for (const c of input.comments) {
    const mi = memberIndex.get(c.memberKey);
    if (mi === undefined || rowOf[mi]! < 0) continue;
    commentsOf[classOf[rowOf[mi]!]!]!.push(c);
  }

  const drafts = membersOf
    .map((rows, t) => ({ rows, t }))
    .filter(({ rows }) => rows.length > 0)
    .map(({ rows, t }) => {
      const traits = describePersona(rows.map((r) => engaged[r]!));
      // Posts where this persona's share of the engagement most exceeds its overall share.
      const definingPosts = postIds
        .map((id, j) => {
          const mine = classPost[t * postIds.length + j]!;
          return { id, score: postTotal[j]! > 0 ? (mine * mine) / postTotal[j]! : 0 };
        })
        .filter((p) => p.score > 0)
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, 5)
        .map((p) => p.id);
      const hashtagCount = new Map<string, number>();
      for (const id of definingPosts) {
        for (const tag of postById.get(id)?.hashtags ?? []) {
          const clean = cleanTag(tag);
          if (clean && !commonTag(clean)) hashtagCount.set(clean, (hashtagCount.get(clean) ?? 0) + 1);
        }
      }
      const statedInterests = traits.interests.filter((i) => i.value !== 'mixed' && i.value !== 'unknown').map((i) => i.value);
      const interests = [...new Set([...statedInterests, ...topEntries(hashtagCount, 2).map((h) => `#${h}`)])];

      const comments = canonicalOrder(commentsOf[t]!);
      const defining = new Set(definingPosts);
      const signature = `${statedValue(traits.gender)}|${statedValue(traits.language)}|${definingPosts.join(',')}`;
      const rng = mulberry32((seed ^ hashString(signature)) >>> 0);
      const quote = pickQuote(comments.filter((c) => defining.has(c.postId)), rng) ?? pickQuote(comments, rng);
      const analysed = sample(comments, MAX_PAIN_POINT_COMMENTS, rng);
      const g = statedValue(traits.gender);
      const gender: Gender = g === 'female' || g === 'male' ? g : 'unknown';
      return {
        gender,
        language: statedValue(traits.language),
        region: statedValue(traits.region),
        interests,
        traits,
        quote: quote ? { text: quote.text.trim(), memberKey: quote.memberKey } : null,
        share: rows.length / engagedCount,
        engagementShare: engagementTotal > 0 ? classEngagement[t]! / engagementTotal : 0,
        sampleSize: rows.length,
        definingPosts,
        painPoints: painPoints(analysed),
        painPointSample: analysed.length,
        signature,
      };
    });

  drafts.sort((a, b) => b.share - a.share || (a.signature < b.signature ? -1 : 1));
  const names = distinctNames(
    drafts.map((d) => personaNameSpec(d.traits)),
    seed,
  );
  const personas: Persona[] = drafts.map(({ signature, ...d }, i) => ({
    id: `persona-${i + 1}-${hashString(`${signature}|${seed}`).toString(36)}`,
    name: names[i]!,
    ...d,
  }));
  return { status: 'ok', personas, k: personas.length, sample: sampleSize };
}
