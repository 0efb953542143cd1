/**
 * Every string the UI shows, in one place, ready for translation. Functions take the
 * numbers so that word order can change per language.
 */
export const text = {
  appName: 'Persona Lens',
  loading: 'Loading…',
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
    commenters: 'Distinct commenters',
    growth: 'Growth since first seen',
    lastCapture: 'Last capture',
    sourceNote: (n: number) =>
      `From ${n === 1 ? 'one visit' : `${n} visits`} to public pages, read in your browser. Numbers the page did not show are “unknown”.`,
    verified: 'Verified',
    engagementRate: 'Engagement rate',
    engagementDetail: (formula: string, n: number) => `Median of ${n} recent post${n === 1 ? '' : 's'}: ${formula}.`,
    benchmark: (tier: string, low: string, high: string, source: string) => `Typical for ${tier}: ${low}–${high} (${source}).`,
    placement: { below: 'below typical', average: 'typical', above: 'above typical' },
    growthDetail: (n: number, days: number) => `Over ${n} visits in ${Math.max(1, Math.round(days))} day(s).`,
    growthUnknown: 'Needs two visits on different days.',
    sample: 'Sample',
    sampleDetail: (members: number, comments: number, posts: number) =>
      `${members} commenter${members === 1 ? '' : 's'}, ${comments} comment${comments === 1 ? '' : 's'}, ${posts} post${posts === 1 ? '' : 's'} seen`,
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
    personaShare: (share: string, n: number) => `${share} of engagement · ${n} member${n === 1 ? '' : 's'}`,
    personaQuote: 'In their words',
    painPoints: 'Asks and complaints',
    painPointCount: (n: number) => `${n} member${n === 1 ? '' : 's'}`,
    fit: 'Fit with your target personas',
    fitPresetNote: 'Presets shown: define your own target personas in the dashboard.',
    fitInterval: (low: string, high: string, n: number) => `95% range ${low}–${high}, n=${n}`,
    fitUnknown: 'unknown: no known traits for the dimensions this persona weighs',
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
  },
  platformName: {
    youtube: 'YouTube',
    instagram: 'Instagram',
    tiktok: 'TikTok',
    x: 'X',
  },
} as const;
