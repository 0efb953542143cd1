import { describe, expect, it } from 'vitest';
import { text, tp } from './text';
import { PLATFORM_REGISTRY, REGISTERED_PLATFORMS } from '../lib/capture/platforms';

describe('the commenters card says which sample the audience figures rest on', () => {
  it.each([
    [0, 80, 'the sample every audience figure rests on'],
    [2, 80, 'audience figures rest on the 78 of them who look genuine (2 look automated)'],
  ])('%d suspicious of %d', (suspicious, commenters, detail) => {
    expect(text.report.commentersDetail(suspicious, commenters)).toBe(detail);
  });
});

describe('plural forms follow the language’s plural rules', () => {
  it.each([
    [0, '0 creators'],
    [1, '1 creator'],
    [2, '2 creators'],
    [1.5, '1.5 creators'],
  ])('%d', (n, words) => {
    expect(tp('dashboard_lists_entries', n, n)).toBe(words);
  });

  it.each([
    [0, 'no post with the numbers it needs yet'],
    [1, 'median of 1 post'],
    [12, 'median of 12 posts'],
  ])('the engagement basis for %d posts', (n, words) => {
    expect(text.report.engagementBasis(n)).toBe(words);
  });

  it('words counts as before', () => {
    expect(text.report.sourceNote(1)).toMatch(/^From one visit to public pages/);
    expect(text.report.sourceNote(3)).toMatch(/^From 3 visits to public pages/);
    expect(text.report.painPointCount(1)).toBe('1 member');
    expect(text.report.painPointCount(4)).toBe('4 members');
    expect(text.report.engagementDetail('(likes + comments) / views, per video', 1)).toBe('Median of 1 recent post: (likes + comments) / views, per video.');
  });
});

describe('engagement in words', () => {
  // The CSV export still writes the registry's formula; the page must say the same.
  it.each(REGISTERED_PLATFORMS)('%s: the formula the page shows is the registry’s', (platform) => {
    expect(text.report.engagementFormula[platform]).toBe(PLATFORM_REGISTRY[platform].engagement.text);
  });

  it.each([
    ['youtube', 'The published YouTube figures are lower than typical views-based rates: treat this placement as rough.'],
    ['x', 'Brand accounts of all sizes, not a creator tier: indicative only.'],
  ] as const)('%s: the benchmark says why it is indicative', (platform, words) => {
    const note = PLATFORM_REGISTRY[platform].benchmark.note;
    expect(note && text.report.benchmarkNote[note]).toBe(words);
  });

  it.each([
    [{ kind: 'spike', value: 0.1234, typical: 0.031 }, 'Engagement 12.34% vs a typical 3.10% for this profile'],
    [{ kind: 'ratio', value: 412.4, typical: 38.6 }, '412 likes per comment vs a typical 39 for this profile'],
  ] as const)('anomaly %o', (anomaly, words) => {
    expect(text.report.anomaly(anomaly)).toBe(words);
  });
});

describe('every word of the facade is found in the catalogue', () => {
  // t() shows the key itself when no catalogue has it; records by code (byCode) build their keys
  // at run time, where the type check cannot see a missing one.
  it('no string in `text` is a bare message key', () => {
    const keys: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (typeof value === 'string' && /^[a-z]+[A-Za-z]*(_[A-Za-z0-9]+)+$/.test(value)) keys.push(`${at} = ${value}`);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
    };
    walk(text, 'text');
    expect(keys).toEqual([]);
  });
});
