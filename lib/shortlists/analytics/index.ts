/** Analytics imports: one entry point per export kind, all producing the same demographics. */
import { MAX_ANALYTICS_CHARS } from './blocks';
import { emptyDemographics, type AnalyticsKind, type AnalyticsParse } from './demographics';
import { parsePlainCsv } from './plain-csv';
import { parseTikTokFollowers } from './tiktok';
import { parseYouTubeStudio } from './youtube-studio';

export * from './demographics';
export { ownPersonas, demographicShares, type OwnPersona, type DemographicShares } from './own-personas';
export { PLAIN_COLUMNS } from './plain-csv';

const PARSERS: Record<AnalyticsKind, (text: string) => AnalyticsParse> = {
  'youtube-studio': parseYouTubeStudio,
  tiktok: parseTikTokFollowers,
  'plain-csv': parsePlainCsv,
};

export function parseAnalytics(kind: AnalyticsKind, text: string): AnalyticsParse {
  if (text.length > MAX_ANALYTICS_CHARS) {
    return { demographics: emptyDemographics(kind), rejected: [{ row: 1, reason: 'file-too-large' }] };
  }
  const result = PARSERS[kind](text);
  if (result.demographics.rows === 0 && result.rejected.length === 0) {
    result.rejected.push({ row: 1, reason: 'no-rows' });
  }
  return result;
}
