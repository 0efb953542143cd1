/**
 * "Forget this profile" and "delete everything": each one transaction, so an erase is never
 * half done.
 *
 * Forgetting a profile removes it, its follower snapshots, posts, the comments and
 * engagements on those posts, its audience and segment rows, the pages that pointed to it and
 * its shortlist entries; then every member who no longer engages with anything that remains.
 * A member who also engages with another profile stays, with the traits merged from all
 * their comments (per-comment traits are not kept, so they cannot be taken apart).
 *
 * The creator as a commenter goes too: given their member key (the caller hashes their handle
 * before the transaction), their member row with its traits, their comments and engagements
 * anywhere, and their place in other creators' audiences and segments. So do the "my
 * audience" settings that name the profile.
 */
import { applyContribution, contributionOf } from '../segments/segments';
import { analyticsKey, OWN_PROFILE_KEY } from '../shortlists/my-audience';
import type { PersonaLensDB } from './database';
import { audienceIdOf } from './records';

export interface ForgetReport {
  profileId: string;
  found: boolean;
  posts: number;
  comments: number;
  engagements: number;
  members: number;
}

export async function forgetProfile(db: PersonaLensDB, profileId: string, ownMemberKey?: string): Promise<ForgetReport> {
  return db.transaction(
    'rw',
    [
      db.settings,
      db.profiles,
      db.followerSnapshots,
      db.posts,
      db.comments,
      db.engagements,
      db.members,
      db.audience,
      db.segments,
      db.personaResults,
      db.pages,
      db.shortlistEntries,
    ],
    async () => {
      const found = (await db.profiles.get(profileId)) !== undefined;
      if (ownMemberKey) await forgetCreatorAsCommenter(db, ownMemberKey);
      await db.settings.delete(analyticsKey(profileId));
      if ((await db.settings.get(OWN_PROFILE_KEY))?.value === profileId) await db.settings.delete(OWN_PROFILE_KEY);
      const postKeys = await db.posts.where('profileId').equals(profileId).primaryKeys();

      // Comments and engagements name the profile, or only the post when its author was unknown at capture time.
      const commentKeys = new Set([
        ...(await db.comments.where('profileId').equals(profileId).primaryKeys()),
        ...(await db.comments.where('postKey').anyOf(postKeys).primaryKeys()),
      ]);
      const engagements = [
        ...(await db.engagements.where('profileId').equals(profileId).toArray()),
        ...(await db.engagements.where('postKey').anyOf(postKeys).toArray()),
      ];
      const engagementIds = new Set(engagements.map((e) => e.id));
      const audience = await db.audience.where('profileId').equals(profileId).toArray();
      const candidates = new Set([...engagements.map((e) => e.memberKey), ...audience.map((a) => a.memberKey)]);

      await db.followerSnapshots.where('[profileId+at]').between([profileId, -Infinity], [profileId, Infinity]).delete();
      await db.comments.bulkDelete([...commentKeys]);
      await db.engagements.bulkDelete([...engagementIds]);
      await db.posts.bulkDelete(postKeys);
      await db.audience.where('profileId').equals(profileId).delete();
      await db.segments.delete(profileId);
      // Stored personas quote the profile's comments.
      await db.personaResults.delete(profileId);
      await db.pages.where('profileId').equals(profileId).delete();
      await db.shortlistEntries.where('profileId').equals(profileId).delete();
      await db.profiles.delete(profileId);

      const orphans: string[] = [];
      for (const key of candidates) {
        const stillEngaged = (await db.engagements.where('memberKey').equals(key).limit(1).count()) > 0;
        const stillComments = (await db.comments.where('memberKey').equals(key).limit(1).count()) > 0;
        if (!stillEngaged && !stillComments) orphans.push(key);
      }
      await db.members.bulkDelete(orphans);
      // Members who stay are no longer in this profile's audience.
      const gone = new Set(orphans);
      const stay = [...candidates].filter((k) => !gone.has(k));
      await db.members
        .where(':id')
        .anyOf(stay)
        .modify((m) => {
          m.profileIds = (m.profileIds ?? []).filter((p) => p !== profileId);
        });
      return {
        profileId,
        found,
        posts: postKeys.length,
        comments: commentKeys.size,
        engagements: engagementIds.size,
        members: orphans.length,
      };
    },
  );
}

/** The creator's own member row, comments, engagements and audience places elsewhere. */
async function forgetCreatorAsCommenter(db: PersonaLensDB, key: string): Promise<void> {
  const member = await db.members.get(key);
  await db.comments.where('memberKey').equals(key).delete();
  await db.engagements.where('memberKey').equals(key).delete();
  if (!member) return;
  const contribution = contributionOf(member.traits);
  for (const p of member.profileIds ?? []) {
    await db.audience.delete(audienceIdOf(p, key));
    const row = await db.segments.get(p);
    if (row) await db.segments.put({ ...row, counts: applyContribution(structuredClone(row.counts), contribution, -1) });
  }
  await db.members.delete(key);
}

/** Clears every table, the install secret included: a new one is created on next use. */
export async function deleteEverything(db: PersonaLensDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
