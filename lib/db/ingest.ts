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
import type { PersonaLensDB } from './database';
import {
  audienceIdOf,
  postKeyOf,
  profileIdOf,
  type AudienceRecord,
  type CommentRecord,
  type EngagementRecord,
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
}

export interface IngestResult {
  profileIds: string[];
  profilesAdded: number;
  postsAdded: number;
  commentsAdded: number;
  membersAdded: number;
  /** Profiles whose segment counts moved. */
  segmentsChanged: string[];
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

/** The profile a page is about: the one its address names, else the batch's first. */
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
async function addUnlessStored<T, K>(table: Table<T, K>, rows: T[]): Promise<Set<number>> {
  const stored = new Set<number>();
  try {
    await table.bulkAdd(rows);
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    for (const [pos, failure] of Object.entries(error.failuresByPos)) {
      if (failure.name !== 'ConstraintError') throw failure;
      stored.add(Number(pos));
    }
  }
  return stored;
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
async function readMembers(db: PersonaLensDB, keys: string[]): Promise<(MemberRecord | undefined)[]> {
  if (keys.length < MEMBER_SCAN_MIN_KEYS) return db.members.bulkGet(keys);
  const stored = await db.members.count();
  if (stored > keys.length * 2) return db.members.bulkGet(keys);
  const wanted = new Set(keys);
  const found = new Map<string, MemberRecord>();
  for (const m of await db.members.toArray()) if (wanted.has(m.key)) found.set(m.key, m);
  return keys.map((k) => found.get(k));
}

export async function ingestBatch(
  db: PersonaLensDB,
  batch: CaptureBatch,
  options: IngestOptions,
): Promise<IngestResult> {
  const now = batch.capturedAt;
  const retentionMs = options.retentionMs ?? DEFAULT_RETENTION_MS;

  // Outside the transaction: HMAC every distinct commenter once, all at once (WebCrypto
  // works off the main thread; one await per handle would serialise thousands of round trips).
  const handles = new Map<string, Platform>();
  for (const c of batch.comments) handles.set(c.authorHandle.toLowerCase(), c.platform);
  const keys = await Promise.all([...handles].map(([handle, platform]) => options.memberKey(platform, handle)));
  const keyByHandle = new Map([...handles.keys()].map((handle, i) => [handle, keys[i]!]));
  // Per comment, because only comments that turn out to be new may move a member's traits.
  const traitsByComment = new Map<string, MemberTraits>();
  if (options.traitsFor) {
    for (const c of batch.comments) {
      const key = `${c.platform}:${c.id}`;
      if (traitsByComment.has(key)) continue;
      const traits = options.traitsFor(c);
      if (traits) traitsByComment.set(key, traits);
    }
  }

  const result: IngestResult = {
    profileIds: [],
    profilesAdded: 0,
    postsAdded: 0,
    commentsAdded: 0,
    membersAdded: 0,
    segmentsChanged: [],
  };

  await db.transaction(
    'rw',
    [
      db.profiles,
      db.followerSnapshots,
      db.posts,
      db.comments,
      db.members,
      db.engagements,
      db.pages,
      db.audience,
      db.segments,
    ],
    async () => {
      // Reads, issued together: each sequential await is a round trip to the browser's storage
      // process. Comments and engagements are not read up front: their keys alone say whether
      // they are new (see addUnlessStored), and in a capture most of them are.
      const freshProfiles = new Map(batch.profiles.map((p) => [profileIdOf(p.platform, p.handle), profileRecord(p, batch)]));
      const ids = [...freshProfiles.keys()];
      const withFollowers = ids.filter((id) => freshProfiles.get(id)!.followers !== undefined);
      const freshPosts = new Map(batch.posts.map((p) => [postKeyOf(p.platform, p.id), postRecord(p, now)]));
      const commentPostKeys = batch.comments.filter((c) => c.postId).map((c) => postKeyOf(c.platform, c.postId!));
      const postKeys = [...new Set([...freshPosts.keys(), ...commentPostKeys])];
      const memberKeys = [...new Set(keyByHandle.values())].sort();
      const membersRead = readMembers(db, memberKeys);
      membersRead.catch(() => undefined);
      const [existingProfiles, lastSnapshots, existingPosts] = await Promise.all([
        db.profiles.bulkGet(ids),
        Promise.all(
          withFollowers.map((id) => db.followerSnapshots.where('[profileId+at]').between([id, -Infinity], [id, Infinity]).last()),
        ),
        db.posts.bulkGet(postKeys),
      ]);
      const writes: Promise<unknown>[] = [];

      // Profiles, and a follower snapshot whenever the count moved since the last one.
      const profileRows: ProfileRecord[] = ids.map((id, i) => {
        const fresh = freshProfiles.get(id)!;
        const old = existingProfiles[i];
        if (!old) result.profilesAdded++;
        return old ? mergeDefined(old, { ...fresh, firstSeen: old.firstSeen, lastSeen: Math.max(old.lastSeen, now) }) : fresh;
      });
      const snapshots = withFollowers
        .map((id, i) => ({ id, last: lastSnapshots[i], followers: freshProfiles.get(id)!.followers! }))
        .filter(({ last, followers }) => !last || (last.followers !== followers && last.at < now))
        .map(({ id, followers }) => ({ profileId: id, at: now, followers }));
      writes.push(db.profiles.bulkPut(profileRows), db.followerSnapshots.bulkAdd(snapshots));
      result.profileIds = ids;

      // Posts.
      const storedPost = new Map(postKeys.map((k, i) => [k, existingPosts[i]]));
      const postRows = [...freshPosts].map(([key, fresh]) => {
        const old = storedPost.get(key);
        if (!old) result.postsAdded++;
        return old ? mergeDefined(old, { ...fresh, firstSeen: old.firstSeen, lastSeen: Math.max(old.lastSeen, now) }) : fresh;
      });
      writes.push(db.posts.bulkPut(postRows));
      // A failed write aborts the transaction; the rejection is taken up by Promise.all below.
      for (const w of writes) w.catch(() => undefined);

      // Comments: every distinct one is added; those already stored are refused, and only the
      // new ones count as engagement.
      const postProfile = new Map<string, string | undefined>(postKeys.map((k) => [k, storedPost.get(k)?.profileId]));
      for (const p of postRows) postProfile.set(p.key, p.profileId);
      const candidates: CommentRecord[] = [];
      const likesOf = new Map<string, number | undefined>();
      const seenInBatch = new Set<string>();
      // The creator answering under their own post is not their audience: the comment is kept,
      // but it is no engagement, so it joins no audience, segment or persona.
      const byCreator = new Set<string>();
      for (const c of batch.comments) {
        const key = `${c.platform}:${c.id}`;
        if (seenInBatch.has(key)) continue;
        seenInBatch.add(key);
        const postKey = c.postId ? postKeyOf(c.platform, c.postId) : undefined;
        const profileId = postKey ? postProfile.get(postKey) : undefined;
        if (profileId !== undefined && profileId === profileIdOf(c.platform, c.authorHandle)) byCreator.add(key);
        candidates.push({
          key,
          platform: c.platform,
          postKey,
          profileId,
          memberKey: keyByHandle.get(c.authorHandle.toLowerCase())!,
          text: c.text,
          textExpiresAt: now + retentionMs,
          likes: c.likes,
          publishedAt: c.publishedAt,
          replyToKey: c.replyToId ? `${c.platform}:${c.replyToId}` : undefined,
          firstSeen: now,
        });
        likesOf.set(key, c.likes);
      }
      // In key order, as every bulk write here: LevelDB takes ordered keys faster (docs/storage.md),
      // and the order of writes within a transaction means nothing.
      candidates.sort(byKey((c) => c.key));
      const likesSeen = candidates.map((c) => likesOf.get(c.key));
      const storedComments = await addUnlessStored(db.comments, candidates);
      result.commentsAdded = candidates.length - storedComments.size;

      // A comment already stored changes nothing but its like count: read only those whose
      // count the page showed.
      const likesToCheck = [...storedComments].filter((i) => likesSeen[i] !== undefined);
      const likesRead = db.comments.bulkGet(likesToCheck.map((i) => candidates[i]!.key));
      likesRead.catch(() => undefined);

      const addedTraits = new Map<string, MemberTraits>();
      const engagementDelta = new Map<string, EngagementRecord>();
      for (const [i, comment] of candidates.entries()) {
        if (storedComments.has(i)) continue;
        const { key, memberKey, postKey, profileId } = comment;
        const traits = traitsByComment.get(key);
        if (traits) addedTraits.set(memberKey, mergeMemberTraits(addedTraits.get(memberKey), traits)!);
        if (postKey && !byCreator.has(key)) {
          const id = `${memberKey}|${postKey}`;
          const e = engagementDelta.get(id);
          if (e) e.count++;
          else engagementDelta.set(id, { id, memberKey, postKey, profileId, count: 1, firstSeen: now, lastSeen: now });
        }
      }

      // Engagements: added the same way; one already stored (the member commented on that post
      // before) is read and grows by the new comments.
      const engagementsSeen = [...engagementDelta.values()].sort(byKey((e) => e.id));
      const storedEngagements = [...(await addUnlessStored(db.engagements, engagementsSeen))].map((i) => engagementsSeen[i]!);
      const [oldEngagements, oldComments] = await Promise.all([db.engagements.bulkGet(storedEngagements.map((e) => e.id)), likesRead]);
      const grown = storedEngagements.map((delta, i) => {
        const old = oldEngagements[i];
        return old
          ? { ...old, count: old.count + delta.count, lastSeen: now, profileId: old.profileId ?? delta.profileId }
          : delta;
      });
      if (grown.length) writes.push(db.engagements.bulkPut(grown));
      const updatedComments = likesToCheck.flatMap((i, j): CommentRecord[] => {
        const old = oldComments[j];
        return old && old.likes !== likesSeen[i] ? [{ ...old, likes: likesSeen[i] }] : [];
      });
      if (updatedComments.length) writes.push(db.comments.bulkPut(updatedComments));
      const storedIds = new Set(storedEngagements.map((e) => e.id));
      const engagementRows = [...engagementsSeen.filter((e) => !storedIds.has(e.id)), ...grown];

      // Which profiles' audiences each member appears in through this batch's engagements.
      const joinedBy = new Map<string, Set<string>>();
      for (const { profileId, memberKey: mk } of engagementRows) {
        if (!profileId) continue;
        let set = joinedBy.get(mk);
        if (!set) joinedBy.set(mk, (set = new Set()));
        set.add(profileId);
      }

      // Members: first and last seen, traits merged from their new comments, and the profiles
      // they belong to (kept on the member so that moving their segments needs no extra read).
      const deltas = new Map<string, SegmentCounts>();
      const move = (profileId: string, c: MemberContribution, sign: 1 | -1) => {
        let d = deltas.get(profileId);
        if (!d) deltas.set(profileId, (d = emptySegmentCounts()));
        applyContribution(d, c, sign);
      };
      const joined: AudienceRecord[] = [];
      const existingMembers = await membersRead;
      writes.push(
        db.members.bulkPut(
          memberKeys.map((key, i): MemberRecord => {
            const old = existingMembers[i];
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
          }),
        ),
        db.audience.bulkPut(joined.sort(byKey((a) => a.id))),
      );
      const page = pageKey(batch.sourceUrl);
      const primary = primaryProfileId(batch);
      if (page && primary) writes.push(db.pages.put({ url: page, profileId: primary, capturedAt: now }));
      for (const w of writes) w.catch(() => undefined);

      // Second and last read round: the segment rows of the profiles whose counts moved.
      const profilesMoved = [...deltas.keys()];
      const segmentRows = await db.segments.bulkGet(profilesMoved);
      writes.push(
        db.segments.bulkPut(
          profilesMoved.map((profileId, i) => ({
            profileId,
            counts: addSegmentCounts(segmentRows[i]?.counts ?? emptySegmentCounts(), deltas.get(profileId)!),
            updatedAt: now,
          })),
        ),
      );
      result.segmentsChanged = profilesMoved;
      await Promise.all(writes);
    },
  );
  return result;
}
