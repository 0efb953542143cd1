import { describe, expect, it } from 'vitest';
import {
  mergeMemberTraits,
  summaryOfTraits,
  toAudienceMember,
  type MemberTraitSummary,
} from '../../lib/segments/member-traits';
import type { Traits } from '../../lib/traits/index';

function traits(over: Partial<Traits> = {}): Traits {
  return {
    gender: 'unknown',
    genderP: 0,
    language: 'unknown',
    languageP: 0,
    regions: [],
    interests: [],
    authenticity: { suspicious: false, flags: [], score: 0 },
    age: null,
    ...over,
  };
}

function summary(over: Partial<MemberTraitSummary> = {}): MemberTraitSummary {
  return { ...summaryOfTraits(traits()), ...over };
}

describe('summaryOfTraits', () => {
  it('keeps only the compact, mappable part of one comment', () => {
    const s = summaryOfTraits(
      traits({
        gender: 'female',
        genderP: 0.97,
        language: 'pt',
        languageP: 0.9,
        regions: [
          { region: 'BR', p: 0.6, evidence: ['pt'] },
          { region: 'PT', p: 0.2, evidence: ['pt'] },
          { region: 'AO', p: 0.05, evidence: [] },
          { region: 'MZ', p: 0.04, evidence: [] },
        ],
        interests: [{ category: 'travel', score: 0.45, evidence: ['viagem'] }],
        authenticity: { suspicious: true, flags: ['generic-praise', 'emoji-only'], score: 0.6 },
        age: { band: '25-34', evidence: 'tenho 28 anos' },
      }),
    );
    expect(s).toEqual({
      comments: 1,
      gender: 'female',
      genderP: 0.97,
      language: 'pt',
      languageP: 0.9,
      regions: [
        { region: 'BR', p: 0.6 },
        { region: 'PT', p: 0.2 },
        { region: 'AO', p: 0.05 },
      ],
      interests: [{ category: 'travel', score: 0.45 }],
      ageBand: '25-34',
      suspiciousComments: 1,
      flags: { 'generic-praise': 1, 'emoji-only': 1 },
    });
    expect(JSON.stringify(s)).not.toContain('evidence');
  });
});

describe('mergeMemberTraits', () => {
  it.each<[string, MemberTraitSummary | undefined, MemberTraitSummary | undefined, Partial<MemberTraitSummary> | undefined]>([
    ['nothing with nothing', undefined, undefined, undefined],
    ['nothing then one', undefined, summary({ gender: 'male', genderP: 0.9 }), { comments: 1, gender: 'male' }],
    [
      'a known gender beats unknown whatever the order',
      summary({ gender: 'unknown', genderP: 0 }),
      summary({ gender: 'female', genderP: 0.85 }),
      { comments: 2, gender: 'female', genderP: 0.85 },
    ],
    [
      'the more confident gender wins',
      summary({ gender: 'female', genderP: 0.95 }),
      summary({ gender: 'male', genderP: 0.82 }),
      { gender: 'female', genderP: 0.95 },
    ],
    [
      'the most confident language wins',
      summary({ language: 'en', languageP: 0.6 }),
      summary({ language: 'es', languageP: 0.9 }),
      { language: 'es', languageP: 0.9 },
    ],
    [
      'regions are means over comments, top 3',
      summary({ comments: 1, regions: [{ region: 'BR', p: 0.6 }] }),
      summary({ comments: 1, regions: [{ region: 'BR', p: 0.2 }, { region: 'PT', p: 0.4 }] }),
      { comments: 2, regions: [{ region: 'BR', p: 0.4 }, { region: 'PT', p: 0.2 }] },
    ],
    [
      'a comment without region evidence dilutes the mean',
      summary({ comments: 3, regions: [{ region: 'FR', p: 0.6 }] }),
      summary({ comments: 1, regions: [] }),
      { comments: 4, regions: [{ region: 'FR', p: 0.45 }] },
    ],
    [
      'interests add up',
      summary({ interests: [{ category: 'food', score: 0.45 }] }),
      summary({ interests: [{ category: 'food', score: 0.7 }, { category: 'travel', score: 0.45 }] }),
      { interests: [{ category: 'food', score: 1.15 }, { category: 'travel', score: 0.45 }] },
    ],
    [
      'a newer stated age replaces an older one; no statement keeps it',
      summary({ ageBand: '18-24' }),
      summary({ ageBand: '25-34' }),
      { ageBand: '25-34' },
    ],
    ['no new statement keeps the age', summary({ ageBand: '18-24' }), summary({ ageBand: null }), { ageBand: '18-24' }],
    [
      'suspicious comments and flags add up',
      summary({ suspiciousComments: 1, flags: { link: 1 } }),
      summary({ suspiciousComments: 1, flags: { link: 2, 'promo-spam': 1 } }),
      { suspiciousComments: 2, flags: { link: 3, 'promo-spam': 1 } },
    ],
  ])('%s', (_label, older, newer, expected) => {
    const merged = mergeMemberTraits(older, newer);
    if (expected === undefined) expect(merged).toBeUndefined();
    else expect(merged).toMatchObject(expected);
  });

  it('gives the same summary whichever comment came first (age aside)', () => {
    const a = summary({ gender: 'male', genderP: 0.9, language: 'de', languageP: 0.7, regions: [{ region: 'DE', p: 0.5 }] });
    const b = summary({ language: 'en', languageP: 0.7, interests: [{ category: 'gaming', score: 0.5 }], regions: [{ region: 'AT', p: 0.5 }] });
    expect(mergeMemberTraits(a, b)).toEqual(mergeMemberTraits(b, a));
  });
});

describe('toAudienceMember', () => {
  it.each([
    ['no traits: unknown everywhere', undefined, { key: 'k', gender: 'unknown', language: 'unknown', regions: [], interests: [], ageBand: null, suspicious: false }],
    [
      'a summary maps field for field',
      summary({ gender: 'female', genderP: 0.9, language: 'es', regions: [{ region: 'MX', p: 0.5 }], interests: [{ category: 'food', score: 1 }], ageBand: '35-44' }),
      { key: 'k', gender: 'female', language: 'es', regions: [{ region: 'MX', p: 0.5 }], interests: [{ category: 'food', score: 1 }], ageBand: '35-44', suspicious: false },
    ],
    ['suspicious when more than half the comments are', summary({ comments: 3, suspiciousComments: 2 }), { suspicious: true }],
    ['not suspicious at exactly half', summary({ comments: 2, suspiciousComments: 1 }), { suspicious: false }],
  ])('%s', (_label, s, expected) => {
    expect(toAudienceMember('k', s)).toMatchObject(expected);
  });
});
