/**
 * Assembles a shortlist for the dashboard and for export: one row per entry with the
 * creator's followers, growth, engagement rate (lib/metrics/engagement over the stored
 * posts), commenters and fit per target persona (fitFromSegments over the stored per-profile
 * segment counts). Reads only; everything it computes says what it rests on.
 */
import type { PersonaLensDB } from '../db/database';
import type { ProfileRecord, ShortlistEntryRecord, ShortlistRecord } from '../db/records';
import { engagementRate } from '../metrics/engagement';
import { fitFromSegments } from '../personas/fit';
import { growth } from '../metrics/growth';
import { PRESET_TARGET_PERSONAS, TargetPersonaSchema } from '../personas/targets';
import type { TargetPersona } from '../personas/types';
import { distributions } from '../segments/segments';
import type { Platform } from '../capture/batch';
import type { ShortlistRow, ShortlistView } from '../shortlists/rows';

/** Stored target personas that still pass the schema (a definition is user input from an older build). */
export async function loadTargetPersonas(db: PersonaLensDB): Promise<TargetPersona[]> {
  const records = await db.targetPersonas.toArray();
  return records
    .sort((a, b) => a.createdAt - b.createdAt)
    .flatMap((r) => {
      const parsed = TargetPersonaSchema.safeParse(r.definition);
      return parsed.success ? [parsed.data as TargetPersona] : [];
    });
}

function platformOf(profileId: string): Platform {
  return profileId.slice(0, profileId.indexOf(':')) as Platform;
}

async function rowOf(db: PersonaLensDB, entry: ShortlistEntryRecord, profile: ProfileRecord | undefined, targets: TargetPersona[]): Promise<ShortlistRow> {
  const platform = profile?.platform ?? platformOf(entry.profileId);
  const handle = profile?.handle ?? entry.profileId.slice(entry.profileId.indexOf(':') + 1);
  const base = {
    entryId: entry.id,
    profileId: entry.profileId,
    platform,
    handle,
    note: entry.note,
    tags: entry.tags,
    status: entry.status,
    addedAt: entry.addedAt,
    updatedAt: entry.updatedAt,
  };
  if (!profile) {
    // Imported from another browser and never captured here: nothing is known yet.
    return {
      ...base,
      displayName: null,
      captured: false,
      followers: null,
      engagement: { rate: null, n: 0 },
      growth: { change: null, per30Days: null, relativePer30Days: null, n: 0 },
      commenters: 0,
      fits: targets.map((t) => ({ personaId: t.id, personaName: t.name, score: null, low: null, high: null, n: 0, source: 'segments' as const })),
    };
  }
  const [posts, snapshots, commenters, segment] = await Promise.all([
    db.posts.where('profileId').equals(profile.id).toArray(),
    db.followerSnapshots.where('[profileId+at]').between([profile.id, -Infinity], [profile.id, Infinity]).toArray(),
    db.audience.where('profileId').equals(profile.id).count(),
    db.segments.get(profile.id),
  ]);
  const rate = engagementRate(
    platform,
    posts.map((p) => ({ id: p.key, publishedAt: p.publishedAt, likes: p.likes, comments: p.comments, views: p.views, shares: p.shares })),
    profile.followers,
  );
  const g = growth(snapshots);
  const dims = segment ? distributions(segment.counts) : [];
  return {
    ...base,
    displayName: profile.displayName ?? null,
    captured: true,
    followers: profile.followers ?? null,
    engagement: { rate: rate.rate, n: rate.n },
    growth: { change: g.change, per30Days: g.per30Days, relativePer30Days: g.relativePer30Days, n: g.n },
    commenters,
    fits: targets.map((t) => {
      const fit = fitFromSegments(dims, t);
      return { personaId: t.id, personaName: t.name, score: fit.score, low: fit.low, high: fit.high, n: fit.n, source: 'segments' as const };
    }),
  };
}

export async function loadShortlistView(db: PersonaLensDB, list: ShortlistRecord): Promise<ShortlistView> {
  // The same targets as the popup's report: the brand's own, or the presets until it has any,
  // so the popup and the dashboard never disagree on a creator's fit.
  const stored = await loadTargetPersonas(db);
  const preset = stored.length === 0;
  const targets = preset ? [...PRESET_TARGET_PERSONAS] : stored;
  const entries = (await db.shortlistEntries.where('shortlistId').equals(list.id).toArray()).sort((a, b) => a.addedAt - b.addedAt);
  const profiles = await db.profiles.bulkGet(entries.map((e) => e.profileId));
  const rows = await Promise.all(entries.map((e, i) => rowOf(db, e, profiles[i], targets)));
  return {
    shortlist: { id: list.id, name: list.name, createdAt: list.createdAt, updatedAt: list.updatedAt },
    personas: targets.map((t) => ({ id: t.id, name: t.name, ...(preset ? { preset } : {}) })),
    rows,
  };
}
