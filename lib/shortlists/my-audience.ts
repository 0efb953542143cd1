/**
 * "My audience": the profile a creator marks as their own and the demographics they import
 * from their platform's analytics. Stored in the settings table under namespaced keys (the
 * Dexie schema has no table for it, and one record per creator is all it needs).
 */
import { z } from 'zod';
import { ANALYTICS_KINDS, type AnalyticsKind, type AnalyticsRejection, type Demographics } from './analytics/demographics';
import type { DemographicShares, OwnPersona } from './analytics/own-personas';
import { ProfileIdSchema } from './messages';

export const OWN_PROFILE_KEY = 'myAudience.ownProfile';
export const analyticsKey = (profileId: string) => `myAudience.analytics:${profileId}`;

export const SetOwnProfileSchema = z.strictObject({ profileId: ProfileIdSchema.nullable() });
export const ImportAnalyticsSchema = z.strictObject({
  profileId: ProfileIdSchema,
  kind: z.enum(ANALYTICS_KINDS as [AnalyticsKind, ...AnalyticsKind[]]),
  text: z.string().max(2_000_000),
});
export type ImportAnalyticsRequest = z.input<typeof ImportAnalyticsSchema>;

/** What is stored per own profile: the parsed export, never the raw text. */
export interface StoredAnalytics {
  kind: AnalyticsKind;
  importedAt: number;
  demographics: Demographics;
  rejected: AnalyticsRejection[];
}

export interface AnalyticsSummary extends StoredAnalytics {
  personas: OwnPersona[];
  shares: DemographicShares[];
}

export interface MyAudience {
  ownProfileId: string | null;
  profile: { id: string; platform: string; handle: string; displayName: string | null; followers: number | null } | null;
  analytics: AnalyticsSummary | null;
}
