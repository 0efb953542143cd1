/**
 * Ingestion: one validated CaptureBatch → one read-write transaction.
 *
 * Idempotent by construction: every record has a natural key (platform ids), merges keep
 * what is known (a field the page did not show never erases one it showed before), and an
 * engagement is counted only when its comment is new. Whether a comment (or an engagement)
 * is new is decided by its key alone, so it is added without being read first: IndexedDB
 * refuses a key it already holds, and only those refused are read (to grow an engagement's
 * count or update a like count). In a capture most comments are new, and a read per row
 * costs a round trip to the storage process. Seeing the same page twice changes no
 * count; a transaction that dies halfway (worker stopped, quota) is rolled back by
 * IndexedDB, so nothing is half-written; tabs writing at once are serialised by IndexedDB's
 * overlapping read-write scopes, so counts stay exact.
 *
 * Anything async that is not IndexedDB (HMAC of commenter handles) happens before the
 * transaction opens, because awaiting foreign promises inside a Dexie transaction would
 * let it commit early. Traits are derived there too (pure, but not free).
 *
 * Segments move in the same transaction: a member new to a profile's audience adds their
 * contribution to its counts; a member whose traits changed (a new comment said more) is
 * subtracted with the old contribution and added with the new one in every profile they
 * belong to. Traits are merged only from comments that are new, so a page seen twice moves
 * nothing.
 *
 * Ownership (what a page may speak for, lib/capture/page-scope.ts): a stored post keeps the
 * creator it was first stored with; with a page scope, a profile's header and follower count
 * are taken only for the page's creator (the one its address names, else the author of the
 * post it shows), a new post gets an owner only when that owner is the page's creator, and a
 * comment is kept only when its post is the page's post or one the page's creator owns.
 * Comments stored before their post's creator was known join that creator's audience when it
 * becomes known (back-fill), in the same transaction as the post.
 */
import { Dexie, type Table } from 'dexie';
import type { CaptureBatch, Comment, Platform, Post, Profile } from '../capture/batch';
import { handleFromUrl, pageKey } from '../report/page-address';
import { mergeMemberTraits } from '../segments/member-traits';
import {
  addSegmentCounts,
  applyContribution,
  contributionOf,
  emptySegmentCounts,
  sameContribution,
  type MemberContribution,
  type SegmentCounts,
} from '../segments/segments';
import type { PageScope } from '../capture/page-scope';
import { hashedCommentKey } from './comment-key';
import type { PersonaLensDB } from './database';
import {
  audienceIdOf,
  postKeyOf,
  profileIdOf,
  type AudienceRecord,
  type CommentRecord,
  type EngagementRecord,
  type FollowerSnapshotRecord,
  type MemberRecord,
  type MemberTraits,
  type PostRecord,
  type ProfileRecord,
} from './records';

export const DEFAULT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
/** Below this many distinct commenters a batch reads its members one by one without counting the table. */
const MEMBER_SCAN_MIN_KEYS = 500;

export interface IngestOptions {
  /** HMAC of platform and handle under the install secret (lib/traits). */
  memberKey(platform: Platform, handle: string): Promise<string>;
  /** Traits derived from one comment and its author (lib/segments summaryOfTraits); merged per member. */
  traitsFor?(comment: Comment): MemberTraits | undefined;
  retentionMs?: number;
  /**
   * What the sending page may speak for; absent only for trusted callers (tests, the demo,
   * the bench), which then speak for every record of the batch.
   */
  scope?: PageScope;
}

export interface IngestResult {
  profileIds: string[];
  profilesAdded: number;
  postsAdded: number;
  commentsAdded: number;
  membersAdded: number;
  /** Profiles whose segment counts moved. */
  segmentsChanged: string[];
  /** Stored comments that joined a creator's audience because their post's creator became known. */
  commentsBackfilled: number;
  /** What the page scope kept out, for the rejection log. */
  dropped: { profileHeaders: number; postOwners: number; comments: number };
}

/** Newer defined values win; undefined never overwrites a value seen before. */
function mergeDefined<T extends object>(old: T, fresh: Partial<T>): T {
  const out = { ...old };
  for (const [k, v] of Object.entries(fresh)) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function profileRecord(p: Profile, batch: CaptureBatch): ProfileRecord {
  return {
    id: profileIdOf(p.platform, p.handle),
    platform: p.platform,
    handle: p.handle,
    displayName: p.displayName,
    followers: p.followers,
    following: p.following,
    postCount: p.postCount,
    verified: p.verified,
    bio: p.bio,
    firstSeen: batch.capturedAt,
    lastSeen: batch.capturedAt,
    lastSourceUrl: batch.sourceUrl,
  };
}

function postRecord(p: Post, capturedAt: number): PostRecord {
  return {
    key: postKeyOf(p.platform, p.id),
    platform: p.platform,
    postId: p.id,
    profileId: p.authorHandle ? profileIdOf(p.platform, p.authorHandle) : undefined,
    publishedAt: p.publishedAt,
    text: p.text,
    hashtags: p.hashtags,
    likes: p.likes,
    comments: p.comments,
    views: p.views,
    shares: p.shares,
    firstSeen: capturedAt,
    lastSeen: capturedAt,
  };
}

/** Without a page scope: the profile the address names if the batch has it, else the batch's first. */
function primaryProfileId(batch: CaptureBatch): string | undefined {
  const named = handleFromUrl(batch.sourceUrl);
  if (named) {
    const id = profileIdOf(named.platform, named.handle);
    if (batch.profiles.some((p) => profileIdOf(p.platform, p.handle) === id)) return id;
  }
  const first = batch.profiles[0];
  if (first) return profileIdOf(first.platform, first.handle);
  const author = batch.posts.find((p) => p.authorHandle)?.authorHandle;
  return author ? profileIdOf(batch.platform, author) : undefined;
}

/**
 * Adds rows whose key decides whether they are new, without reading them first: IndexedDB
 * refuses a row whose key is already stored (ConstraintError), Dexie takes the refusal up so
 * that the transaction goes on, and the rows added stay. Returns the positions of the rows
 * that were already stored. Any other failure aborts the transaction.
 */
function addUnlessStored<T, K>(table: Table<T, K>, rows: T[]): Promise<Set<number>> {
  // A Dexie promise chain, not an async function: the steps await it from their own async
  // functions, and a native promise awaited two calls deep loses Dexie's transaction zone.
  return table.bulkAdd(rows).then(
    () => new Set<number>(),
    (error: unknown) => {
      if (!(error instanceof Dexie.BulkError)) throw error;
      const stored = new Set<number>();
      for (const [pos, failure] of Object.entries(error.failuresByPos)) {
        if (failure.name !== 'ConstraintError') throw failure;
        stored.add(Number(pos));
      }
      return stored;
    },
  );
}

const byKey =
  <T>(key: (row: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * The stored members among `keys`, in order. A read per key is a round trip each; when the
 * batch names at least half of all stored members (a first large capture), one read of the
 * whole table costs less (a row of a range read costs far less than a single read: docs/storage.md).
 * Member keys are HMACs, spread evenly, so a narrower key range would not help.
 */
function readMembers(db: PersonaLensDB, keys: string[]): Promise<Map<string, MemberRecord>> {
  // Dexie promise chains, for the same reason as addUnlessStored.
  const byKeys = () => db.members.bulkGet(keys).then((rows) => new Map(rows.flatMap((m) => (m ? [[m.key, m] as const] : []))));
  if (keys.length < MEMBER_SCAN_MIN_KEYS) return byKeys();
  return db.members.count().then((stored) => {
    if (stored > keys.length * 2) return byKeys();
    const wanted = new Set(keys);
    return db.members.toArray().then((all) => new Map(all.filter((m) => wanted.has(m.key)).map((m) => [m.key, m] as const)));
  });
}

/** Async work that must not happen inside the transaction: HMACs (WebCrypto) and traits. */
interface Prepared {
  /** Lowercased handle → member key, for every commenter and every post author of the batch. */
  keyByHandle: Map<string, string>;
  /** Traits per comment key, because only comments that turn out to be new may move a member. */
  traitsByComment: Map<string, MemberTraits>;
  /** The key each comment has once retention purged it (only when this platform has such rows). */
  purgedKeyOf: Map<string, string>;
}

async function prepare(db: PersonaLensDB, batch: CaptureBatch, options: IngestOptions): Promise<Prepared> {
  // HMAC every distinct handle once, all at once (WebCrypto works off the main thread; one
  // await per handle would serialise thousands of round trips). Post authors are hashed too:
  // a creator's own comments under a post that gets its creator late are no engagement.
  const handles = new Map<string, Platform>();
  for (const c of batch.comments) handles.set(c.authorHandle.toLowerCase(), c.platform);
  for (const p of batch.posts) if (p.authorHandle) handles.set(p.authorHandle.toLowerCase(), p.platform);
  const keys = await Promise.all([...handles].map(([handle, platform]) => options.memberKey(platform, handle)));
  const keyByHandle = new Map([...handles.keys()].map((handle, i) => [handle, keys[i]!]));
  const traitsByComment = new Map<string, MemberTraits>();
  if (options.traitsFor) {
    for (const c of batch.comments) {
      const key = `${c.platform}:${c.id}`;
      if (traitsByComment.has(key)) continue;
      const traits = options.traitsFor(c);
      if (traits) traitsByComment.set(key, traits);
    }
  }
  // A comment seen again after retention hashed its id must meet its row, not count twice.
  // Hashing every comment costs an HMAC each, so it is done only once the platform has purged
  // rows (a purge between this read and the transaction can let one comment count twice).
  const purgedKeyOf = new Map<string, string>();
  const anyPurged = batch.comments.length > 0 && (await db.comments.where(':id').startsWith(`${batch.platform}:h:`).limit(1).count()) > 0;
  if (anyPurged) {
    const commentKeys = [...new Set(batch.comments.map((c) => `${c.platform}:${c.id}`))];
    const hashed = await Promise.all(commentKeys.map((k) => hashedCommentKey(options.memberKey, k)));
    commentKeys.forEach((k, i) => purgedKeyOf.set(k, hashed[i]!));
  }
  return { keyByHandle, traitsByComment, purgedKeyOf };
}

/** One ingest inside its transaction: what every step reads and the one place writes go through. */
interface Run {
  db: PersonaLensDB;
  batch: CaptureBatch;
  now: number;
  retentionMs: number;
  scope?: PageScope;
  prepared: Prepared;
  result: IngestResult;
  writes: Promise<unknown>[];
}

/**
 * Every write of an ingest goes through here: it is issued at once (IndexedDB runs a
 * transaction's requests in order, so a later read sees it) and awaited together at the end;
 * a failed write aborts the transaction, and its rejection is taken up there.
 */
function write(run: Run, request: Promise<unknown>): void {
  request.catch(() => undefined);
  run.writes.push(request);
}

interface Stored {
  profiles: Map<string, ProfileRecord | undefined>;
  lastSnapshots: Map<string, FollowerSnapshotRecord | undefined>;
  posts: Map<string, PostRecord | undefined>;
  /** Issued first, awaited last: the members of this batch's commenters. */
  members: Promise<Map<string, MemberRecord>>;
}

/** Step 1: the reads every later step needs, issued together (each sequential await is a round trip). */
async function readStored(run: Run, freshProfiles: Map<string, ProfileRecord>, freshPosts: Map<string, PostRecord>): Promise<Stored> {
  const { db, batch } = run;
  const ids = [...freshProfiles.keys()];
  const withFollowers = ids.filter((id) => freshProfiles.get(id)!.followers !== undefined);
  const commentPostKeys = batch.comments.filter((c) => c.postId).map((c) => postKeyOf(c.platform, c.postId!));
  const postKeys = [...new Set([...freshPosts.keys(), ...commentPostKeys])];
  const memberKeys = [...new Set(batch.comments.map((c) => run.prepared.keyByHandle.get(c.authorHandle.toLowerCase())!))].sort();
  const members = readMembers(db, memberKeys);
  members.catch(() => undefined);
  const [profiles, snapshots, posts] = await Promise.all([
    db.profiles.bulkGet(ids),
    Promise.all(
      withFollowers.map((id) => db.followerSnapshots.where('[profileId+at]').between([id, -Infinity], [id, Infinity]).last()),
    ),
    db.posts.bulkGet(postKeys),
  ]);
  return {
    profiles: new Map(ids.map((id, i) => [id, profiles[i]])),
    lastSnapshots: new Map(withFollowers.map((id, i) => [id, snapshots[i]])),
    posts: new Map(postKeys.map((k, i) => [k, posts[i]])),
    members,
  };
}

/**
 * Step 2: the creator this page speaks for: the one its address names, else the owner of the
 * post it shows (as stored, since a stored post never changes owner; else as the batch says).
 */
function pageCreator(run: Run, stored: Stored, freshPosts: Map<string, PostRecord>): string | undefined {
  const { scope } = run;
  if (!scope) return undefined;
  if (scope.namedProfileId) return scope.namedProfileId;
  const addressed = scope.addressedPostKey;
  if (!addressed) return undefined;
  return stored.posts.get(addressed)?.profileId ?? freshPosts.get(addressed)?.profileId;
}

const HEADER_FIELDS = ['displayName', 'followers', 'following', 'postCount', 'verified', 'bio'] as const;

/**
 * Step 3: profiles, and a follower snapshot whenever the count moved since the last one.
 * With a page scope only the page's creator gets its header and count; any other profile of
 * the batch is stored as a bare handle when new and left alone when stored.
 */
function writeProfiles(run: Run, stored: Stored, freshProfiles: Map<string, ProfileRecord>, creator: string | undefined): void {
  const { now, result } = run;
  const rows: ProfileRecord[] = [];
  const snapshots: FollowerSnapshotRecord[] = [];
  for (const [id, fresh] of freshProfiles) {
    const old = stored.profiles.get(id);
    const speaks = !run.scope || id === creator;
    if (!speaks && HEADER_FIELDS.some((f) => fresh[f] !== undefined)) result.dropped.profileHeaders++;
    if (!speaks && old) continue;
    if (!old) result.profilesAdded++;
    const taken = speaks ? fresh : bareProfile(fresh);
    rows.push(old ? mergeDefined(old, { ...taken, firstSeen: old.firstSeen, lastSeen: Math.max(old.lastSeen, now) }) : taken);
    result.profileIds.push(id);
    if (!speaks || fresh.followers === undefined) continue;
    const last = stored.lastSnapshots.get(id);
    if (!last || (last.followers !== fresh.followers && last.at < now)) snapshots.push({ profileId: id, at: now, followers: fresh.followers });
  }
  write(run, run.db.profiles.bulkPut(rows));
  if (snapshots.length) write(run, run.db.followerSnapshots.bulkAdd(snapshots));
}

function bareProfile(p: ProfileRecord): ProfileRecord {
  return { id: p.id, platform: p.platform, handle: p.handle, firstSeen: p.firstSeen, lastSeen: p.lastSeen, lastSourceUrl: p.lastSourceUrl };
}

interface Owners {
  /** Post key → its creator after this batch (undefined: not known yet). */
  of: Map<string, string | undefined>;
  /** Posts whose creator became known in this batch: comments stored before are back-filled. */
  backfill: Map<string, string>;
}

/**
 * Step 4: posts. A stored post keeps its creator whatever a later capture says. A new post (or
 * a stored one whose creator was unknown) takes the creator the batch names, but with a page
 * scope only when that creator is the page's; the counts of a stored post move only from a
 * page that shows it or its creator.
 */
function writePosts(run: Run, stored: Stored, freshPosts: Map<string, PostRecord>, creator: string | undefined): Owners {
  const { now, scope, result } = run;
  const owners: Owners = { of: new Map(), backfill: new Map() };
  for (const [key, old] of stored.posts) owners.of.set(key, old?.profileId);
  const rows: PostRecord[] = [];
  for (const [key, fresh] of freshPosts) {
    const old = stored.posts.get(key);
    const claimed = fresh.profileId;
    const claimAllowed = !scope || claimed === creator;
    const owner = old?.profileId ?? (claimAllowed ? claimed : undefined);
    if (claimed !== undefined && claimed !== owner) result.dropped.postOwners++;
    const inScope = !scope || key === scope.addressedPostKey || (owner !== undefined && owner === creator);
    if (!old) result.postsAdded++;
    const row: PostRecord = old
      ? inScope
        ? mergeDefined(old, { ...fresh, profileId: owner, firstSeen: old.firstSeen, lastSeen: Math.max(old.lastSeen, now) })
        : { ...old, lastSeen: Math.max(old.lastSeen, now) }
      : { ...fresh, profileId: owner };
    if (row.profileId === undefined) delete row.profileId;
    rows.push(row);
    owners.of.set(key, owner);
    // A post new to the database can have comments already: they came first.
    if (old?.profileId === undefined && owner !== undefined) owners.backfill.set(key, owner);
  }
  write(run, run.db.posts.bulkPut(rows));
  return owners;
}

/**
 * Step 6: the batch's comments as rows, each once. With a page scope a comment is kept only
 * when its post is the one the page shows or one the page's creator owns: a page cannot add
 * commenters to someone else's audience. A creator answering under their own post is kept,
 * but is no engagement (`byCreator`), so they join no audience, segment or persona.
 */
function collectComments(run: Run, owners: Owners, creator: string | undefined) {
  const { batch, now, scope, retentionMs, prepared } = run;
  const rows: CommentRecord[] = [];
  const likesOf = new Map<string, number | undefined>();
  const byCreator = new Set<string>();
  const seen = new Set<string>();
  for (const c of batch.comments) {
    const key = `${c.platform}:${c.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const postKey = c.postId ? postKeyOf(c.platform, c.postId) : undefined;
    const profileId = postKey ? owners.of.get(postKey) : undefined;
    if (scope && !(postKey && (postKey === scope.addressedPostKey || (profileId !== undefined && profileId === creator)))) {
      run.result.dropped.comments++;
      continue;
    }
    if (profileId !== undefined && profileId === profileIdOf(c.platform, c.authorHandle)) byCreator.add(key);
    rows.push({
      key,
      platform: c.platform,
      postKey,
      profileId,
      memberKey: prepared.keyByHandle.get(c.authorHandle.toLowerCase())!,
      text: c.text,
      textExpiresAt: now + retentionMs,
      likes: c.likes,
      publishedAt: c.publishedAt,
      replyToKey: c.replyToId ? `${c.platform}:${c.replyToId}` : undefined,
      firstSeen: now,
    });
    likesOf.set(key, c.likes);
  }
  // In key order, as every bulk write here: LevelDB takes ordered keys faster, and the order
  // of writes within a transaction means nothing.
  rows.sort(byKey((c) => c.key));
  return { rows, likes: rows.map((c) => likesOf.get(c.key)), byCreator };
}

/**
 * Step 7: comments and engagements. Every distinct comment is added; those already stored are
 * refused, and only the new ones count as engagement and merge traits. A stored comment
 * changes nothing but its like count; a stored engagement grows by the new comments.
 */
async function writeCommentsAndEngagements(run: Run, comments: ReturnType<typeof collectComments>) {
  const { db, now, result, prepared } = run;
  const { rows: candidates, likes: likesSeen, byCreator } = comments;
  const storedComments = await addUnlessStored(db.comments, candidates);
  // Added under its platform id, but already stored under its purged key: seen before.
  if (prepared.purgedKeyOf.size) {
    const added = candidates.flatMap((c, i) => (storedComments.has(i) ? [] : [i]));
    const purged = await db.comments.bulkGet(added.map((i) => prepared.purgedKeyOf.get(candidates[i]!.key)!));
    const seenBefore = added.filter((_, j) => purged[j] !== undefined);
    if (seenBefore.length) {
      write(run, db.comments.bulkDelete(seenBefore.map((i) => candidates[i]!.key)));
      for (const i of seenBefore) storedComments.add(i);
    }
  }
  result.commentsAdded = candidates.length - storedComments.size;

  // Read only the stored comments whose like count the page showed.
  const likesToCheck = [...storedComments].filter((i) => likesSeen[i] !== undefined);
  const likesRead = db.comments.bulkGet(likesToCheck.map((i) => candidates[i]!.key));
  likesRead.catch(() => undefined);

  const addedTraits = new Map<string, MemberTraits>();
  const engagementDelta = new Map<string, EngagementRecord>();
  for (const [i, comment] of candidates.entries()) {
    if (storedComments.has(i)) continue;
    const { key, memberKey, postKey, profileId } = comment;
    const traits = prepared.traitsByComment.get(key);
    if (traits) addedTraits.set(memberKey, mergeMemberTraits(addedTraits.get(memberKey), traits)!);
    if (postKey && !byCreator.has(key)) {
      const id = `${memberKey}|${postKey}`;
      const e = engagementDelta.get(id);
      if (e) e.count++;
      else engagementDelta.set(id, { id, memberKey, postKey, profileId, count: 1, firstSeen: now, lastSeen: now });
    }
  }

  const seen = [...engagementDelta.values()].sort(byKey((e) => e.id));
  const storedEngagements = [...(await addUnlessStored(db.engagements, seen))].map((i) => seen[i]!);
  const [oldEngagements, oldComments] = await Promise.all([db.engagements.bulkGet(storedEngagements.map((e) => e.id)), likesRead]);
  const grown = storedEngagements.map((delta, i) => {
    const old = oldEngagements[i];
    return old ? { ...old, count: old.count + delta.count, lastSeen: now, profileId: old.profileId ?? delta.profileId } : delta;
  });
  if (grown.length) write(run, db.engagements.bulkPut(grown));
  const updatedComments = likesToCheck.flatMap((i, j): CommentRecord[] => {
    const old = oldComments[j];
    return old && old.likes !== likesSeen[i] ? [{ ...old, likes: likesSeen[i] }] : [];
  });
  if (updatedComments.length) write(run, db.comments.bulkPut(updatedComments));
  const storedIds = new Set(storedEngagements.map((e) => e.id));
  return {
    // Authors of new comments; authors of stored ones only refresh a member already stored (a
    // comment stored under another install's secret has no member of this install's key).
    memberKeys: candidates.filter((_, i) => !storedComments.has(i)).map((c) => c.memberKey),
    seenKeys: candidates.filter((_, i) => storedComments.has(i)).map((c) => c.memberKey),
    engagements: [...seen.filter((e) => !storedIds.has(e.id)), ...grown],
    addedTraits,
  };
}

/**
 * Step 5: back-fill. Comments stored while their post's creator was unknown (a comment list
 * that arrived before the post) now name that creator, and their engagements join its
 * audience; the creator's own comments there are no engagement, so theirs is removed.
 */
async function backfillComments(run: Run, owners: Owners): Promise<EngagementRecord[]> {
  if (!owners.backfill.size) return [];
  const { db, batch, prepared } = run;
  const keys = [...owners.backfill.keys()];
  const [comments, engagements] = await Promise.all([
    db.comments.where('postKey').anyOf(keys).toArray(),
    db.engagements.where('postKey').anyOf(keys).toArray(),
  ]);
  const creatorKey = (profileId: string) => prepared.keyByHandle.get(profileId.slice(batch.platform.length + 1));
  const named = comments.filter((c) => c.profileId === undefined).map((c) => ({ ...c, profileId: owners.backfill.get(c.postKey!)! }));
  run.result.commentsBackfilled = named.length;
  const own: string[] = [];
  const joined: EngagementRecord[] = [];
  for (const e of engagements) {
    if (e.profileId !== undefined) continue;
    const owner = owners.backfill.get(e.postKey)!;
    if (e.memberKey === creatorKey(owner)) own.push(e.id);
    else joined.push({ ...e, profileId: owner });
  }
  if (named.length) write(run, db.comments.bulkPut(named));
  if (joined.length) write(run, db.engagements.bulkPut(joined));
  if (own.length) write(run, db.engagements.bulkDelete(own));
  return joined;
}

/**
 * Step 8: members (first and last seen, traits merged from their new comments, the profiles
 * they belong to) and the audience rows of members who joined a profile; returns how each
 * profile's segment counts move.
 */
async function writeMembers(
  run: Run,
  stored: Stored,
  memberKeys: string[],
  seenKeys: string[],
  engagements: EngagementRecord[],
  backfilled: EngagementRecord[],
  addedTraits: Map<string, MemberTraits>,
): Promise<Map<string, SegmentCounts>> {
  const { db, now, result, batch } = run;
  const joinedBy = new Map<string, Set<string>>();
  for (const { profileId, memberKey } of [...engagements, ...backfilled]) {
    if (!profileId) continue;
    let set = joinedBy.get(memberKey);
    if (!set) joinedBy.set(memberKey, (set = new Set()));
    set.add(profileId);
  }
  const known = await stored.members;
  const keys = [...new Set([...memberKeys, ...seenKeys.filter((k) => known.has(k)), ...joinedBy.keys()])].sort();
  // Members of back-filled comments are not among this batch's commenters: one more read.
  const missing = [...new Set(backfilled.map((e) => e.memberKey))].filter((k) => !known.has(k));
  if (missing.length) for (const m of await db.members.bulkGet(missing)) if (m) known.set(m.key, m);

  const deltas = new Map<string, SegmentCounts>();
  const move = (profileId: string, c: MemberContribution, sign: 1 | -1) => {
    let d = deltas.get(profileId);
    if (!d) deltas.set(profileId, (d = emptySegmentCounts()));
    applyContribution(d, c, sign);
  };
  const joined: AudienceRecord[] = [];
  const rows = keys.map((key): MemberRecord => {
    const old = known.get(key);
    if (!old) result.membersAdded++;
    const traits = mergeMemberTraits(old?.traits, addedTraits.get(key));
    const after = contributionOf(traits);
    const profileIds = old?.profileIds ?? [];
    if (old && traits !== old.traits) {
      const before = contributionOf(old.traits);
      if (!sameContribution(before, after)) {
        for (const p of profileIds) {
          move(p, before, -1);
          move(p, after, 1);
        }
      }
    }
    const fresh = [...(joinedBy.get(key) ?? [])].filter((p) => !profileIds.includes(p));
    for (const p of fresh) {
      move(p, after, 1);
      joined.push({ id: audienceIdOf(p, key), profileId: p, memberKey: key, firstSeen: now });
    }
    const allProfiles = fresh.length ? [...profileIds, ...fresh] : profileIds;
    return old
      ? { ...old, lastSeen: Math.max(old.lastSeen, now), traits, profileIds: allProfiles }
      : { key, platform: batch.platform, traits, profileIds: allProfiles, firstSeen: now, lastSeen: now };
  });
  write(run, db.members.bulkPut(rows));
  write(run, db.audience.bulkPut(joined.sort(byKey((a) => a.id))));
  return deltas;
}

/** Step 9: which profile this page address shows, for the popup. */
function writePage(run: Run, creator: string | undefined): void {
  const page = pageKey(run.batch.sourceUrl);
  const primary = run.scope ? creator : primaryProfileId(run.batch);
  if (page && primary) write(run, run.db.pages.put({ url: page, profileId: primary, capturedAt: run.now }));
}

/** Step 10, the last read round: the segment rows of the profiles whose counts moved. */
async function writeSegments(run: Run, deltas: Map<string, SegmentCounts>): Promise<void> {
  const profilesMoved = [...deltas.keys()];
  if (!profilesMoved.length) return;
  const rows = await run.db.segments.bulkGet(profilesMoved);
  write(
    run,
    run.db.segments.bulkPut(
      profilesMoved.map((profileId, i) => ({
        profileId,
        counts: addSegmentCounts(rows[i]?.counts ?? emptySegmentCounts(), deltas.get(profileId)!),
        updatedAt: run.now,
      })),
    ),
  );
  run.result.segmentsChanged = profilesMoved;
}

export async function ingestBatch(db: PersonaLensDB, batch: CaptureBatch, options: IngestOptions): Promise<IngestResult> {
  const prepared = await prepare(db, batch, options);
  const result: IngestResult = {
    profileIds: [],
    profilesAdded: 0,
    postsAdded: 0,
    commentsAdded: 0,
    membersAdded: 0,
    segmentsChanged: [],
    commentsBackfilled: 0,
    dropped: { profileHeaders: 0, postOwners: 0, comments: 0 },
  };
  const run: Run = {
    db,
    batch,
    now: batch.capturedAt,
    retentionMs: options.retentionMs ?? DEFAULT_RETENTION_MS,
    scope: options.scope,
    prepared,
    result,
    writes: [],
  };
  const tables = [db.profiles, db.followerSnapshots, db.posts, db.comments, db.members, db.engagements, db.pages, db.audience, db.segments];
  await db.transaction('rw', tables, async () => {
    const freshProfiles = new Map(batch.profiles.map((p) => [profileIdOf(p.platform, p.handle), profileRecord(p, batch)]));
    const freshPosts = new Map(batch.posts.map((p) => [postKeyOf(p.platform, p.id), postRecord(p, run.now)]));
    const stored = await readStored(run, freshProfiles, freshPosts);
    const creator = pageCreator(run, stored, freshPosts);
    writeProfiles(run, stored, freshProfiles, creator);
    const owners = writePosts(run, stored, freshPosts, creator);
    // Before this batch's comments are added, so that it reads only comments stored before.
    const backfilled = await backfillComments(run, owners);
    const comments = collectComments(run, owners, creator);
    const { memberKeys, seenKeys, engagements, addedTraits } = await writeCommentsAndEngagements(run, comments);
    const deltas = await writeMembers(run, stored, memberKeys, seenKeys, engagements, backfilled, addedTraits);
    writePage(run, creator);
    await writeSegments(run, deltas);
    await Promise.all(run.writes);
  });
  return result;
}
