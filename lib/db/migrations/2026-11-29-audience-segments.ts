/**
 * v1 → v2 (2026-11-29): each profile's audience as its own table, and per-profile segment
 * counts kept current by ingestion.
 *
 * v1 knew a profile's audience only through engagements (memberKey|postKey rows carrying the
 * profile), and members' `traits` was an open record that shipped builds never wrote. The
 * upgrade derives one audience row per (profile, member) from the engagements (and the same
 * list on each member, `profileIds`), keeps only member traits of the summary shape, and
 * counts each profile's segments from scratch.
 *
 * The same rebuild serves imports of a v1 backup, which arrive without the v2 tables.
 */
import type { EntityTable, Transaction } from 'dexie';
import { asMemberTraitSummary } from '../../segments/member-traits';
import { countsOf } from '../../segments/segments';
import type { AudienceRecord, EngagementRecord, MemberRecord, SegmentRecord } from '../records';
import { audienceIdOf } from '../records';

export interface DerivedTables {
  engagements: EntityTable<EngagementRecord, 'id'>;
  members: EntityTable<MemberRecord, 'key'>;
  audience: EntityTable<AudienceRecord, 'id'>;
  segments: EntityTable<SegmentRecord, 'profileId'>;
}

/** Rebuilds audience and segments from engagements and members; call inside a rw transaction over all four. */
export async function rebuildAudienceAndSegments(t: DerivedTables, now: number): Promise<void> {
  const audience = new Map<string, AudienceRecord>();
  const profilesOf = new Map<string, string[]>();
  await t.engagements.each((e) => {
    if (!e.profileId) return;
    const id = audienceIdOf(e.profileId, e.memberKey);
    const old = audience.get(id);
    if (!old) {
      const list = profilesOf.get(e.memberKey) ?? [];
      list.push(e.profileId);
      profilesOf.set(e.memberKey, list);
    }
    if (!old || e.firstSeen < old.firstSeen) {
      audience.set(id, { id, profileId: e.profileId, memberKey: e.memberKey, firstSeen: e.firstSeen });
    }
  });
  await t.audience.clear();
  await t.audience.bulkPut([...audience.values()]);

  const members = new Map<string, MemberRecord>();
  await t.members.each((m) => {
    members.set(m.key, { ...m, traits: asMemberTraitSummary(m.traits), profileIds: (profilesOf.get(m.key) ?? []).sort() });
  });
  await t.members.bulkPut([...members.values()]);

  const byProfile = new Map<string, string[]>();
  for (const a of audience.values()) {
    const list = byProfile.get(a.profileId) ?? [];
    list.push(a.memberKey);
    byProfile.set(a.profileId, list);
  }
  await t.segments.clear();
  await t.segments.bulkPut(
    [...byProfile].map(([profileId, keys]) => ({
      profileId,
      counts: countsOf(keys.map((k) => members.get(k)?.traits)),
      updatedAt: now,
    })),
  );
}

export async function addAudienceAndSegments(tx: Transaction): Promise<void> {
  await rebuildAudienceAndSegments(
    {
      engagements: tx.table('engagements'),
      members: tx.table('members'),
      audience: tx.table('audience'),
      segments: tx.table('segments'),
    },
    Date.now(),
  );
}
