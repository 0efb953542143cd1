/**
 * The words for the codes lib/ returns (refusals, reasons, rejections): one catalogue key per
 * code, chosen by a table the compiler checks is complete, and the numbers that come with a
 * code formatted in the UI language. A code the table does not know (from a newer background,
 * or stored by an older build) gets a generic message that still shows it.
 */
import type { RefusalCode } from '../lib/messaging/refusals';
import type { InsufficientReason, SampleSize } from '../lib/personas/types';
import { formatCount } from './i18n/format';
import { t, tp, type MessageKey } from './i18n/t';

const n = (x: number): string => formatCount(x);

export const REFUSAL_KEYS: Record<RefusalCode, MessageKey> = {
  'invalid-request': 'dashboard_refusal_invalidRequest',
  rejected: 'dashboard_refusal_rejected',
  'profile-not-captured': 'dashboard_refusal_notCaptured',
  'duplicate-list-name': 'dashboard_refusal_duplicateList',
  'not-own-profile': 'dashboard_refusal_notOwn',
  'shortlist-not-found': 'dashboard_refusal_shortlistNotFound',
  'entry-not-found': 'dashboard_refusal_entryNotFound',
};

const has = <K extends string>(table: Record<K, unknown>, code: string): code is K => Object.prototype.hasOwnProperty.call(table, code);

/** A refusal of the background (the message of the Error a request rejected with), in words. */
export function refusalText(reason: string): string {
  return has(REFUSAL_KEYS, reason) ? t(REFUSAL_KEYS[reason]) : t('dashboard_error', reason);
}

/** Why there are no personas yet, with the numbers: "only 12 engaged commenters so far; personas need at least 30 …". */
export function insufficientText(result: { reason: InsufficientReason | string; needed?: number; sample: SampleSize }): string {
  const needed = n(result.needed ?? 0);
  if (result.reason === 'too-few-members') return tp('report_insufficient_tooFewMembers', result.sample.members, n(result.sample.members), needed);
  if (result.reason === 'too-few-posts') return tp('report_insufficient_tooFewPosts', result.sample.posts, n(result.sample.posts), needed);
  return t('report_insufficient_unknownReason');
}
