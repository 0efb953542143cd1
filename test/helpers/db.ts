import { createHmac } from 'node:crypto';
import { PersonaLensDB } from '../../lib/db/database';
import type { CaptureBatch } from '../../lib/capture/batch';
import type { MemberTraitSummary } from '../../lib/segments/member-traits';

let counter = 0;
/** A fresh database per test: fake-indexeddb keeps databases for the whole file otherwise. */
export function freshDb(): PersonaLensDB {
  counter += 1;
  return new PersonaLensDB(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Same construction as the extension (HMAC-SHA-256 over "platform:handle"), fixed test key. */
export async function testMemberKey(platform: string, handle: string): Promise<string> {
  return createHmac('sha256', 'test-secret').update(`${platform}:${handle.toLowerCase()}`).digest('hex');
}

export function channelBatch(overrides: Partial<CaptureBatch> = {}): CaptureBatch {
  return {
    platform: 'youtube',
    sourceUrl: 'https://www.youtube.com/@lenatravels',
    capturedAt: 1_764_000_000_000,
    profiles: [{ platform: 'youtube', handle: 'lenatravels', displayName: 'Lena Travels', followers: 245_000, postCount: 3 }],
    posts: [
      { platform: 'youtube', id: 'vid1', authorHandle: 'lenatravels', hashtags: ['travel'], views: 1000 },
      { platform: 'youtube', id: 'vid2', authorHandle: 'lenatravels', hashtags: [], views: 2000 },
    ],
    comments: [
      { platform: 'youtube', id: 'c1', postId: 'vid1', authorHandle: 'anna_smith92', text: 'Loved Lisbon!' },
      { platform: 'youtube', id: 'c2', postId: 'vid1', authorHandle: 'marco', text: 'Which camera?' },
      { platform: 'youtube', id: 'c3', postId: 'vid2', authorHandle: 'anna_smith92', text: 'Again great' },
    ],
    warnings: [],
    ...overrides,
  };
}

/**
 * A traits function for storage tests that reads its answer from the comment text, so a test
 * states exactly what each comment says: "g=female l=es r=BR i=food a=25-34 s=1".
 */
export function textTraits(comment: { text: string }): MemberTraitSummary | undefined {
  const f = Object.fromEntries(
    comment.text
      .split(/\s+/)
      .map((part) => part.split('='))
      .filter((kv) => kv.length === 2),
  ) as Record<string, string>;
  if (!Object.keys(f).length) return undefined;
  return {
    comments: 1,
    gender: (f.g as MemberTraitSummary['gender'] | undefined) ?? 'unknown',
    genderP: f.g ? 0.9 : 0,
    language: f.l ?? 'unknown',
    languageP: f.l ? 0.8 : 0,
    regions: f.r ? [{ region: f.r, p: 0.6 }] : [],
    interests: f.i ? [{ category: f.i, score: 0.5 }] : [],
    ageBand: f.a ?? null,
    suspiciousComments: f.s === '1' ? 1 : 0,
    flags: f.s === '1' ? { 'promo-spam': 1 } : {},
  };
}
