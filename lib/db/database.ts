/**
 * The single Dexie database. The version ladder only grows; each version says what changed,
 * and each upgrade is a named function in lib/db/migrations/ tested on data of the version
 * before it.
 */
import { Dexie, type EntityTable } from 'dexie';
import { addAudienceAndSegments } from './migrations/2026-11-29-audience-segments';
import type {
  AudienceRecord,
  CommentRecord,
  EngagementRecord,
  FollowerSnapshotRecord,
  MemberRecord,
  PageRecord,
  PersonaResultRecord,
  PostRecord,
  ProfileRecord,
  SegmentRecord,
  SettingRecord,
  ShortlistEntryRecord,
  ShortlistRecord,
  TargetPersonaRecord,
} from './records';

export const DB_NAME = 'persona-lens';
/** The schema version this build writes; a backup from a newer one is refused. */
export const DB_VERSION = 4;
/** The first version with the audience and segments tables (older backups have them derived). */
export const AUDIENCE_VERSION = 2;

export class PersonaLensDB extends Dexie {
  profiles!: EntityTable<ProfileRecord, 'id'>;
  followerSnapshots!: EntityTable<FollowerSnapshotRecord, 'id'>;
  posts!: EntityTable<PostRecord, 'key'>;
  comments!: EntityTable<CommentRecord, 'key'>;
  members!: EntityTable<MemberRecord, 'key'>;
  engagements!: EntityTable<EngagementRecord, 'id'>;
  pages!: EntityTable<PageRecord, 'url'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  targetPersonas!: EntityTable<TargetPersonaRecord, 'id'>;
  shortlists!: EntityTable<ShortlistRecord, 'id'>;
  shortlistEntries!: EntityTable<ShortlistEntryRecord, 'id'>;
  audience!: EntityTable<AudienceRecord, 'id'>;
  segments!: EntityTable<SegmentRecord, 'profileId'>;
  personaResults!: EntityTable<PersonaResultRecord, 'profileId'>;

  constructor(name = DB_NAME) {
    super(name);
    // v1: profiles, follower snapshots, posts, comments, members, engagements, pages,
    // settings, target personas, shortlists and their entries.
    this.version(1).stores({
      profiles: 'id, platform, lastSeen',
      followerSnapshots: '++id, [profileId+at]',
      posts: 'key, profileId, lastSeen',
      comments: 'key, profileId, postKey, memberKey, textExpiresAt',
      members: 'key, lastSeen',
      engagements: 'id, profileId, memberKey, postKey',
      pages: 'url, profileId',
      settings: 'key',
      targetPersonas: 'id',
      shortlists: 'id',
      shortlistEntries: 'id, shortlistId, profileId',
    });
    // v2 (2026-11-29): each profile's audience (profile x member) and its segment counts,
    // derived from v1's engagements and members by the named upgrade.
    this.version(2)
      .stores({
        audience: 'id, profileId, memberKey',
        segments: 'profileId',
      })
      .upgrade(addAudienceAndSegments);
    // v3 (2026-11-29): drops the indexes no query reads (profiles.platform, profiles.lastSeen,
    // posts.lastSeen, members.lastSeen, audience.memberKey). Every index is written with every
    // row, and members and audience rows are rewritten by each capture that touches them. No
    // data changes, so no upgrade function: IndexedDB drops the indexes on open
    // (test/db/migrations.test.ts opens a v2 database with it).
    this.version(3).stores({
      profiles: 'id',
      posts: 'key, profileId',
      members: 'key',
      audience: 'id, profileId',
    });
    // v4 (2026-12-06): each profile's personas as last computed (lib/report/insights.ts), so a
    // popup opened after the worker slept reads them. Nothing to derive from v3 (personas were
    // only cached in memory), so no upgrade function: the table starts empty and fills on the
    // first report (test/db/migrations.test.ts opens a v3 database with it).
    this.version(4).stores({
      personaResults: 'profileId',
    });
  }
}
