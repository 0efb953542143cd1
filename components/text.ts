/**
 * Every string the UI shows, in one place, ready for translation. Functions take the
 * numbers so that word order can change per language.
 */
import type { Platform } from '../lib/capture/batch';
import type { BenchmarkNote } from '../lib/capture/platforms';
import type { Anomaly } from '../lib/metrics/engagement';
import type { FitReason } from '../lib/personas/types';

const KNOWN_REFUSALS: Record<string, string> = {
  'profile not captured yet':
    'Persona Lens has not seen this profile yet: open the creator’s profile on its platform in this browser (reload it if it was open before Persona Lens was installed), then try again here.',
  'a shortlist with this name already exists': 'A shortlist with this name already exists: choose another name, or open that list.',
  'mark this profile as your own first': 'Mark this profile as yours first (“This is my profile”), then import its analytics.',
};

const pluralRules = new Intl.PluralRules('en');

/** The form of a word for a count, by the language's plural rules ('one' and 'other' in English). */
export function plural(n: number, forms: { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>): string {
  return forms[pluralRules.select(n)] ?? forms.other;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** A target's values for a fit reason: the first four, then an ellipsis. */
function listText(values: readonly string[], max = 4): string {
  return values.length > max ? `${values.slice(0, max).join(', ')} …` : values.join(', ');
}

const FIT_NOUN: Record<FitReason['dimension'], string> = {
  gender: 'gender',
  language: 'language',
  region: 'region',
  interest: 'interests',
  age: 'age band',
};

/** A fit reason in words, from the numbers lib/personas/fit.ts gives. */
function fitReason(r: FitReason): string {
  const noun = FIT_NOUN[r.dimension];
  if (r.match === 'unknown') return `No commenter has a known ${noun} yet (${r.unknown} unknown); left out of the score`;
  const tail = `${r.n} with a known ${noun}${r.unknown > 0 ? `; ${r.unknown} unknown, not counted` : ''}`;
  const values = listText(r.target.values);
  switch (r.dimension) {
    case 'gender':
      return `Gender mix ${pct(r.femaleShare ?? 0)} female vs target ${pct(r.target.female ?? 0)}: ${pct(r.share)} overlap (${tail})`;
    case 'language':
      return `${pct(r.share)} write in ${values} (${tail})`;
    case 'region':
      return `${pct(r.share)} likely in ${values} (${tail})`;
    case 'interest':
      return `${pct(r.share)} have ${values} as a main interest (${tail})`;
    case 'age':
      return `${pct(r.share)} in age band ${values} (${tail})`;
  }
}

export const text = {
  appName: 'Persona Lens',
  loading: 'Loading…',
  welcome: {
    title: 'Welcome to Persona Lens',
    lead: 'Persona Lens tells you who a creator’s audience is — gender, languages, regions, interests, personas — and how well it fits the audiences you want to reach. It works from what the pages you visit already show, inside your browser.',
    stepsHeading: 'Get a first sample in a minute',
    steps: [
      'Open a creator’s profile on YouTube, Instagram, TikTok or X (pages open before installing need a reload).',
      'Open a few of their posts and scroll down through the comments: every commenter that loads is read.',
      'Click the Persona Lens icon in the toolbar: the sample meter at the top says how many commenters were seen and what to open next; around 100 make a useful sample.',
    ],
    readsHeading: 'What it reads',
    reads: [
      'Public profile counts (followers, posts) and the engagement on posts you open.',
      'The comments that load on your screen, to derive each commenter’s traits: language, a gender from the first name where it is clear, region hints, interests.',
    ],
    neverHeading: 'What it never does',
    never: [
      'Send anything anywhere: there is no server, no analytics, no account.',
      'Make a request of its own to a platform: it only reads what your page received.',
      'Store commenters’ names or handles: each is kept as a keyed hash; raw comment text expires after 30 days (you can change that).',
    ],
    dashboard: 'Open the dashboard: shortlists and target personas',
    pin: 'Tip: pin Persona Lens to the toolbar (the puzzle-piece menu) so the popup is one click away.',
  },
  unsupported: {
    title: 'Not a creator page',
    body: 'Open a creator’s profile or a post on YouTube, Instagram, TikTok or X, then click Persona Lens again.',
  },
  empty: {
    title: 'Nothing captured yet',
    body: (handle: string | null) =>
      handle
        ? `Persona Lens reads @${handle}’s page as you browse it. Reload the page if it was open before the extension was installed; open or scroll comments to add commenters.`
        : 'Persona Lens reads this page as you browse it. Open a creator’s profile, then open or scroll the comments of their posts.',
  },
  error: {
    title: 'Something went wrong',
    retry: 'Try again',
    hint: 'If this keeps happening, reload the extension from your browser’s extensions page. Your data stays where it is.',
  },
  report: {
    followers: 'Followers',
    following: 'Following',
    postsOnProfile: 'Posts on profile',
    postsSeen: 'Posts seen',
    commentsSeen: 'Comments captured',
    commentsNoun: (n: number) => plural(n, { one: 'comment captured', other: 'comments captured' }),
    postsNoun: (n: number) => plural(n, { one: 'post seen', other: 'posts seen' }),
    commenters: 'Distinct commenters',
    commentersDetail: (suspicious: number, commenters: number) =>
      suspicious > 0
        ? `audience figures rest on the ${commenters - suspicious} of them who look genuine (${suspicious} look automated)`
        : 'the sample every audience figure rests on',
    growth: 'Growth since first seen',
    lastCapture: 'Last capture',
    sourceNote: (n: number) =>
      `From ${plural(n, { one: 'one visit', other: `${n} visits` })} to public pages, read in your browser. Numbers the page did not show are “unknown”.`,
    verified: 'Verified',
    engagementRate: 'Engagement rate',
    engagementHow: 'How engagement is computed',
    engagementBasis: (n: number) => (n > 0 ? `median of ${n} ${plural(n, { one: 'post', other: 'posts' })}` : 'no post with the numbers it needs yet'),
    engagementTypical: (low: string, high: string) => `typical ${low}–${high}`,
    /** Each platform's engagement formula (lib/capture/platforms.ts gives the basis and interactions). */
    engagementFormula: {
      youtube: '(likes + comments) / views, per video',
      instagram: '(likes + comments) / followers, per post',
      tiktok: '(likes + comments + shares) / views, per video',
      x: '(likes + replies + reposts) / followers, per post',
    } satisfies Record<Platform, string> as Record<Platform, string>,
    benchmarkNote: {
      rough: 'The published YouTube figures are lower than typical views-based rates: treat this placement as rough.',
      'brand-accounts': 'Brand accounts of all sizes, not a creator tier: indicative only.',
    } satisfies Record<BenchmarkNote, string> as Record<BenchmarkNote, string>,
    anomaly: (a: Pick<Anomaly, 'kind' | 'value' | 'typical'>) =>
      a.kind === 'spike'
        ? `Engagement ${(a.value * 100).toFixed(2)}% vs a typical ${(a.typical * 100).toFixed(2)}% for this profile`
        : `${Math.round(a.value)} likes per comment vs a typical ${Math.round(a.typical)} for this profile`,
    engagementDetail: (formula: string, n: number) => `Median of ${n} recent ${plural(n, { one: 'post', other: 'posts' })}: ${formula}.`,
    benchmark: (tier: string, low: string, high: string, source: string) => `Typical for ${tier}: ${low}–${high} (${source}).`,
    placement: { below: 'below typical', average: 'typical', above: 'above typical' },
    growthDetail: (n: number, days: number) => `Over ${n} visits in ${Math.max(1, Math.round(days))} day(s).`,
    growthUnknown: 'Needs two visits on different days.',
    sample: 'Sample',
    sampleDetail: (members: number, comments: number, posts: number) =>
      `${members} ${plural(members, { one: 'commenter', other: 'commenters' })}, ${comments} ${plural(comments, { one: 'comment', other: 'comments' })}, ${posts} ${plural(posts, { one: 'post', other: 'posts' })} seen`,
    composition: 'Who comments',
    compositionEmpty: 'No commenters captured yet: open or scroll the comments of this creator’s posts.',
    dimension: {
      gender: 'Gender (from first names)',
      language: 'Language (of their comments)',
      region: 'Region hints',
      interest: 'Interests',
      age: 'Age (only where stated)',
    },
    dimensionCounts: (n: number, unknown: number) => `n=${n} known, ${unknown} unknown`,
    authenticity: 'Authenticity',
    authenticityLine: (suspicious: number, members: number, share: string) =>
      `${suspicious} of ${members} commenters (${share}) look bought or automated.`,
    authenticityNone: 'No commenters checked yet.',
    flag: {
      'generic-praise': 'generic praise',
      'emoji-only': 'emoji only',
      'promo-spam': 'promotion spam',
      link: 'links',
      'generated-handle': 'machine-made handles',
      obfuscated: 'obfuscated text',
      'repeated-across-posts': 'same text on several posts',
      'repeated-across-accounts': 'same text from several accounts',
    } as Record<string, string>,
    personas: 'Audience personas',
    personasInsufficient: (reason: string) => `No personas yet: ${reason}`,
    personaShare: (share: string, n: number) => `${share} of commenters · n=${n}`,
    personaTraits: 'What its members share (share of those with a known value)',
    traitDimension: { gender: 'Gender', language: 'Language', region: 'Region', age: 'Age', interest: 'Interests' } as Record<string, string>,
    traitGender: { female: 'Women', male: 'Men' } as Record<string, string>,
    traitMixed: (dimension: string, top: string) => `${dimension} mixed (${top})`,
    traitUnknown: (dimension: string) => `${dimension} unknown`,
    traitTooFew: (dimension: string) => `${dimension}: too few known to tell`,
    traitN: (n: number) => `n=${n}`,
    personaQuote: 'In their words',
    painPoints: 'Asks and complaints',
    painPointCount: (n: number) => `${n} ${plural(n, { one: 'member', other: 'members' })}`,
    fit: 'Fit with your target personas',
    fitPresetNote: 'Presets shown: define your own target personas in the dashboard.',
    fitInterval: (low: string, high: string, n: number) => `95% range ${low}–${high}, n=${n}`,
    fitUnknown: 'unknown: no known traits for the dimensions this persona weighs',
    fitReason,
    fitTooFew: (reason: string) => `Too few to tell: ${reason}`,
    confidenceWord: { low: 'low', medium: 'medium', high: 'high' } as Record<string, string>,
    sampleMeter: {
      heading: 'Sample',
      count: (shown: string, n: number) => `${shown} ${plural(n, { one: 'commenter', other: 'commenters' })} so far`,
      confidence: (word: string) => `confidence: ${word}`,
      meterLabel: (target: number) => `Commenters seen, of the ${target} that make a useful sample`,
      firstPost: (handle: string) => `Next: open one of @${handle}’s posts and scroll its comments; Persona Lens reads them as they load.`,
      morePosts: (posts: number, target: number) =>
        `Next: open about ${posts} more ${plural(posts, { one: 'post', other: 'posts' })} and scroll their comments to reach ${target}.`,
      enough: 'Enough commenters for the figures below to be read with confidence.',
    },
    rangeLegend: 'Each bar is a share; the thin line across it is its 95% range (wider = less certain).',
    genderName: { female: 'Woman', male: 'Man', unknown: 'Gender unknown' } as Record<string, string>,
    unknownValue: 'unknown',
    openFull: 'Open full report',
    openDashboard: 'Dashboard',
  },
  shortlist: {
    save: 'Save to shortlist',
    list: 'Shortlist',
    newList: 'New shortlist…',
    newListName: 'Name of the new shortlist',
    note: 'Note',
    tags: 'Tags (comma-separated)',
    confirm: 'Save',
    cancel: 'Cancel',
    saved: (name: string) => `Saved to “${name}”.`,
    failed: (reason: string) => `Not saved: ${reason}`,
    defaultName: 'My shortlist',
    alreadyIn: (names: string[]) => `Already in: ${names.map((n) => `“${n}”`).join(', ')}`,
    option: (name: string, entries: number) => `${name} (${entries})`,
    optionHolding: (name: string, entries: number) => `${name} (${entries}) · already here`,
    editingSaved: 'Already on this list: you are editing the note and tags saved here.',
  },
  dashboard: {
    title: 'Persona Lens dashboard',
    tabs: { shortlists: 'Shortlists', personas: 'Target personas', audience: 'My audience', data: 'Data & privacy' },
    tabsLabel: 'Dashboard sections',
    // The background's refusals that have a way out say it; anything else is shown as it came.
    error: (reason: string) => KNOWN_REFUSALS[reason] ?? `Something went wrong: ${reason}`,
    unknown: 'unknown',
    lists: {
      heading: 'Shortlists',
      none: 'No shortlists yet. Create one to start collecting creators.',
      newName: 'New shortlist name',
      create: 'Create',
      rename: 'Rename',
      renameLabel: 'New name',
      delete: 'Delete shortlist',
      confirmDelete: (name: string) => `Delete “${name}” and its entries? Click again to confirm.`,
      deleted: (name: string) => `Deleted “${name}”.`,
      undo: 'Undo',
      restored: 'Restored, with its entries, notes and tags.',
      entries: (n: number) => `${n} ${plural(n, { one: 'creator', other: 'creators' })}`,
      select: 'Shortlist',
    },
    add: {
      label: 'Add a creator (profile address, or platform:handle)',
      button: 'Add to shortlist',
      invalid: 'Not a profile address on YouTube, Instagram, TikTok or X.',
      added: (handle: string) => `Added @${handle}.`,
      hint: 'Creators must have been captured first: visit their profile with Persona Lens installed.',
    },
    table: {
      caption: (name: string, n: number) => `${name}: ${n} ${plural(n, { one: 'creator', other: 'creators' })}`,
      empty: 'This shortlist is empty. Add creators here or with “Save to shortlist” in the popup.',
      select: 'Compare',
      selectRow: (handle: string) => `Select @${handle} for comparison`,
      creator: 'Creator',
      followers: 'Followers',
      engagement: 'Engagement',
      growth: 'Growth / 30 days',
      fit: 'Fit',
      commenters: 'Commenters',
      status: 'Status',
      tags: 'Tags',
      note: 'Note',
      campaign: 'Status, tags, note',
      remove: (handle: string) => `Remove @${handle}`,
      sortBy: (column: string, direction: string) => `Sort by ${column} (${direction})`,
      ascending: 'ascending',
      descending: 'descending',
      fitFor: 'Fit for target persona',
      presetNote: 'Fit is shown for the preset target personas, as in the popup, until you define your own under Target personas.',
      notCaptured: 'not captured in this browser',
      nPosts: (n: number) => `n=${n} ${plural(n, { one: 'post', other: 'posts' })}`,
      nVisits: (n: number) => `n=${n} ${plural(n, { one: 'visit', other: 'visits' })}`,
      nMembers: (n: number) => `n=${n}`,
      fitRange: (low: string, high: string) => `${low}–${high}`,
      sourceNote:
        'Followers and growth come from your visits to public profile pages; engagement is the median over recent posts seen (formula per platform); fit is computed from the commenters seen, with its 95% range and n. “unknown” means not enough was seen.',
      tagsHint: 'comma-separated',
    },
    status: { candidate: 'Candidate', contacted: 'Contacted', negotiating: 'Negotiating', booked: 'Booked', declined: 'Declined' } as Record<string, string>,
    compare: {
      heading: 'Side by side',
      hint: (n: number) => `Select 2 to 4 creators to compare (${n} selected).`,
      tooMany: 'Compare at most 4 creators at once.',
      metric: 'Metric',
      audience: 'Who comments',
      byDimension: (dimension: string) => `Who comments: ${dimension.toLowerCase()}`,
      noSegments: 'No commenters seen yet',
      segmentsUnavailable: 'Audience breakdowns need the segments store, which is not available in this build.',
      personasUnavailable: 'Personas could not be loaded; nothing is shown rather than a guess.',
    },
    overlap: {
      heading: 'Audience overlap',
      explain:
        'Commenters seen on both creators’ posts (shared count and share of their combined commenters). Unique reach counts each commenter once across the whole list.',
      uniqueReach: (n: number, total: number) => `Unique reach: ${n} distinct ${plural(n, { one: 'commenter', other: 'commenters' })} (of ${total} across creators).`,
      sharedAll: (n: number) => `${n} commented on every creator in the list.`,
      unavailable: (reason: string) => `Audience overlap could not be computed (${reason}); nothing is shown rather than a guess.`,
      needTwo: 'Add at least two captured creators to see their overlap.',
      cell: (shared: number, jaccard: string) => `${shared} shared (${jaccard})`,
      cellLabel: (a: string, b: string, shared: number, jaccard: string) => `@${a} and @${b}: ${shared} shared commenters, ${jaccard} of their combined commenters`,
      self: (n: number) => `${n} commenters`,
    },
    exchange: {
      heading: 'Export and import',
      csv: 'Export CSV',
      json: 'Export JSON',
      importLabel: 'Import shortlists (JSON exported by Persona Lens)',
      importButton: 'Import',
      report: (added: number, updated: number, rejected: number) =>
        `Import: ${added} added, ${updated} updated, ${rejected} rejected.`,
      unchanged: (n: number) => `${n} already up to date.`,
      rejectedRow: (row: string, reason: string) => `${row}: ${reason}`,
      nothingImported: (reason: string) => `Nothing imported: the file is ${reason}. Choose a JSON file exported by Persona Lens.`,
    },
    personas: {
      heading: 'Target personas',
      intro: 'The audiences you want to reach. Fit scores in the popup and in shortlists are computed for each of them.',
      none: 'No target personas yet: start from a preset below and save it.',
      preset: 'Start from a preset',
      presetNone: 'Blank persona',
      usePreset: 'Use preset',
      name: 'Name',
      female: 'Share of women wanted (%; empty = no preference)',
      languages: 'Languages (ISO codes, comma-separated, e.g. en, de)',
      regions: 'Regions (country codes or LATAM, DACH, ANGLO)',
      interests: 'Interests (comma-separated)',
      languagesHint: 'Two-letter codes (en, de, pt); a language name such as “German” is turned into its code when saved.',
      regionsHint: (groups: readonly string[]) => `Two-letter country codes (US, DE) or ${groups.join(', ')}; a country name is turned into its code.`,
      interestsHint: (known: readonly string[]) => `Persona Lens recognises: ${known.join(', ')}.`,
      fieldName: { languages: 'language', regions: 'region', interests: 'interest' } as Record<string, string>,
      neverMatches: (problems: string[]) => `These can never match a commenter: ${problems.join('; ')}. Correct them, or save anyway.`,
      didYouMean: (input: string, suggestion: string) => `“${input}” (did you mean the interest “${suggestion}”?)`,
      unknownValue: (input: string, field: string) => `“${input}” is no ${field} Persona Lens recognises`,
      saveAnyway: 'Save anyway',
      ageBands: 'Age bands',
      weights: 'How much each dimension counts (0–10)',
      weight: { gender: 'Gender', language: 'Language', region: 'Region', interest: 'Interests', age: 'Age' } as Record<string, string>,
      save: 'Save persona',
      saved: (name: string) => `Saved “${name}”.`,
      edit: 'Edit',
      delete: 'Delete',
      newPersona: 'New persona',
      editPersona: 'Edit persona',
      invalid: (path: string, message: string) => `${path ? `${path}: ` : ''}${message}`,
      summary: {
        genders: (female: string) => `Women ${female}`,
        any: 'any',
      },
    },
    audience: {
      heading: 'My audience',
      intro:
        'If you are a creator: mark your own profile and import the audience demographics your platform’s analytics export, to see personas built from your real audience. The file stays in your browser.',
      own: 'Your profile (address, or platform:handle)',
      setOwn: 'This is my profile',
      current: (handle: string, platform: string) => `Your profile: @${handle} on ${platform}`,
      noOwn: 'No profile marked as yours yet.',
      clearOwn: 'Unmark',
      kind: 'Export type',
      kinds: {
        'youtube-studio': 'YouTube Studio (Viewer age, Viewer gender, Geography tables)',
        tiktok: 'TikTok follower demographics (FollowerGender, FollowerTopTerritories)',
        'plain-csv': 'Plain CSV: age_band, gender, country, share',
      } as Record<string, string>,
      file: 'Export file(s)',
      paste: 'Or paste the CSV text',
      import: 'Import analytics',
      imported: (rows: number, rejected: number) => `Read ${rows} ${plural(rows, { one: 'row', other: 'rows' })}; ${rejected} rejected.`,
      rejectedRow: (row: number, reason: string) => `Line ${row}: ${reason}`,
      rejectedRowIn: (file: string, row: number, reason: string) => `${file}, line ${row}: ${reason}`,
      pastedName: 'pasted text',
      personas: 'Personas from your analytics',
      share: (share: string) => `${share} of your audience`,
      basisJoint: 'From the export’s own age × gender × country cells.',
      basisIndependent:
        'Estimated by combining the separate age, gender and country tables, assuming they are independent.',
      dimension: { age: 'Age', gender: 'Gender', region: 'Country' } as Record<string, string>,
      notInExport: 'not imported yet: import the export’s table for it',
      emptyFiles: (names: string[]) => `Nothing to import: ${names.join(', ')} ${plural(names.length, { one: 'is', other: 'are' })} empty.`,
      nothingChosen: 'Choose an export file or paste its text first.',
      failedKeptLast: (reason: string, when: string) => `Nothing usable in this import (${reason}). Still showing your last import, from ${when}.`,
      failedNothing: (reason: string) => `Nothing usable in this import (${reason}).`,
      addsUp: 'Each import adds the tables it contains (age, gender, country) to those imported before.',
      formatsSummary: 'Which files are read',
      formats: [
        'YouTube Studio: Analytics → Audience → Advanced mode → export each of Viewer age, Viewer gender and Geography as CSV (each is a “Table data.csv”); import them one by one or together.',
        'TikTok: Analytics → Followers → Download data: FollowerGender.csv and FollowerTopTerritories.csv.',
        'Plain CSV: a header age_band,gender,country,share, one row per segment, shares as 0–1 or percentages.',
      ],
      source: (kind: string, when: string) => `From your ${kind} export, imported ${when}. Shares of views or followers as the platform reports them.`,
      genderName: { female: 'Women', male: 'Men', other: 'Other', unknown: 'Any gender' } as Record<string, string>,
    },
    data: {
      heading: 'Data & privacy',
      intro: 'Everything Persona Lens knows is stored in this browser only.',
      retention: 'Keep raw comment text for (days)',
      retentionSave: 'Save retention',
      retentionSaved: (days: number) => `Comment text is now kept for ${days} days; derived traits and counts stay.`,
      forget: 'Forget a profile (address, or platform:handle)',
      forgetButton: 'Forget this profile',
      forgetConfirm: (id: string) => `Forget everything about ${id}? Click again to confirm.`,
      forgotten: (posts: number, comments: number) => `Forgotten: ${posts} posts and ${comments} comments removed.`,
      notFound: 'Nothing stored for that profile.',
      deleteAll: 'Delete everything',
      deleteAllConfirm: 'I understand this removes all captures, shortlists, personas and settings from this browser',
      deleted: 'Everything was deleted.',
      backup: 'Download a backup',
      backupContents:
        'A backup holds every profile, post, comment (with its text until retention removes it), commenter traits, shortlist, persona and setting, but not the key that recognises commenters. Restored into another browser, commenters seen again there are counted as new people.',
      restore: 'Restore from a backup file',
      restoreButton: 'Restore',
      restored: 'Backup restored.',
      unavailable: (message: string) => `Not available in this build yet (needs the ${message} message).`,
    },
  },
  /** Storage safety notices (components/StorageNotice.tsx, components/dashboard/AutoBackupSection.tsx). */
  storage: {
    mb: (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`,
    fullTitle: 'Storage is full',
    fullWhat: (used: string | null, quota: string | null) =>
      used && quota
        ? `The browser refused to save more for Persona Lens (${used} used of ${quota} it allows).`
        : 'The browser refused to save more for Persona Lens: its storage or the disk is full.',
    pausedTitle: 'Capture paused: storage almost full',
    pausedWhat: (used: string | null, quota: string | null) =>
      used && quota
        ? `Persona Lens has ${used} of the ${quota} the browser allows it, too little room left to save pages safely.`
        : 'Persona Lens has too little room left to save pages safely.',
    kept: 'Everything captured before is kept; pages you visit now are not saved.',
    todo: 'Free disk space, or shorten retention or forget profiles in Dashboard → Data & privacy. Capture resumes by itself once there is room; reload pages you want captured.',
    resetTitle: 'The database was reset',
    resetWhat: (at: string) =>
      `On ${at} the browser deleted Persona Lens’s database (this happens when the disk runs full) and started an empty one. What was captured before is not in it.`,
    resetBackup: (at: string, comments: string) => `The last automatic backup is from ${at} (${comments} comments). Restoring it replaces what was captured since the reset.`,
    resetNoBackup: 'There is no automatic backup to restore. If you downloaded a backup, restore it in Dashboard → Data & privacy.',
    resetWhere: 'Restore it in Dashboard → Data & privacy.',
    restore: 'Restore this backup',
    restored: 'The backup was restored.',
    dismiss: 'Dismiss',
    autoTitle: 'Automatic backups',
    autoToggle: 'Back up automatically (after 25 captures or weekly; the last 3 are kept in this browser)',
    autoNone: 'No automatic backup yet.',
    autoItem: (at: string, comments: string, size: string) => `${at}: ${comments} comments, ${size}`,
    backupNow: 'Back up now',
    backedUp: 'Backup written.',
  },
  platformName: {
    youtube: 'YouTube',
    instagram: 'Instagram',
    tiktok: 'TikTok',
    x: 'X',
  },
} as const;
