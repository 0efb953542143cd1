/**
 * The words for the codes lib/ returns (refusals, reasons, rejections): one catalogue key per
 * code, chosen by a table the compiler checks is complete, and the numbers that come with a
 * code formatted in the UI language. A code the table does not know (from a newer background,
 * or stored by an older build) gets a generic message that still shows it.
 */
import type { BenchmarkSource, FollowerTier } from '../lib/capture/platforms';
import type { BackupFailure } from '../lib/db/backup';
import type { RefusalCode } from '../lib/messaging/refusals';
import { ANALYTICS_REJECTION_REASONS, type AnalyticsRejectionReason } from '../lib/shortlists/analytics/demographics';
import type { ImportRejection as ShortlistImportRejection } from '../lib/shortlists/json-format';
import type { FieldIssue } from '../lib/ui/field-issue';
import type { TargetRule } from '../lib/personas/targets';
import type { InsufficientReason, PainPoint, SampleSize } from '../lib/personas/types';
import { formatCompact, formatCount } from './i18n/format';
import { t, tp, uiLocale, type MessageKey } from './i18n/t';

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

/** A refusal's words where the reason is a refusal code; any other technical reason as it came (for places that already say "something went wrong"). */
export function refusalDetail(reason: string): string {
  return has(REFUSAL_KEYS, reason) ? t(REFUSAL_KEYS[reason]) : reason;
}

/** Why there are no personas yet, with the numbers: "only 12 engaged commenters so far; personas need at least 30 …". */
export function insufficientText(result: { reason: InsufficientReason | string; needed?: number; sample: SampleSize }): string {
  const needed = n(result.needed ?? 0);
  if (result.reason === 'too-few-members') return tp('report_insufficient_tooFewMembers', result.sample.members, n(result.sample.members), needed);
  if (result.reason === 'too-few-posts') return tp('report_insufficient_tooFewPosts', result.sample.posts, n(result.sample.posts), needed);
  return t('report_insufficient_unknownReason');
}

const camel = (code: string) => code.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const EXPECTED_KEYS: Record<NonNullable<FieldIssue['expected']>, MessageKey> = {
  text: 'issue_expectedText',
  number: 'issue_expectedNumber',
  list: 'issue_expectedList',
  'yes-no': 'issue_expectedYesNo',
  object: 'issue_expectedObject',
  other: 'issue_wrongType',
};

/** What is wrong with one field, without the field's name. */
function problemText(issue: FieldIssue): string {
  const limit = issue.limit ?? 0;
  switch (issue.code) {
    case 'wrong-type':
      return t(EXPECTED_KEYS[issue.expected ?? 'other']);
    case 'too-long':
      return tp('issue_tooLong', limit, n(limit));
    case 'too-short':
      return tp('issue_tooShort', limit, n(limit));
    case 'too-many':
      return tp('issue_tooMany', limit, n(limit));
    case 'too-few':
      return tp('issue_tooFew', limit, n(limit));
    case 'too-large':
      return t('issue_tooLarge', n(limit));
    case 'too-small':
      return t('issue_tooSmall', n(limit));
    case 'bad-format':
      return t('issue_badFormat');
    case 'not-allowed':
      return t('issue_notAllowed');
    case 'unknown-field':
      return t('issue_unknownField', issue.detail ?? '');
    case 'rule':
      return t('issue_rule');
    default:
      return t('issue_invalid');
  }
}

/** A schema issue in words: "note: too long (at most 2,000 characters)"; the field name stays as the file or form has it. */
export function fieldIssueText(issue: FieldIssue): string {
  const problem = problemText(issue);
  return issue.field ? t('issue_atField', issue.field, problem) : problem;
}

/** Why a shortlist import refused the file, as the end of "Nothing imported: the file is …". */
export function shortlistFileText(r: ShortlistImportRejection): string {
  switch (r.reason) {
    case 'too-large':
      return t('dashboard_exchange_file_tooLarge', n(r.limitMb));
    case 'not-json':
      return t('dashboard_exchange_file_notJson');
    case 'not-an-export':
      return t('dashboard_exchange_file_notAnExport', fieldIssueText(r.issue));
    case 'newer-version':
      return t('dashboard_exchange_file_newerVersion', n(r.version), n(r.supported));
    default:
      return shortlistRowText(r);
  }
}

/** Why a shortlist import refused one list or entry. */
export function shortlistRowText(r: ShortlistImportRejection): string {
  if (r.reason === 'invalid-field') return fieldIssueText(r.issue);
  if (r.reason === 'duplicate-profile') return t('dashboard_exchange_duplicateProfile', r.profileId);
  return shortlistFileText(r);
}

/** Why a line of an analytics export was not used. */
export function analyticsRejectionText(r: { reason: AnalyticsRejectionReason | string; value?: string }): string {
  const reason = (ANALYTICS_REJECTION_REASONS as readonly string[]).includes(r.reason) ? r.reason : 'unreadable-line';
  return t(`dashboard_audience_reject_${camel(reason)}` as MessageKey, r.value ?? '');
}

/** Why a backup was not imported (nothing was changed); a code this build does not know is shown as it came. */
export function backupFailureText(f: BackupFailure | { ok: false; error: string }): string {
  const failure = f as BackupFailure;
  switch (failure.error) {
    case 'newer-version':
      return t('backup_newerVersion', n(failure.version), n(failure.supported));
    case 'rows-without-keys':
      return t('backup_rowsWithoutKeys', failure.table);
    case 'foreign-types':
      return t('backup_foreignTypes', failure.table, n(failure.row));
    case 'invalid-row':
      return t('backup_invalidRow', failure.table, n(failure.row), fieldIssueText(failure.issue));
    case 'write-failed':
      return t('backup_writeFailed', failure.cause);
    case 'not-json':
    case 'unknown-format':
    case 'foreign-tables':
    case 'undeclared-table':
    case 'unreadable':
      return t(`backup_${camel(failure.error)}` as MessageKey);
    default:
      return t('dashboard_error', String(f.error));
  }
}

const TARGET_FIELD_KEYS: Partial<Record<string, MessageKey>> = {
  name: 'dashboard_personas_name',
  genders: 'dashboard_personas_female',
  // The list fields by their short names: their form labels carry a hint.
  languages: 'dashboard_personas_fieldName_languages',
  regions: 'dashboard_personas_fieldName_regions',
  interests: 'dashboard_personas_fieldName_interests',
  ageBands: 'dashboard_personas_ageBands',
  weights: 'dashboard_personas_weights',
};

const TARGET_RULE_KEYS: Record<TargetRule, MessageKey> = {
  'weights-all-zero': 'dashboard_personas_rule_weightsAllZero',
  'gender-share-zero': 'dashboard_personas_rule_genderShareZero',
};

/**
 * What the target persona editor says about a value it cannot save: the field by its label in
 * the form (not its path), the editor's own rules in their words, an age band with its format.
 */
export function targetIssueText(issue: FieldIssue): string {
  const [head = '', ...rest] = issue.field.split('.');
  const key = TARGET_FIELD_KEYS[head];
  const label = key ? t(key) : head;
  const field = rest.length && head !== 'weights' ? `${label} ${rest.map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : part)).join(' ')}` : label;
  if (issue.code === 'rule' && issue.detail && has(TARGET_RULE_KEYS, issue.detail)) return t(TARGET_RULE_KEYS[issue.detail]);
  if (head === 'ageBands' && issue.code === 'bad-format') return t('issue_atField', field, t('dashboard_personas_ageBandFormat'));
  return fieldIssueText({ ...issue, field });
}

/** The presets' names, by id: lib/personas/targets.ts keeps an English name for exports. */
const PRESET_NAME_KEYS: Partial<Record<string, MessageKey>> = {
  'preset-young-women-beauty-en': 'preset_youngWomenBeautyEn',
  'preset-german-gamers': 'preset_germanGamers',
  'preset-parents-us': 'preset_parentsUs',
  'preset-fitness-latam': 'preset_fitnessLatam',
};

/** A target's name as shown: a preset's in the UI language, a brand's own as typed. */
export function targetName(target: { id: string; name: string; preset?: boolean }): string {
  const key = target.preset ? PRESET_NAME_KEYS[target.id] : undefined;
  return key ? t(key) : target.name;
}

/** A follower tier from its bounds, in the compact numbers of the UI language: "10K–50K", "1M+". */
export function tierText(tier: FollowerTier): string {
  return Number.isFinite(tier.max) ? t('report_tierRange', formatCompact(tier.min), formatCompact(tier.max)) : t('report_tierFrom', formatCompact(tier.min));
}

const SCOPE_KEYS: Record<BenchmarkSource['scope'], MessageKey> = {
  'subscriber-tiers': 'report_benchmarkSource_subscriberTiers',
  'follower-tiers': 'report_benchmarkSource_followerTiers',
  'brand-median': 'report_benchmarkSource_brandMedian',
};

/** "2025-11" as a month of the UI language ("Nov 2025", "nov. de 2025"); years and spans as they are. */
function editionText(edition: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(edition);
  if (!month) return edition;
  return new Intl.DateTimeFormat(uiLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
}

/** Who published a benchmark: the publisher's name as data, the sentence around it from the catalogue. */
export function benchmarkSourceText(source: BenchmarkSource, platformName: string): string {
  return t(SCOPE_KEYS[source.scope], source.publisher, platformName, editionText(source.edition));
}


/** A pain point's heading: "Questions about “shipping”", or "Other questions" without a topic. */
export function painPointText(point: { kind: PainPoint['kind']; topic: string | null }): string {
  return point.topic === null ? t(`report_painPointOther_${point.kind}`) : t(`report_painPointAbout_${point.kind}`, point.topic);
}
