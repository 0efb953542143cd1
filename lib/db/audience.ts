/**
 * Reads for the UI: a profile's segments and the overlap of several profiles' audiences.
 * The arithmetic is in lib/segments; this only loads.
 */
import { audienceOverlap, type OverlapResult } from '../segments/overlap';
import { distributions, emptySegmentCounts, type SegmentView } from '../segments/segments';
import type { PersonaLensDB } from './database';

export interface ProfileSegments {
  profileId: string;
  /** Distinct members in the profile's audience, suspicious ones included. */
  members: number;
  suspicious: number;
  dimensions: SegmentView[];
  updatedAt: number | null;
}

export async function loadSegments(db: PersonaLensDB, profileId: string): Promise<ProfileSegments> {
  const row = await db.segments.get(profileId);
  const counts = row?.counts ?? emptySegmentCounts();
  return {
    profileId,
    members: counts.members,
    suspicious: counts.suspicious,
    dimensions: distributions(counts),
    updatedAt: row?.updatedAt ?? null,
  };
}

export async function loadOverlap(db: PersonaLensDB, profileIds: readonly string[]): Promise<OverlapResult> {
  const ids = [...new Set(profileIds)];
  const sets = new Map(ids.map((id) => [id, new Set<string>()]));
  await db.audience
    .where('profileId')
    .anyOf(ids)
    .each((a) => sets.get(a.profileId)?.add(a.memberKey));
  return audienceOverlap(sets);
}
