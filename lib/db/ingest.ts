/**
 * Ingestion: one validated CaptureBatch → one read-write transaction.
 *
 * Idempotent by construction: every record has a natural key (platform ids), merges keep
 * what is known (a field the page did not show never erases one it showed before), and an
 * engagement is counted only when its comment is new. Seeing the same page twice changes no
 * count; a transaction that dies halfway (worker stopped, quota) is rolled back by
 * IndexedDB, so nothing is half-written; tabs writing at once are serialised by IndexedDB's
 * overlapping read-write scopes, so counts stay exact.
 *
 * Anything async that is not IndexedDB (HMAC of commenter handles) happens before the
 * transaction opens, because awaiting foreign promises inside a Dexie transaction would
 * let it commit early.
 */
import type { CaptureBatch, Comment, Platform, Post, Profile } from '../capture/batch';
import { handleFromUrl, pageKey } from '../report/page-address';
import type { PersonaLensDB } from './database';
import {
  postKeyOf,
  profileIdOf,
  type CommentRecord,
  type EngagementRecord,
  type MemberRecord,
  type MemberTraits,
  type PostRecord,
  type ProfileRecord,
} from './records';

export const DEFAULT_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export interface IngestOptions {
  /** HMAC of platform and handle under the install secret (lib/traits). */
  memberKey(platform: Platform, handle: string): Promise<string>;
  /** Traits derived from one comment and its author; merged per member. */
  traitsFor?(comment: Comment): MemberTraits | undefined;
  retentionMs?: number;
}

export interface IngestResult {
  profileIds: string[];
  profilesAdded: number;
  postsAdded: number;
  commentsAdded: number;
  membersAdded: number;
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

export async function ingestBatch(
  db: PersonaLensDB,
  batch: CaptureBatch,
  options: IngestOptions,
): Promise<IngestResult> {
  const now = batch.capturedAt;
  const retentionMs = options.retentionMs ?? DEFAULT_RETENTION_MS;

  // Outside the transaction: HMAC every distinct commenter once.
  const keyByHandle = new Map<string, string>();
  for (const c of batch.comments) {
    const handle = c.authorHandle.toLowerCase();
    if (!keyByHandle.has(handle)) keyByHandle.set(handle, await options.memberKey(c.platform, handle));
  }
  const traitsByMember = new Map<string, MemberTraits>();
  if (options.traitsFor) {
    for (const c of batch.comments) {
      const traits = options.traitsFor(c);
      const key = keyByHandle.get(c.authorHandle.toLowerCase());
      if (traits && key) traitsByMember.set(key, { ...traitsByMember.get(key), ...traits });
    }
  }

  const result: IngestResult = {
    profileIds: [],
    profilesAdded: 0,
    postsAdded: 0,
    commentsAdded: 0,
    membersAdded: 0,
  };

  await db.transaction(
    'rw',
    [db.profiles, db.followerSnapshots, db.posts, db.comments, db.members, db.engagements, db.pages],
    async () => {
      // Profiles, and a follower snapshot whenever the count moved since the last one.
      const freshProfiles = new Map(batch.profiles.map((p) => [profileIdOf(p.platform, p.handle), profileRecord(p, batch)]));
      const ids = [...freshProfiles.keys()];
      const existingProfiles = await db.profiles.bulkGet(ids);
      const profileRows: ProfileRecord[] = [];
      for (const [i, id] of ids.entries()) {
        const fresh = freshProfiles.get(id)!;
        const old = existingProfiles[i];
        if (!old) result.profilesAdded++;
        profileRows.push(
          old
            ? mergeDefined(old, { ...fresh, firstSeen: old.firstSeen, lastSeen: Math.max(old.lastSeen, now) })
            : fresh,
        );
        if (fresh.followers !== undefined) {
          const last = await db.followerSnapshots
            .where('[profileId+at]')
            .between([id, -Infinity], [id, Infinity])
            .last();
          if (!last || (last.followers !== fresh.followers && last.at < now)) {
            await db.followerSnapshots.add({ profileId: id, at: now, followers: fresh.followers });
          }
        }
      }
      await db.profiles.bulkPut(profileRows);
      result.profileIds = ids;

      // Posts.
      const freshPosts = new Map(batch.posts.map((p) => [postKeyOf(p.platform, p.id), postRecord(p, now)]));
      const postKeys = [...freshPosts.keys()];
      const existingPosts = await db.posts.bulkGet(postKeys);
      const postRows = postKeys.map((key, i) => {
        const fresh = freshPosts.get(key)!;
        const old = existingPosts[i];
        if (!old) result.postsAdded++;
        return old ? mergeDefined(old, { ...fresh, firstSeen: old.firstSeen, lastSeen: Math.max(old.lastSeen, now) }) : fresh;
      });
      await db.posts.bulkPut(postRows);

      // Comments: only new ones count as engagement.
      const commentKeys = batch.comments.map((c) => `${c.platform}:${c.id}`);
      const existingComments = await db.comments.bulkGet(commentKeys);
      const postProfile = new Map<string, string | undefined>(postRows.map((p) => [p.key, p.profileId]));
      const missingPostKeys = [
        ...new Set(batch.comments.filter((c) => c.postId).map((c) => postKeyOf(c.platform, c.postId!))),
      ].filter((k) => !postProfile.has(k));
      if (missingPostKeys.length) {
        const rows = await db.posts.bulkGet(missingPostKeys);
        missingPostKeys.forEach((k, i) => postProfile.set(k, rows[i]?.profileId));
      }

      const newComments: CommentRecord[] = [];
      const updatedComments: CommentRecord[] = [];
      const engagementDelta = new Map<string, EngagementRecord>();
      const seenInBatch = new Set<string>();
      for (const [i, c] of batch.comments.entries()) {
        const key = commentKeys[i]!;
        if (seenInBatch.has(key)) continue;
        seenInBatch.add(key);
        const memberKey = keyByHandle.get(c.authorHandle.toLowerCase())!;
        const postKey = c.postId ? postKeyOf(c.platform, c.postId) : undefined;
        const profileId = postKey ? postProfile.get(postKey) : undefined;
        const old = existingComments[i];
        if (old) {
          if (c.likes !== undefined && c.likes !== old.likes) updatedComments.push({ ...old, likes: c.likes });
          continue;
        }
        newComments.push({
          key,
          platform: c.platform,
          postKey,
          profileId,
          memberKey,
          text: c.text,
          textExpiresAt: now + retentionMs,
          likes: c.likes,
          publishedAt: c.publishedAt,
          replyToKey: c.replyToId ? `${c.platform}:${c.replyToId}` : undefined,
          firstSeen: now,
        });
        if (postKey) {
          const id = `${memberKey}|${postKey}`;
          const e = engagementDelta.get(id);
          if (e) e.count++;
          else engagementDelta.set(id, { id, memberKey, postKey, profileId, count: 1, firstSeen: now, lastSeen: now });
        }
      }
      await db.comments.bulkAdd(newComments);
      if (updatedComments.length) await db.comments.bulkPut(updatedComments);
      result.commentsAdded = newComments.length;

      const engagementIds = [...engagementDelta.keys()];
      const existingEngagements = await db.engagements.bulkGet(engagementIds);
      await db.engagements.bulkPut(
        engagementIds.map((id, i) => {
          const delta = engagementDelta.get(id)!;
          const old = existingEngagements[i];
          return old
            ? { ...old, count: old.count + delta.count, lastSeen: now, profileId: old.profileId ?? delta.profileId }
            : delta;
        }),
      );

      // Members: first and last seen, merged traits.
      const memberKeys = [...new Set(keyByHandle.values())];
      const existingMembers = await db.members.bulkGet(memberKeys);
      await db.members.bulkPut(
        memberKeys.map((key, i): MemberRecord => {
          const old = existingMembers[i];
          if (!old) result.membersAdded++;
          const traits = traitsByMember.get(key);
          return old
            ? { ...old, lastSeen: Math.max(old.lastSeen, now), traits: traits ? { ...old.traits, ...traits } : old.traits }
            : { key, platform: batch.platform, traits, firstSeen: now, lastSeen: now };
        }),
      );

      const page = pageKey(batch.sourceUrl);
      const primary = primaryProfileId(batch);
      if (page && primary) await db.pages.put({ url: page, profileId: primary, capturedAt: now });
    },
  );
  return result;
}
