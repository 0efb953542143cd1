/**
 * The message route table: for every message the background answers, the schema its payload
 * must pass and the one kind of sender it accepts. The background checks both in one place
 * (lib/background/gate.ts) before any handler runs; ProtocolMap (protocol.ts) takes its
 * request types from these schemas, so callers cannot drift from what is checked.
 *
 * Senders: `content` is our content script in a top-level tab on one of the four platforms;
 * `page` is one of our own extension pages (popup, dashboard). Nothing else is accepted.
 *
 * Zod lives here, so content scripts import this file for types only (`import type`).
 */
import { z } from 'zod';
import { CaptureBatchSchema } from '../capture/batch-schema';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../db/settings';
import { TargetPersonaSchema } from '../personas/targets';
import { ImportAnalyticsSchema, SetOwnProfileSchema } from '../shortlists/my-audience';
import {
  CreateShortlistSchema,
  ExportShortlistSchema,
  GetShortlistSchema,
  IdRequestSchema,
  ImportShortlistsSchema,
  ListShortlistsSchema,
  ProfileIdSchema,
  RenameShortlistSchema,
  SaveToShortlistSchema,
  UpdateShortlistEntrySchema,
} from '../shortlists/messages';

export type SenderKind = 'content' | 'page';

/** A message without a payload: callers send nothing, undefined, null or {}. */
const Empty = z.union([z.undefined(), z.null(), z.strictObject({})]);

export const ROUTES = {
  capture: { from: 'content', schema: CaptureBatchSchema },
  getReport: { from: 'page', schema: z.strictObject({ url: z.string().max(4096).nullable() }) },
  getSegments: { from: 'page', schema: z.strictObject({ profileId: ProfileIdSchema }) },
  getPersonas: { from: 'page', schema: z.strictObject({ profileId: ProfileIdSchema }) },
  getOverlap: { from: 'page', schema: z.strictObject({ profileIds: z.array(ProfileIdSchema).min(1).max(50) }) },
  forgetProfile: { from: 'page', schema: z.strictObject({ profileId: ProfileIdSchema }) },
  deleteEverything: { from: 'page', schema: Empty },
  exportData: { from: 'page', schema: Empty },
  // A backup of a large database is tens of megabytes; a message can carry up to 64 MiB.
  importData: { from: 'page', schema: z.strictObject({ json: z.string().min(2).max(64 * 1024 * 1024) }) },
  setRetentionDays: { from: 'page', schema: z.strictObject({ days: z.number().int().min(MIN_RETENTION_DAYS).max(MAX_RETENTION_DAYS) }) },
  getSettings: { from: 'page', schema: Empty },
  setPersistence: { from: 'page', schema: z.strictObject({ granted: z.boolean() }) },
  // With a profileId: which lists already hold that creator (the popup's "Already in").
  listShortlists: { from: 'page', schema: z.union([z.undefined(), z.null(), ListShortlistsSchema]) },
  createShortlist: { from: 'page', schema: CreateShortlistSchema },
  renameShortlist: { from: 'page', schema: RenameShortlistSchema },
  deleteShortlist: { from: 'page', schema: IdRequestSchema },
  saveToShortlist: { from: 'page', schema: SaveToShortlistSchema },
  updateShortlistEntry: { from: 'page', schema: UpdateShortlistEntrySchema },
  removeShortlistEntry: { from: 'page', schema: IdRequestSchema },
  getShortlist: { from: 'page', schema: GetShortlistSchema },
  exportShortlist: { from: 'page', schema: ExportShortlistSchema },
  importShortlists: { from: 'page', schema: ImportShortlistsSchema },
  listTargetPersonas: { from: 'page', schema: Empty },
  saveTargetPersona: { from: 'page', schema: TargetPersonaSchema },
  deleteTargetPersona: { from: 'page', schema: IdRequestSchema },
  setOwnProfile: { from: 'page', schema: SetOwnProfileSchema },
  getMyAudience: { from: 'page', schema: Empty },
  importAnalytics: { from: 'page', schema: ImportAnalyticsSchema },
  rebuildSegments: { from: 'page', schema: Empty },
  getJob: { from: 'page', schema: z.strictObject({ name: z.literal('rebuild-segments') }) },
  // Storage safety (lib/background/storage-handlers.ts).
  getStorageStatus: { from: 'page', schema: Empty },
  restoreBackup: { from: 'page', schema: z.strictObject({ name: z.string().min(1).max(100) }) },
  dismissReset: { from: 'page', schema: Empty },
  setAutoBackup: { from: 'page', schema: z.strictObject({ enabled: z.boolean() }) },
  backupNow: { from: 'page', schema: Empty },
} as const satisfies Record<string, { from: SenderKind; schema: z.ZodType }>;

export type RoutedMessage = keyof typeof ROUTES;
/** What a caller sends. */
export type RequestOf<T extends RoutedMessage> = z.input<(typeof ROUTES)[T]['schema']>;
/** What a handler receives, once checked. */
export type ParsedOf<T extends RoutedMessage> = z.output<(typeof ROUTES)[T]['schema']>;
