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
  },
  platformName: {
    youtube: 'YouTube',
    instagram: 'Instagram',
    tiktok: 'TikTok',
    x: 'X',
  },
} as const;
