/**
 * The mark beside a fit reason. A ✓ or ✗ says the audience does or does not match on that
 * dimension; said about one or two commenters with a known value it would claim far more than
 * they show ("✓ 100% in age band 18-24 (1 with a known age band; 57 unknown)"), so below
 * MIN_KNOWN_FOR_MARK the reason is marked "too few to tell" instead.
 */
import type { FitReason } from '../personas/types';

export const MIN_KNOWN_FOR_MARK = 5;

export type FitMark = 'match' | 'miss' | 'too-few' | 'unknown';

export function fitMark(reason: Pick<FitReason, 'match' | 'n'>): FitMark {
  if (reason.match === 'unknown') return 'unknown';
  if (reason.n < MIN_KNOWN_FOR_MARK) return 'too-few';
  return reason.match ? 'match' : 'miss';
}
