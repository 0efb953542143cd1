/**
 * What the popup shows for one page, assembled by the background (the only database owner)
 * and sent by message. Every number carries where it came from and how many records
 * support it.
 */
import type { Platform } from '../capture/batch';
import type { PersonaLensDB } from '../db/database';
import { profileIdOf, type ProfileRecord } from '../db/records';
import { loadInsights, type AudienceInsights } from './insights';
import { handleFromUrl, isPostAddress, pageKey, platformOfUrl } from './page-address';
import { SAMPLE_TARGET, sampleMeter, type SampleMeter } from './sample-meter';

/**
 * Posts this creator's audience commented on, from the engagement keys alone
 * (`${memberKey}|${postKey}`). Read only while the sample is small, so a large audience never
 * pays for it on the popup's path.
 */
async function postsWithCommentsOf(db: PersonaLensDB, profileId: string): Promise<number> {
  const ids = await db.engagements.where('profileId').equals(profileId).primaryKeys();
  return new Set(ids.map((id) => String(id).slice(String(id).indexOf('|') + 1))).size;
}

export interface ProfileReport {
  status: 'report';
  url: string;
  profile: Pick<
    ProfileRecord,
    'id' | 'platform' | 'handle' | 'displayName' | 'followers' | 'following' | 'postCount' | 'verified' | 'firstSeen' | 'lastSeen'
  >;
  /** Posts by this profile that Persona Lens has seen. */
  postsSeen: number;
  /** Comments captured on those posts, and the distinct commenters behind them. */
  commentsSeen: number;
  commenters: number;
  /** How much of the audience was seen, and the next step to a useful sample. */
  sample: SampleMeter;
  /** Follower count at first and latest observation, for growth since first seen. */
  followerHistory: { at: number; followers: number }[];
  lastCaptureAt: number;
  insights: AudienceInsights;
}

export type PageReport =
  | { status: 'unsupported'; url: string | null }
  | { status: 'empty'; url: string; platform: Platform; handle: string | null }
  | ProfileReport;

export async function loadReport(db: PersonaLensDB, url: string | null): Promise<PageReport> {
  const platform = url ? platformOfUrl(url) : null;
  if (!url || !platform) return { status: 'unsupported', url };
  const key = pageKey(url);
  const named = handleFromUrl(url);
  const page = key ? await db.pages.get(key) : undefined;
  const profileId = page?.profileId ?? (named ? profileIdOf(named.platform, named.handle) : undefined);
  const profile = profileId ? await db.profiles.get(profileId) : undefined;
  if (!profile) {
    // Home, search and feed pages name no creator and hold no post: not a creator page.
    if (!named && !page && !isPostAddress(url)) return { status: 'unsupported', url };
    return { status: 'empty', url, platform, handle: named?.handle ?? null };
  }

  // The insights read the profile's posts, engagements and snapshots once; the counts come from them.
  const [commentsSeen, insights] = await Promise.all([
    db.comments.where('profileId').equals(profile.id).count(),
    loadInsights(db, profile),
  ]);
  const postsWithComments = insights.members < SAMPLE_TARGET ? await postsWithCommentsOf(db, profile.id) : 0;
  const { id, handle, displayName, followers, following, postCount, verified, firstSeen, lastSeen } = profile;
  return {
    status: 'report',
    url,
    profile: { id, platform: profile.platform, handle, displayName, followers, following, postCount, verified, firstSeen, lastSeen },
    postsSeen: insights.postsSeen,
    commentsSeen,
    commenters: insights.members,
    sample: sampleMeter(insights.members, postsWithComments),
    followerHistory: insights.followerHistory,
    lastCaptureAt: lastSeen,
    insights,
  };
}
