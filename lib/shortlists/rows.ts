/**
 * One shortlist as the dashboard shows and exports it: one row per entry, every number with
 * the n it rests on, and null where it is unknown (never 0 for "we did not see it").
 */
import type { Platform } from '../capture/batch';
import type { ShortlistStatus } from './messages';

export interface RowFit {
  personaId: string;
  personaName: string;
  /** 0..100, null when no weighted dimension has known data. */
  score: number | null;
  low: number | null;
  high: number | null;
  n: number;
  /** 'segments': the stored per-profile counts; 'members': recomputed from members' traits. */
  source: 'segments' | 'members';
}

export interface ShortlistRow {
  entryId: string;
  profileId: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  /** false when the entry came from an import and this browser never saw the profile. */
  captured: boolean;
  followers: number | null;
  engagement: { rate: number | null; n: number };
  growth: { change: number | null; per30Days: number | null; relativePer30Days: number | null; n: number };
  commenters: number;
  fits: RowFit[];
  note: string;
  tags: string[];
  status: ShortlistStatus | string;
  addedAt: number;
  updatedAt: number;
}

export interface ShortlistView {
  shortlist: { id: string; name: string; createdAt: number; updatedAt: number };
  /** The target personas the fits are computed for, in the order of each row's `fits`. */
  personas: { id: string; name: string; /** A preset, shown until the brand defines its own. */ preset?: boolean }[];
  rows: ShortlistRow[];
}
