/**
 * Everything the report says about a creator beyond raw counts: audience composition,
 * authenticity, personas, fit against target personas, engagement against benchmarks and
 * growth. Assembled in the background from stored records by the pure modules in
 * lib/segments, lib/personas and lib/metrics; every part carries its own sample size.
 */
import type { PersonaLensDB } from '../db/database';
import type { EngagementRecord, PostRecord, ProfileRecord } from '../db/records';
import { benchmarkFor, engagementAnomalies, engagementRate, growth, placeRate, type Anomaly, type Benchmark, type EngagementRate, type Growth } from '../metrics';
import {
  buildPersonas,
  fitFromSegments,
  PRESET_TARGET_PERSONAS,
  TargetPersonaSchema,
  type FitResult,
  type PersonasResult,
  type TargetPersona,
} from '../personas';
import { hashString } from '../personas/random';
import { asMemberTraitSummary, isSuspiciousMember, toAudienceMember, type MemberTraitSummary } from '../segments/member-traits';
import { countsOf, distributions, type SegmentCounts, type SegmentView } from '../segments/segments';

export interface AuthenticitySummary {
  /** Commenters checked. */
  members: number;
  /** Commenters most of whose comments look bought or automated. */
  suspiciousMembers: number;
  share: number | null;
  flagCounts: Record<string, number>;
}

export interface TargetFit {
  target: { id: string; name: string; preset: boolean };
  result: FitResult;
}

export interface EngagementSummary {
  rate: EngagementRate;
  benchmark: Benchmark | null;
  placement: 'below' | 'average' | 'above' | null;
  anomalies: Anomaly[];
}

export interface AudienceInsights {
  /** Distinct commenters in this creator's captured audience. */
  members: number;
  /** Posts by this creator that were seen. */
  postsSeen: number;
  /** Follower count at each observed change, oldest first. */
  followerHistory: { at: number; followers: number }[];
  segments: SegmentView[];
  authenticity: AuthenticitySummary;
  personas: PersonasResult;
  fit: TargetFit[];
  engagement: EngagementSummary;
  growth: Growth;
}

/** The brand's own targets, or the presets until it has defined any. Invalid rows are skipped. */
export async function loadTargets(db: PersonaLensDB): Promise<{ target: TargetPersona; preset: boolean }[]> {
  const stored = await db.targetPersonas.toArray();
  const valid = stored
    .map((row) => TargetPersonaSchema.safeParse(row.definition))
    .filter((r) => r.success)
    .map((r) => ({ target: r.data as TargetPersona, preset: false }));
  return valid.length ? valid : PRESET_TARGET_PERSONAS.map((target) => ({ target, preset: true }));
}

/**
 * Names the engine that computed a stored persona result: a build whose personas differ
 * (another model, other descriptions) changes it, and stored results from before are stale.
 */
export const PERSONA_ENGINE = 'latent-class-2';

/**
 * What a profile's personas depend on, as one string: its engagements (count and total), the
 * last capture of it, its segment counts (which move when a member's traits do) and the
 * engine. Stored personas with another fingerprint are stale.
 */
export function personaFingerprint(engagements: readonly { count: number }[], lastSeen: number, counts: unknown): string {
  let total = 0;
  for (const e of engagements) total += e.count;
  return `${PERSONA_ENGINE}|${engagements.length}:${total}:${lastSeen}|${hashString(JSON.stringify(counts ?? null)).toString(36)}`;
}

interface PersonaSources {
  engagements: EngagementRecord[];
  posts: PostRecord[];
  memberKeys: string[];
  summaries: (MemberTraitSummary | undefined)[];
  counts: SegmentCounts | undefined;
}

/**
 * A profile's personas: the stored result while its fingerprint holds, else computed and
 * stored. Personas are the costly part of a report, so a popup opened after the worker slept
 * reads them instead of recomputing.
 */
async function personasOf(db: PersonaLensDB, profile: ProfileRecord, s: PersonaSources): Promise<PersonasResult> {
  const fingerprint = personaFingerprint(s.engagements, profile.lastSeen, s.counts);
  const stored = await db.personaResults.get(profile.id);
  if (stored?.fingerprint === fingerprint) return stored.result;
  const comments = await db.comments.where('profileId').equals(profile.id).toArray();
  const personas = buildPersonas(
    {
      members: s.memberKeys.map((key, i) => toAudienceMember(key, s.summaries[i])),
      engagements: s.engagements.map((e) => ({ memberKey: e.memberKey, postId: e.postKey, count: e.count })),
      posts: s.posts.map((p) => ({ id: p.key, hashtags: p.hashtags, text: p.text })),
      comments: comments.flatMap((c) => (c.text && c.postKey ? [{ memberKey: c.memberKey, postId: c.postKey, text: c.text }] : [])),
    },
    { seed: 0 },
  );
  // A failed write costs a recomputation next time, never the report.
  await db.personaResults.put({ profileId: profile.id, fingerprint, result: personas, computedAt: Date.now() }).catch(() => undefined);
  return personas;
}

/** The personas of one profile, for views that show only them (the dashboard's side by side); null for a profile not stored. */
export async function loadPersonas(db: PersonaLensDB, profileId: string): Promise<{ profileId: string; personas: PersonasResult } | null> {
  const profile = await db.profiles.get(profileId);
  if (!profile) return null;
  const [engagements, posts, segmentRow] = await Promise.all([
    db.engagements.where('profileId').equals(profile.id).toArray(),
    db.posts.where('profileId').equals(profile.id).toArray(),
    db.segments.get(profile.id),
  ]);
  const memberKeys = [...new Set(engagements.map((e) => e.memberKey))];
  const summaries = (await db.members.bulkGet(memberKeys)).map((m) => asMemberTraitSummary(m?.traits));
  return { profileId, personas: await personasOf(db, profile, { engagements, posts, memberKeys, summaries, counts: segmentRow?.counts }) };
}

export async function loadInsights(db: PersonaLensDB, profile: ProfileRecord): Promise<AudienceInsights> {
  const [engagements, posts, snapshots, segmentRow, targets] = await Promise.all([
    db.engagements.where('profileId').equals(profile.id).toArray(),
    db.posts.where('profileId').equals(profile.id).toArray(),
    db.followerSnapshots.where('[profileId+at]').between([profile.id, -Infinity], [profile.id, Infinity]).toArray(),
    db.segments.get(profile.id),
    loadTargets(db),
  ]);
  const memberKeys = [...new Set(engagements.map((e) => e.memberKey))];
  const memberRows = await db.members.bulkGet(memberKeys);
  const summaries = memberRows.map((m) => asMemberTraitSummary(m?.traits));

  const counts: SegmentCounts = segmentRow?.counts ?? countsOf(summaries);
  const segments = distributions(counts);

  const flagCounts: Record<string, number> = {};
  let suspiciousMembers = 0;
  let checked = 0;
  for (const s of summaries) {
    if (!s) continue;
    checked++;
    if (isSuspiciousMember(s)) suspiciousMembers++;
    for (const [flag, n] of Object.entries(s.flags)) flagCounts[flag] = (flagCounts[flag] ?? 0) + (n ?? 0);
  }

  const personas = await personasOf(db, profile, { engagements, posts, memberKeys, summaries, counts: segmentRow?.counts });

  const rate = engagementRate(profile.platform, posts.map((p) => ({ ...p, id: p.key })), profile.followers);
  const benchmark = profile.followers !== undefined ? benchmarkFor(profile.platform, profile.followers) : null;

  return {
    members: memberKeys.length,
    postsSeen: posts.length,
    followerHistory: snapshots.map((s) => ({ at: s.at, followers: s.followers })),
    segments,
    authenticity: {
      members: checked,
      suspiciousMembers,
      share: checked ? suspiciousMembers / checked : null,
      flagCounts,
    },
    personas,
    fit: targets.map(({ target, preset }) => ({
      target: { id: target.id, name: target.name, preset },
      result: fitFromSegments(segments, target),
    })),
    engagement: {
      rate,
      benchmark,
      placement: rate.rate !== null && benchmark ? placeRate(rate.rate, benchmark) : null,
      anomalies: engagementAnomalies(profile.platform, posts.map((p) => ({ ...p, id: p.key })), profile.followers),
    },
    growth: growth(snapshots),
  };
}
