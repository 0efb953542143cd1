/**
 * What the background stores. Only the background opens this database: content scripts and
 * pages talk to it by message, so there is exactly one writer and one place that validates.
 *
 * Commenters are third parties. They appear only as `memberKey`, an HMAC of platform and
 * handle under a per-install secret; their handles and names are never stored. Raw comment
 * text is kept only until `textExpiresAt` (retention), derived traits and counts stay.
 */
import type { Platform } from '../capture/batch';
import type { PersonasResult } from '../personas/types';
import type { MemberTraitSummary } from '../segments/member-traits';
import type { SegmentCounts } from '../segments/segments';

/** `${platform}:${lowercased handle}`: handles are case-insensitive on all four platforms. */
export type ProfileId = string;
/** `${platform}:${platform post id}` */
export type PostKey = string;

export interface ProfileRecord {
  id: ProfileId;
  platform: Platform;
  handle: string;
  displayName?: string;
  followers?: number;
  following?: number;
  postCount?: number;
  verified?: boolean;
  bio?: string;
  firstSeen: number;
  lastSeen: number;
  lastSourceUrl: string;
}

/** One row per observed change of follower count, for growth between visits. */
export interface FollowerSnapshotRecord {
  id?: number;
  profileId: ProfileId;
  at: number;
  followers: number;
}

export interface PostRecord {
  key: PostKey;
  platform: Platform;
  postId: string;
  profileId?: ProfileId;
  publishedAt?: number;
  text?: string;
  hashtags: string[];
  likes?: number;
  comments?: number;
  views?: number;
  shares?: number;
  firstSeen: number;
  lastSeen: number;
}

export interface CommentRecord {
  /** `${platform}:${platform comment id}` */
  key: string;
  platform: Platform;
  postKey?: PostKey;
  /** The profile whose audience this comment belongs to (the post's author), when known. */
  profileId?: ProfileId;
  memberKey: string;
  /** Raw text; removed by retention after `textExpiresAt`. */
  text?: string;
  /** Removed together with the text, so purged rows leave the index and are never scanned again. */
  textExpiresAt?: number;
  likes?: number;
  publishedAt?: number;
  replyToKey?: string;
  firstSeen: number;
}

/**
 * The traits the background derives per commenter, merged over their comments
 * (lib/segments/member-traits.ts). v1 declared this as an open record and never wrote it; the
 * v2 migration drops any value that is not a summary.
 */
export type MemberTraits = MemberTraitSummary;

export interface MemberRecord {
  key: string;
  platform: Platform;
  traits?: MemberTraits;
  /**
   * v2: the profiles whose audience this member is in (mirrors the audience table), so that
   * ingest can move their segments without querying the audience.
   */
  profileIds?: ProfileId[];
  firstSeen: number;
  lastSeen: number;
}

/** A member's engagement with a post: how many distinct comments they left on it. */
export interface EngagementRecord {
  /** `${memberKey}|${postKey}` */
  id: string;
  memberKey: string;
  postKey: PostKey;
  profileId?: ProfileId;
  count: number;
  firstSeen: number;
  lastSeen: number;
}

/**
 * v2: one row per (profile, member) who engaged with any of the profile's posts: the
 * profile's audience. Segments, overlap and "forget this profile" read it by either key.
 */
export interface AudienceRecord {
  /** `${profileId}|${memberKey}` */
  id: string;
  profileId: ProfileId;
  memberKey: string;
  firstSeen: number;
}

/** v2: a profile's audience counts per dimension, moved in the same transaction as the captures. */
export interface SegmentRecord {
  profileId: ProfileId;
  counts: SegmentCounts;
  updatedAt: number;
}

/**
 * v4: a profile's personas as last computed, so a popup opened after the service worker slept
 * reads them instead of recomputing. `fingerprint` names the audience they were computed from
 * (and the engine that computed them); any difference means they are stale. The result holds
 * quotes and pain-point examples, which are comment text: forgetting a profile deletes the
 * row, and the retention purge deletes it with the texts it quotes.
 */
export interface PersonaResultRecord {
  profileId: ProfileId;
  fingerprint: string;
  result: PersonasResult;
  computedAt: number;
}

/** Which profile a page address shows, so the popup can answer "what is this page?". */
export interface PageRecord {
  url: string;
  profileId: ProfileId;
  capturedAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface TargetPersonaRecord {
  id: string;
  name: string;
  definition: unknown;
  createdAt: number;
  updatedAt: number;
}

export interface ShortlistRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

export interface ShortlistEntryRecord {
  /** `${shortlistId}|${profileId}` */
  id: string;
  shortlistId: string;
  profileId: ProfileId;
  note: string;
  tags: string[];
  status: string;
  addedAt: number;
  updatedAt: number;
}

export function profileIdOf(platform: Platform, handle: string): ProfileId {
  return `${platform}:${handle.toLowerCase()}`;
}

export function audienceIdOf(profileId: ProfileId, memberKey: string): string {
  return `${profileId}|${memberKey}`;
}

export function postKeyOf(platform: Platform, postId: string): PostKey {
  return `${platform}:${postId}`;
}
