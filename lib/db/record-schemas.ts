/**
 * The shape of every stored row, as zod schemas: a backup file is as hostile as a page, so a
 * restore checks each row with the same limits live captures go through (lib/capture/
 * batch-schema.ts) before anything is replaced. Rows the database derives (audience, segments,
 * members' profile lists) are rebuilt on import instead of being believed.
 */
import { z } from 'zod';
import { LIMITS } from '../capture/batch';
import { PlatformSchema } from '../capture/batch-schema';
import { platformOfUrl } from '../report/page-address';
import { asMemberTraitSummary } from '../segments/member-traits';
import { ProfileIdSchema, SHORTLIST_STATUSES } from '../shortlists/messages';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from './settings';

const Count = z.number().int().nonnegative().max(1e13);
const EpochMs = z.number().int().min(0).max(8.64e15);
const Text = (max: number) => z.string().max(max);
const Key = z.string().min(1).max(LIMITS.id + 20);
/** HMAC hex in every build; v1 test data used short keys, so any plain token is allowed. */
const MemberKey = z.string().regex(/^[\w-]{1,128}$/);
const Handle = z
  .string()
  .min(1)
  .max(LIMITS.handle)
  .regex(/^[^\s@\p{Cc}][^\s\p{Cc}]*$/u);
/** An https address on one of the platforms: what a capture's page was. */
const PlatformUrl = z
  .string()
  .max(LIMITS.url)
  // A refinement's message is a code, not words: an import shows it as a broken rule (lib/ui/field-issue.ts).
  .refine((u) => platformOfUrl(u) !== null, 'platform-address');

const ProfileRow = z
  .strictObject({
    id: ProfileIdSchema,
    platform: PlatformSchema,
    handle: Handle,
    displayName: Text(LIMITS.name).optional(),
    followers: Count.optional(),
    following: Count.optional(),
    postCount: Count.optional(),
    verified: z.boolean().optional(),
    bio: Text(LIMITS.bio).optional(),
    firstSeen: EpochMs,
    lastSeen: EpochMs,
    lastSourceUrl: PlatformUrl,
  })
  .refine((p) => p.id === `${p.platform}:${p.handle.toLowerCase()}`, 'profile-id-mismatch');

const FollowerSnapshotRow = z.strictObject({
  id: z.number().int().positive().optional(),
  profileId: ProfileIdSchema,
  at: EpochMs,
  followers: Count,
});

const PostRow = z
  .strictObject({
    key: Key,
    platform: PlatformSchema,
    postId: z.string().min(1).max(LIMITS.id),
    profileId: ProfileIdSchema.optional(),
    publishedAt: EpochMs.optional(),
    text: Text(LIMITS.postText).optional(),
    hashtags: z.array(z.string().min(1).max(LIMITS.hashtag)).max(LIMITS.hashtags),
    likes: Count.optional(),
    comments: Count.optional(),
    views: Count.optional(),
    shares: Count.optional(),
    firstSeen: EpochMs,
    lastSeen: EpochMs,
  })
  .refine((p) => p.key === `${p.platform}:${p.postId}`, 'post-key-mismatch');

const CommentRow = z
  .strictObject({
    key: Key,
    platform: PlatformSchema,
    postKey: Key.optional(),
    profileId: ProfileIdSchema.optional(),
    memberKey: MemberKey,
    text: Text(LIMITS.commentText).optional(),
    textExpiresAt: EpochMs.optional(),
    likes: Count.optional(),
    publishedAt: EpochMs.optional(),
    replyToKey: Key.optional(),
    firstSeen: EpochMs,
  })
  .refine((c) => c.key.startsWith(`${c.platform}:`), 'comment-key-platform');

const MemberRow = z.strictObject({
  key: MemberKey,
  platform: PlatformSchema,
  traits: z
    .unknown()
    .optional()
    .refine((t) => t === undefined || asMemberTraitSummary(t) !== undefined, 'member-traits-shape'),
  profileIds: z.array(ProfileIdSchema).max(100_000).optional(),
  firstSeen: EpochMs,
  lastSeen: EpochMs,
});

const EngagementRow = z
  .strictObject({
    id: z.string().max(400),
    memberKey: MemberKey,
    postKey: Key,
    profileId: ProfileIdSchema.optional(),
    count: z.number().int().positive().max(1e9),
    firstSeen: EpochMs,
    lastSeen: EpochMs,
  })
  .refine((e) => e.id === `${e.memberKey}|${e.postKey}`, 'engagement-id-mismatch');

const PageRow = z.strictObject({ url: PlatformUrl, profileId: ProfileIdSchema, capturedAt: EpochMs });

const ShortlistRow = z.strictObject({ id: z.string().min(1).max(200), name: z.string().min(1).max(120), createdAt: EpochMs, updatedAt: EpochMs });

const ShortlistEntryRow = z.strictObject({
  id: z.string().min(1).max(400),
  shortlistId: z.string().min(1).max(200),
  profileId: ProfileIdSchema,
  note: z.string().max(4_000),
  tags: z.array(z.string().max(40)).max(20),
  status: z.enum(SHORTLIST_STATUSES),
  addedAt: EpochMs,
  updatedAt: EpochMs,
});

/** Target personas keep the user's definition as typed; the editor re-checks it when read. */
const TargetPersonaRow = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  definition: z.unknown(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

/** Each setting a build writes, by key; any other key is not ours. */
const SettingRow = z.union([
  z.strictObject({ key: z.literal('retentionDays'), value: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS) }),
  z.strictObject({ key: z.literal('persistentStorage'), value: z.strictObject({ granted: z.boolean(), at: EpochMs }) }),
  z.strictObject({ key: z.literal('myAudience.ownProfile'), value: ProfileIdSchema.nullable() }),
  z.strictObject({
    key: z.string().regex(/^myAudience\.analytics:(youtube|instagram|tiktok|x):[^\s|]{1,100}$/),
    value: z.strictObject({ kind: z.string().max(40), importedAt: EpochMs, demographics: z.unknown(), rejected: z.array(z.unknown()).max(10_000) }),
  }),
  // Jobs are resumed work; a restore rebuilds what they would, so their state is dropped.
  z.strictObject({ key: z.string().regex(/^job:[\w-]{1,40}$/), value: z.unknown() }),
]);

export const ROW_SCHEMAS = {
  profiles: ProfileRow,
  followerSnapshots: FollowerSnapshotRow,
  posts: PostRow,
  comments: CommentRow,
  members: MemberRow,
  engagements: EngagementRow,
  pages: PageRow,
  settings: SettingRow,
  targetPersonas: TargetPersonaRow,
  shortlists: ShortlistRow,
  shortlistEntries: ShortlistEntryRow,
} as const;

export type RestoredTable = keyof typeof ROW_SCHEMAS;
/**
 * Derived from the others, so a file's rows for these are never believed: audience and
 * segments are rebuilt on every restore, stored personas recomputed when first asked for.
 */
export const DERIVED_TABLES = ['audience', 'segments', 'personaResults'] as const;
