/**
 * The interface's words, typed, over the message catalogue (public/_locales/<locale>/
 * messages.json, read by t() in components/i18n/). This file holds no sentence: it maps the
 * shapes components use (records by code, functions of counts) onto catalogue keys, and
 * formats the numbers it is given in the UI language before they are put into a message.
 */
import type { Platform } from '../lib/capture/batch';
import type { BenchmarkNote } from '../lib/capture/platforms';
import type { Anomaly } from '../lib/metrics/engagement';
import type { FitReason } from '../lib/personas/types';
import { AUTHENTICITY_FLAGS, type AuthenticityFlag } from '../lib/traits/authenticity';
import { insufficientText, refusalText } from './coded-messages';
import { formatAlternatives, formatCount, formatMegabytes, formatPercent, formatPercentFixed } from './i18n/format';
import { t, tp, type MessageKey } from './i18n/t';
import { valueLabel } from './report/value-label';

export { t, tp } from './i18n/t';

/**
 * One message per code: { code: t(prefix + key) }, keys in camelCase where codes have hyphens;
 * after a prefix without a final "_" the code is capitalised (a key may not end in "_other",
 * the plural form's suffix).
 */
function byCode<C extends string>(prefix: string, codes: readonly C[]): Record<C, string> {
  const camel = (code: string) => code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const suffix = (code: string) => (prefix.endsWith('_') ? camel(code) : camel(code).charAt(0).toUpperCase() + camel(code).slice(1));
  return Object.fromEntries(codes.map((code) => [code, t(`${prefix}${suffix(code)}` as MessageKey)])) as Record<C, string>;
}

const pct = (x: number): string => formatPercent(x);
const n = (x: number): string => formatCount(x);

/**
 * A target's values for a fit reason, named in the UI language ("English or German", not
 * "en, de"): any one of them counts as a match, so they are joined as alternatives. The first
 * four, then an ellipsis.
 */
function listText(dimension: FitReason['dimension'], values: readonly string[], max = 4): string {
  const named = values.slice(0, max).map((v) => valueLabel(dimension, v, {}));
  return values.length > max ? `${named.join(', ')} …` : formatAlternatives(named);
}

/** A fit reason in words, from the numbers lib/personas/fit.ts gives. */
function fitReason(r: FitReason): string {
  const d = r.dimension;
  if (r.match === 'unknown') return t(`report_fitNoKnown_${d}`, n(r.unknown));
  const known = t(`report_fitKnown_${d}`, n(r.n));
  const sample = r.unknown > 0 ? t('report_fitKnownAndUnknown', known, n(r.unknown)) : known;
  if (d === 'gender') return t('report_fitReason_gender', pct(r.femaleShare ?? 0), pct(r.target.female ?? 0), pct(r.share), sample);
  return t(`report_fitReason_${d}`, pct(r.share), listText(d, r.target.values), sample);
}

export const text = {
  appName: t('appName'),
  loading: t('loading'),
  unknown: t('unknown'),
  /** "Label: value" (French puts a space before the colon). */
  labelValue: (label: string, value: string) => t('labelValue', label, value),
  welcome: {
    title: t('welcome_title'),
    lead: t('welcome_lead'),
    stepsHeading: t('welcome_stepsHeading'),
    steps: [t('welcome_step1'), t('welcome_step2'), t('welcome_step3')],
    readsHeading: t('welcome_readsHeading'),
    reads: [t('welcome_read1'), t('welcome_read2')],
    neverHeading: t('welcome_neverHeading'),
    never: [t('welcome_never1'), t('welcome_never2'), t('welcome_never3')],
    dashboard: t('welcome_dashboard'),
    pin: t('welcome_pin'),
  },
  unsupported: { title: t('unsupported_title'), body: t('unsupported_body') },
  empty: {
    title: t('empty_title'),
    body: (handle: string | null) => (handle ? t('empty_bodyHandle', handle) : t('empty_body')),
  },
  error: { title: t('error_title'), retry: t('error_retry'), hint: t('error_hint') },
  report: {
    followers: t('report_followers'),
    following: t('report_following'),
    postsSeen: t('report_postsSeen'),
    commentsSeen: t('report_commentsSeen'),
    commentsNoun: (count: number) => tp('report_commentsNoun', count),
    postsNoun: (count: number) => tp('report_postsNoun', count),
    commenters: t('report_commenters'),
    commentersDetail: (suspicious: number, commenters: number) =>
      suspicious > 0 ? t('report_commentersDetailSuspicious', n(commenters - suspicious), n(suspicious)) : t('report_commentersDetail'),
    growth: t('report_growth'),
    sourceNote: (visits: number) => tp('report_sourceNote', visits, n(visits)),
    verified: t('report_verified'),
    engagementRate: t('report_engagementRate'),
    engagementHow: t('report_engagementHow'),
    engagementBasis: (posts: number) => (posts > 0 ? tp('report_engagementBasis', posts, n(posts)) : t('report_engagementBasisNone')),
    engagementTypical: (range: string) => t('report_engagementTypical', range),
    /** Each platform's engagement formula (lib/capture/platforms.ts gives the basis and interactions). */
    engagementFormula: byCode<Platform>('report_formula_', ['youtube', 'instagram', 'tiktok', 'x']),
    benchmarkNote: byCode<BenchmarkNote>('report_benchmarkNote_', ['rough', 'brand-accounts']),
    anomaly: (a: Pick<Anomaly, 'kind' | 'value' | 'typical'>) =>
      a.kind === 'spike'
        ? t('report_anomalySpike', formatPercentFixed(a.value, 2), formatPercentFixed(a.typical, 2))
        : t('report_anomalyRatio', n(Math.round(a.value)), n(Math.round(a.typical))),
    engagementDetail: (formula: string, posts: number) => tp('report_engagementDetail', posts, formula, n(posts)),
    benchmark: (tier: string, range: string, source: string) => t('report_benchmark', tier, range, source),
    placement: byCode('report_placement_', ['below', 'average', 'above']),
    growthDetail: (visits: number, days: number) => {
      const d = Math.max(1, Math.round(days));
      return tp('report_growthDetail', d, n(visits), n(d));
    },
    growthUnknown: t('report_growthUnknown'),
    sample: t('report_sample'),
    composition: t('report_composition'),
    compositionEmpty: t('report_compositionEmpty'),
    dimension: byCode('report_dimension_', ['gender', 'language', 'region', 'interest', 'age']),
    dimensionCounts: (known: number, unknown: number) => t('report_dimensionCounts', n(known), n(unknown)),
    authenticity: t('report_authenticity'),
    authenticityLine: (suspicious: number, members: number, share: string) => t('report_authenticityLine', n(suspicious), n(members), share),
    authenticityNone: t('report_authenticityNone'),
    flags: t('report_flags'),
    // Every flag lib/traits/authenticity.ts can raise, so a new flag gets its message or shows its key.
    flag: byCode<AuthenticityFlag>('report_flag_', AUTHENTICITY_FLAGS) as Record<string, string>,
    personas: t('report_personas'),
    personasInsufficient: (result: Parameters<typeof insufficientText>[0]) => t('report_personasInsufficient', insufficientText(result)),
    personasSample: (members: number, engagements: number, posts: number) => t('report_personasSample', n(members), n(engagements), n(posts)),
    personaShare: (share: string, members: number) => t('report_personaShare', share, n(members)),
    personaTraits: t('report_personaTraits'),
    traitDimension: byCode('report_traitDimension_', ['gender', 'language', 'region', 'age', 'interest']) as Record<string, string>,
    traitGender: byCode('report_traitGender_', ['female', 'male']) as Record<string, string>,
    traitMixed: (dimension: string, top: string) => t('report_traitMixed', dimension, top),
    traitUnknown: (dimension: string) => t('report_traitUnknown', dimension),
    traitTooFew: (dimension: string) => t('report_traitTooFew', dimension),
    traitN: (members: number) => t('report_traitN', n(members)),
    personaQuote: t('report_personaQuote'),
    quote: (words: string) => t('report_quote', words),
    painPointsCount: (count: number) => t('report_painPointsCount', n(count)),
    flagCount: (flag: string, count: number) => t('report_flagCount', flag, n(count)),
    painPointCount: (members: number) => tp('report_painPointCount', members, n(members)),
    fit: t('report_fit'),
    fitPresetNote: t('report_fitPresetNote'),
    fitScore: (score: number | null) => t('report_fitScore', score === null ? t('unknown') : n(Math.round(score))),
    fitInterval: (range: string, members: number) => t('report_fitInterval', range, n(members)),
    fitUnknown: t('report_fitUnknown'),
    fitReason,
    fitTooFew: (reason: string) => t('report_fitTooFew', reason),
    confidenceWord: byCode('report_confidence_', ['low', 'medium', 'high']) as Record<string, string>,
    sampleMeter: {
      heading: t('report_meter_heading'),
      count: (shown: string, members: number) => tp('report_meter_count', members, shown),
      confidence: (word: string) => t('report_meter_confidence', word),
      meterLabel: (target: number) => t('report_meter_label', n(target)),
      firstPost: (handle: string) => t('report_meter_firstPost', handle),
      morePosts: (posts: number, target: number) => tp('report_meter_morePosts', posts, n(posts), n(target)),
      enough: t('report_meter_enough'),
    },
    rangeLegend: t('report_rangeLegend'),
    /** A bar's accessible name: its label and share, its 95% interval and its n where known. */
    barLabel: (label: string, value: string, interval: string | null, count: number | undefined) => {
      const base = interval ? t('chart_barWithInterval', label, value, interval) : t('chart_bar', label, value);
      return count === undefined ? base : t('chart_barN', base, n(count));
    },
    genderName: byCode('report_genderName_', ['female', 'male', 'unknown']) as Record<string, string>,
    unknownValue: t('unknown'),
    openFull: t('report_openFull'),
    openDashboard: t('report_openDashboard'),
  },
  shortlist: {
    save: t('shortlist_save'),
    list: t('shortlist_list'),
    newList: t('shortlist_newList'),
    newListName: t('shortlist_newListName'),
    note: t('shortlist_note'),
    tags: t('shortlist_tags'),
    confirm: t('shortlist_confirm'),
    cancel: t('shortlist_cancel'),
    saved: (name: string) => t('shortlist_saved', name),
    failed: (reason: string) => t('shortlist_failed', refusalText(reason)),
    defaultName: t('shortlist_defaultName'),
    alreadyIn: (names: string[]) => t('shortlist_alreadyIn', names.map((name) => t('shortlist_quoted', name)).join(', ')),
    option: (name: string, entries: number) => t('shortlist_option', name, n(entries)),
    optionHolding: (name: string, entries: number) => t('shortlist_optionHolding', name, n(entries)),
    editingSaved: t('shortlist_editingSaved'),
  },
  dashboard: {
    title: t('dashboard_title'),
    tabs: byCode('dashboard_tab_', ['shortlists', 'personas', 'audience', 'data']),
    tabsLabel: t('dashboard_tabsLabel'),
    // The background's refusals by code (components/coded-messages.ts); anything else is shown as it came.
    error: refusalText,
    unknown: t('unknown'),
    lists: {
      heading: t('dashboard_lists_heading'),
      none: t('dashboard_lists_none'),
      newName: t('dashboard_lists_newName'),
      create: t('dashboard_lists_create'),
      rename: t('dashboard_lists_rename'),
      renameLabel: t('dashboard_lists_renameLabel'),
      delete: t('dashboard_lists_delete'),
      confirmDelete: (name: string) => t('dashboard_lists_confirmDelete', name),
      deleted: (name: string) => t('dashboard_lists_deleted', name),
      undo: t('dashboard_lists_undo'),
      restored: t('dashboard_lists_restored'),
      entries: (count: number) => tp('dashboard_lists_entries', count, n(count)),
      select: t('dashboard_lists_select'),
    },
    add: {
      label: t('dashboard_add_label'),
      placeholder: t('dashboard_add_placeholder'),
      button: t('dashboard_add_button'),
      invalid: t('dashboard_add_invalid'),
      added: (handle: string) => t('dashboard_add_added', handle),
      hint: t('dashboard_add_hint'),
    },
    table: {
      caption: (name: string, count: number) => tp('dashboard_table_caption', count, name, n(count)),
      empty: t('dashboard_table_empty'),
      select: t('dashboard_table_select'),
      selectRow: (handle: string) => t('dashboard_table_selectRow', handle),
      creator: t('dashboard_table_creator'),
      followers: t('dashboard_table_followers'),
      engagement: t('dashboard_table_engagement'),
      growth: t('dashboard_table_growth'),
      fit: t('dashboard_table_fit'),
      commenters: t('dashboard_table_commenters'),
      status: t('dashboard_table_status'),
      tags: t('dashboard_table_tags'),
      note: t('dashboard_table_note'),
      campaign: t('dashboard_table_campaign'),
      fieldOf: (field: string, handle: string) => t('dashboard_table_fieldOf', field, handle),
      tagsOf: (handle: string) => t('dashboard_table_tagsOf', handle),
      remove: (handle: string) => t('dashboard_table_remove', handle),
      sortBy: (column: string, direction: string) => t('dashboard_table_sortBy', column, direction),
      ascending: t('dashboard_table_ascending'),
      descending: t('dashboard_table_descending'),
      fitFor: t('dashboard_table_fitFor'),
      presetNote: t('dashboard_table_presetNote'),
      notCaptured: t('dashboard_table_notCaptured'),
      nPosts: (count: number) => tp('dashboard_table_nPosts', count, n(count)),
      nVisits: (count: number) => tp('dashboard_table_nVisits', count, n(count)),
      nMembers: (count: number) => t('dashboard_table_nMembers', n(count)),
      sourceNote: t('dashboard_table_sourceNote'),
      tagsHint: t('dashboard_table_tagsHint'),
    },
    status: byCode('dashboard_status_', ['candidate', 'contacted', 'negotiating', 'booked', 'declined']) as Record<string, string>,
    compare: {
      heading: t('dashboard_compare_heading'),
      hint: (count: number) => t('dashboard_compare_hint', n(count)),
      tooMany: t('dashboard_compare_tooMany'),
      metric: t('dashboard_compare_metric'),
      audience: t('dashboard_compare_audience'),
      byDimension: byCode('dashboard_compare_by', ['gender', 'language', 'region', 'interest', 'age']) as Record<string, string>,
      barsLabel: (dimension: string, handle: string, counts: string) => t('dashboard_compare_barsLabel', dimension, handle, counts),
      noSegments: t('dashboard_compare_noSegments'),
      segmentsUnavailable: t('dashboard_compare_segmentsUnavailable'),
      personasUnavailable: t('dashboard_compare_personasUnavailable'),
    },
    overlap: {
      heading: t('dashboard_overlap_heading'),
      explain: t('dashboard_overlap_explain'),
      uniqueReach: (count: number, total: number) => tp('dashboard_overlap_uniqueReach', count, n(count), n(total)),
      sharedAll: (count: number) => t('dashboard_overlap_sharedAll', n(count)),
      unavailable: (reason: string) => t('dashboard_overlap_unavailable', reason),
      needTwo: t('dashboard_overlap_needTwo'),
      cell: (shared: number, jaccard: string) => t('dashboard_overlap_cell', n(shared), jaccard),
      cellLabel: (a: string, b: string, shared: number, jaccard: string) => t('dashboard_overlap_cellLabel', a, b, n(shared), jaccard),
      self: (count: number) => t('dashboard_overlap_self', n(count)),
    },
    exchange: {
      heading: t('dashboard_exchange_heading'),
      csv: t('dashboard_exchange_csv'),
      json: t('dashboard_exchange_json'),
      importLabel: t('dashboard_exchange_importLabel'),
      importButton: t('dashboard_exchange_importButton'),
      report: (added: number, updated: number, rejected: number) => t('dashboard_exchange_report', n(added), n(updated), n(rejected)),
      unchanged: (count: number) => t('dashboard_exchange_unchanged', n(count)),
      rejectedRow: (row: string, reason: string) => t('dashboard_exchange_rejectedRow', row, reason),
      nothingImported: (reason: string) => t('dashboard_exchange_nothingImported', reason),
    },
    personas: {
      heading: t('dashboard_personas_heading'),
      intro: t('dashboard_personas_intro'),
      none: t('dashboard_personas_none'),
      preset: t('dashboard_personas_preset'),
      presetNone: t('dashboard_personas_presetNone'),
      usePreset: t('dashboard_personas_usePreset'),
      name: t('dashboard_personas_name'),
      female: t('dashboard_personas_female'),
      languages: t('dashboard_personas_languages'),
      regions: t('dashboard_personas_regions'),
      interests: t('dashboard_personas_interests'),
      languagesHint: t('dashboard_personas_languagesHint'),
      regionsHint: (groups: readonly string[]) => t('dashboard_personas_regionsHint', groups.join(', ')),
      interestsHint: (known: readonly string[]) => t('dashboard_personas_interestsHint', known.join(', ')),
      fieldName: byCode('dashboard_personas_fieldName_', ['languages', 'regions', 'interests']) as Record<string, string>,
      neverMatches: (problems: string[]) => t('dashboard_personas_neverMatches', problems.join('; ')),
      didYouMean: (input: string, suggestion: string) => t('dashboard_personas_didYouMean', input, suggestion),
      unknownValue: (input: string, field: string) => t('dashboard_personas_unknownValue', input, field),
      saveAnyway: t('dashboard_personas_saveAnyway'),
      ageBands: t('dashboard_personas_ageBands'),
      weights: t('dashboard_personas_weights'),
      weight: byCode('dashboard_personas_weight_', ['gender', 'language', 'region', 'interest', 'age']) as Record<string, string>,
      save: t('dashboard_personas_save'),
      saved: (name: string) => t('dashboard_personas_saved', name),
      edit: t('dashboard_personas_edit'),
      delete: t('dashboard_personas_delete'),
      newPersona: t('dashboard_personas_newPersona'),
      editPersona: t('dashboard_personas_editPersona'),
      invalid: (path: string, message: string) => (path ? t('dashboard_personas_invalidAt', path, message) : message),
      summary: {
        genders: (female: string) => t('dashboard_personas_womenShare', female),
        any: t('dashboard_personas_any'),
      },
    },
    audience: {
      heading: t('dashboard_audience_heading'),
      intro: t('dashboard_audience_intro'),
      own: t('dashboard_audience_own'),
      setOwn: t('dashboard_audience_setOwn'),
      current: (handle: string, platform: string) => t('dashboard_audience_current', handle, platform),
      noOwn: t('dashboard_audience_noOwn'),
      clearOwn: t('dashboard_audience_clearOwn'),
      kind: t('dashboard_audience_kind'),
      kinds: byCode('dashboard_audience_kind_', ['youtube-studio', 'tiktok', 'plain-csv']) as Record<string, string>,
      file: t('dashboard_audience_file'),
      paste: t('dashboard_audience_paste'),
      import: t('dashboard_audience_import'),
      imported: (rows: number, rejected: number) => tp('dashboard_audience_imported', rows, n(rows), n(rejected)),
      rejectedRow: (row: number, reason: string) => t('dashboard_audience_rejectedRow', n(row), reason),
      rejectedRowIn: (file: string, row: number, reason: string) => t('dashboard_audience_rejectedRowIn', file, n(row), reason),
      pastedName: t('dashboard_audience_pastedName'),
      personas: t('dashboard_audience_personas'),
      share: (share: string) => t('dashboard_audience_share', share),
      basisJoint: t('dashboard_audience_basisJoint'),
      basisIndependent: t('dashboard_audience_basisIndependent'),
      dimension: byCode('dashboard_audience_dimension_', ['age', 'gender', 'region']) as Record<string, string>,
      notInExport: t('dashboard_audience_notInExport'),
      emptyFiles: (names: string[]) => tp('dashboard_audience_emptyFiles', names.length, names.join(', ')),
      nothingChosen: t('dashboard_audience_nothingChosen'),
      failedKeptLast: (reason: string, when: string) => t('dashboard_audience_failedKeptLast', reason, when),
      failedNothing: (reason: string) => t('dashboard_audience_failedNothing', reason),
      addsUp: t('dashboard_audience_addsUp'),
      formatsSummary: t('dashboard_audience_formatsSummary'),
      formats: [t('dashboard_audience_format1'), t('dashboard_audience_format2'), t('dashboard_audience_format3')],
      source: (kind: string, when: string) => t('dashboard_audience_source', kind, when),
      genderName: byCode('dashboard_audience_gender', ['female', 'male', 'other', 'unknown']) as Record<string, string>,
    },
    data: {
      heading: t('dashboard_data_heading'),
      intro: t('dashboard_data_intro'),
      retention: t('dashboard_data_retention'),
      retentionSave: t('dashboard_data_retentionSave'),
      retentionSaved: (days: number) => tp('dashboard_data_retentionSaved', days, n(days)),
      forget: t('dashboard_data_forget'),
      forgetButton: t('dashboard_data_forgetButton'),
      forgetConfirm: (id: string) => t('dashboard_data_forgetConfirm', id),
      forgotten: (posts: number, comments: number) => t('dashboard_data_forgotten', n(posts), n(comments)),
      notFound: t('dashboard_data_notFound'),
      deleteAll: t('dashboard_data_deleteAll'),
      deleteAllConfirm: t('dashboard_data_deleteAllConfirm'),
      deleted: t('dashboard_data_deleted'),
      backup: t('dashboard_data_backup'),
      backupContents: t('dashboard_data_backupContents'),
      restore: t('dashboard_data_restore'),
      restoreButton: t('dashboard_data_restoreButton'),
      restored: t('dashboard_data_restored'),
      unavailable: (message: string) => t('dashboard_data_unavailable', message),
    },
  },
  /** Storage safety notices (components/StorageNotice.tsx, components/dashboard/AutoBackupSection.tsx). */
  storage: {
    mb: formatMegabytes,
    fullTitle: t('storage_fullTitle'),
    fullWhat: (used: string | null, quota: string | null) => (used && quota ? t('storage_fullWhatQuota', used, quota) : t('storage_fullWhat')),
    pausedTitle: t('storage_pausedTitle'),
    pausedWhat: (used: string | null, quota: string | null) => (used && quota ? t('storage_pausedWhatQuota', used, quota) : t('storage_pausedWhat')),
    kept: t('storage_kept'),
    todo: t('storage_todo'),
    resetTitle: t('storage_resetTitle'),
    resetWhat: (at: string) => t('storage_resetWhat', at),
    resetBackup: (at: string, comments: string) => t('storage_resetBackup', at, comments),
    resetNoBackup: t('storage_resetNoBackup'),
    resetWhere: t('storage_resetWhere'),
    restore: t('storage_restore'),
    restored: t('storage_restored'),
    dismiss: t('storage_dismiss'),
    autoTitle: t('storage_autoTitle'),
    autoToggle: t('storage_autoToggle'),
    autoNone: t('storage_autoNone'),
    autoItem: (at: string, comments: string, size: string) => t('storage_autoItem', at, comments, size),
    backupNow: t('storage_backupNow'),
    backedUp: t('storage_backedUp'),
  },
  /** Brand names: the same in every language. */
  platformName: { youtube: 'YouTube', instagram: 'Instagram', tiktok: 'TikTok', x: 'X' },
} as const;
