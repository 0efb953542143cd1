import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  demographicShares,
  normaliseAgeBand,
  normaliseCountry,
  ownPersonas,
  parseAnalytics,
  parseShare,
} from '../../lib/shortlists/analytics';
import { MAX_ANALYTICS_CHARS } from '../../lib/shortlists/analytics/blocks';
import { readStoredRejections, type AnalyticsKind } from '../../lib/shortlists/analytics/demographics';

const dir = path.resolve(import.meta.dirname, '../fixtures/analytics');
const read = (...names: string[]) => names.map((n) => readFileSync(path.join(dir, n), 'utf8')).join('\n\n');
const close = (x: number | undefined, y: number) => expect(x).toBeCloseTo(y, 4);

describe('YouTube Studio export', () => {
  const { demographics, rejected } = parseAnalytics(
    'youtube-studio',
    read('youtube-studio-viewer-age.csv', 'youtube-studio-viewer-gender.csv', 'youtube-studio-geography.csv'),
  );

  it('reads the age table from Views (%), skipping the Total row', () => {
    expect(Object.keys(demographics.age)).toEqual(['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+']);
    close(demographics.age['25-34'], 0.382);
  });

  it('reads gender, with User-specified as other', () => {
    expect(demographics.gender).toEqual({ female: 0.614, male: 0.379, other: expect.closeTo(0.007, 6) });
  });

  it('turns geography view counts into shares of the Total row and rejects a country that does not exist', () => {
    close(demographics.country.DE, 61_300 / 184_200);
    close(demographics.country.FR, 7_700 / 184_200);
    expect(rejected).toEqual([{ row: 27, reason: 'not-a-country', value: 'Atlantis' }]);
    expect(demographics.rows).toBe(7 + 3 + 7);
  });

  it('builds personas from the product of the tables and says so', () => {
    const personas = ownPersonas(demographics);
    expect(personas.length).toBeGreaterThan(0);
    expect(personas[0]).toMatchObject({ gender: 'female', ageBand: '25-34', country: 'DE', basis: 'independent' });
    close(personas[0]!.share, 0.382 * 0.614 * (61_300 / 184_200));
    for (let i = 1; i < personas.length; i++) expect(personas[i]!.share).toBeLessThanOrEqual(personas[i - 1]!.share);
  });

  it('a table it does not know is rejected by its header line', () => {
    const result = parseAnalytics('youtube-studio', 'Traffic source,Views\nYouTube search,100\n');
    expect(result.rejected).toEqual([{ row: 1, reason: 'unknown-youtube-table', value: 'Traffic source' }]);
  });
});

describe('the share column of a one-dimension table, by its header', () => {
  it.each<[string, AnalyticsKind, string, string, Record<string, number>]>([
    ['Studio: Views (%) wherever it stands', 'youtube-studio', 'Viewer age,Watch time (hours),Views (%)\n18-24,500,40\n25-34,300,60\n', 'age', { '18-24': 0.4, '25-34': 0.6 }],
    ['Studio: a (%) header means percentages, even when they do not add up to 100', 'youtube-studio', 'Viewer age,Views (%)\n18-24,30\n25-34,20\n', 'age', { '18-24': 0.3, '25-34': 0.2 }],
    ['Studio: absolute Views, divided by their sum', 'youtube-studio', 'Geography,Views\nDE,30\nFR,10\n', 'country', { DE: 0.75, FR: 0.25 }],
    ['TikTok: Distribution, not the count before it', 'tiktok', '"Gender","Count","Distribution"\n"Female","100","60%"\n"Male","300","40%"\n', 'gender', { female: 0.6, male: 0.4 }],
  ])('%s', (_label, kind, csv, dimension, expected) => {
    const { demographics, rejected } = parseAnalytics(kind, csv);
    expect(rejected).toEqual([]);
    const shares = demographics[dimension as 'age' | 'gender' | 'country'] as Record<string, number>;
    expect(Object.keys(shares)).toEqual(Object.keys(expected));
    for (const [value, share] of Object.entries(expected)) close(shares[value], share);
  });
});

describe('TikTok follower demographics', () => {
  it('reads FollowerGender.csv and FollowerTopTerritories.csv (BOM, quoted, percentages); the rest of the world stays unknown', () => {
    const { demographics, rejected } = parseAnalytics('tiktok', read('tiktok-FollowerGender.csv', 'tiktok-FollowerTopTerritories.csv'));
    expect(rejected).toEqual([]);
    expect(demographics.gender).toEqual({ female: 0.58, male: 0.405, other: 0.015 });
    close(demographics.country.BR, 0.412);
    const region = demographicShares(demographics).find((d) => d.dimension === 'region')!;
    close(region.unknownShare, 1 - (0.412 + 0.189 + 0.094 + 0.071 + 0.053));
    const age = demographicShares(demographics).find((d) => d.dimension === 'age')!;
    expect(age).toEqual({ dimension: 'age', shares: [], unknownShare: 1 });
    const personas = ownPersonas(demographics);
    expect(personas[0]).toMatchObject({ gender: 'female', country: 'BR', ageBand: null });
  });
});

describe('plain CSV', () => {
  it('reads joint cells and their marginals; personas come from the joint cells', () => {
    const { demographics, rejected } = parseAnalytics('plain-csv', read('plain-demographics.csv'));
    expect(rejected).toEqual([]);
    expect(demographics.cells).toHaveLength(7);
    close(demographics.age['25-34'], 0.42);
    close(demographics.gender.female, 0.66);
    close(demographics.country.US, 0.72);
    const personas = ownPersonas(demographics);
    expect(personas[0]).toMatchObject({ gender: 'female', ageBand: '25-34', country: 'US', basis: 'joint' });
    close(personas[0]!.share, 0.22);
    expect(new Set(personas.map((p) => p.name)).size).toBe(personas.length);
  });

  it('rejects the bad rows with their line and reason and keeps the rest', () => {
    const { demographics, rejected } = parseAnalytics('plain-csv', read('plain-demographics-bad-row.csv'));
    expect(rejected).toEqual([
      { row: 5, reason: 'not-an-age-band', value: 'about thirty' },
      { row: 6, reason: 'not-a-country', value: 'Narnia' },
    ]);
    expect(demographics.rows).toBe(3);
    close(demographics.country.DE, 0.55);
  });

  it.each([
    ['no header', '18-24,female,US,10\n', 'expected-header'],
    ['shares over 100%', 'age_band,gender,country,share\n18-24,female,US,80%\n25-34,male,US,70%\n', 'shares-over-100'],
    ['empty text', '', 'expected-header'],
  ])('refuses %s', (_label, text, reason) => {
    const { demographics, rejected } = parseAnalytics('plain-csv', text);
    expect(demographics.rows).toBe(0);
    expect(rejected[0]!.reason).toBe(reason);
  });
});

describe('normalisers', () => {
  it.each([
    ['age18-24', '18-24'],
    ['age 25-34', '25-34'],
    ['18–24', '18-24'],
    ['35 - 44 years', '35-44'],
    ['65+', '65+'],
    ['age65-', '65+'],
    ['24-18', null],
    ['adult', null],
  ])('age %j → %j', (raw, expected) => expect(normaliseAgeBand(raw)).toBe(expected));

  it.each([
    ['US', 'US'],
    ['de', 'DE'],
    ['United States', 'US'],
    ['Germany', 'DE'],
    ['UK', 'GB'],
    ['ZZ', null],
    ['<script>', null],
  ])('country %j → %j', (raw, expected) => expect(normaliseCountry(raw)).toBe(expected));

  it.each([
    ['61%', { value: 61, percent: true }],
    ['61,5 %', { value: 61.5, percent: true }],
    ['0.615', { value: 0.615, percent: false }],
    ['12,543', { value: 12_543, percent: false }],
    ['=1+1', null],
    ['', null],
  ])('share %j', (raw, expected) => expect(parseShare(raw)).toEqual(expected));
});

describe('rejections are codes, with the cell they are about', () => {
  it.each<[string, AnalyticsKind, string, { row: number; reason: string; value?: string }]>([
    ['a file too large', 'plain-csv', 'x'.repeat(MAX_ANALYTICS_CHARS + 1), { row: 1, reason: 'file-too-large' }],
    ['nothing in it', 'youtube-studio', '', { row: 1, reason: 'no-rows' }],
    ['no plain header', 'plain-csv', 'a,b\n1,2\n', { row: 1, reason: 'expected-header' }],
    ['a second table', 'plain-csv', 'age_band,gender,country,share\n18-24,female,US,10%\n\nage_band,share\n', { row: 4, reason: 'extra-table' }],
    ['a TikTok table it does not know', 'tiktok', 'Video views,Count\nx,1\n', { row: 1, reason: 'unknown-tiktok-table', value: 'Video views' }],
    ['a YouTube table it does not know', 'youtube-studio', 'Traffic source,Views\nsearch,1\n', { row: 1, reason: 'unknown-youtube-table', value: 'Traffic source' }],
    ['an age band', 'plain-csv', 'age_band,gender,country,share\nold,female,US,10%\n', { row: 2, reason: 'not-an-age-band', value: 'old' }],
    ['a gender', 'plain-csv', 'age_band,gender,country,share\n18-24,robot,US,10%\n', { row: 2, reason: 'not-a-gender', value: 'robot' }],
    ['a country', 'plain-csv', 'age_band,gender,country,share\n18-24,female,Narnia,10%\n', { row: 2, reason: 'not-a-country', value: 'Narnia' }],
    ['a share', 'plain-csv', 'age_band,gender,country,share\n18-24,female,US,lots\n', { row: 2, reason: 'share-not-a-number', value: 'lots' }],
    ['shares over 100%', 'plain-csv', 'age_band,gender,country,share\n18-24,female,US,80%\n25-34,male,US,70%\n', { row: 2, reason: 'shares-over-100' }],
  ])('%s', (_label, kind, text, first) => {
    const { rejected } = parseAnalytics(kind, text);
    expect(rejected[0]).toEqual(first);
  });

  it('reads what older builds stored in words as a code, never as the sentence', () => {
    const stored = [
      { row: 3, reason: 'not-a-country', value: 'Narnia' },
      { row: 5, reason: 'not a known country: “Atlantis”' },
      { row: 0, reason: 'no-rows' },
      'junk',
    ];
    expect(readStoredRejections(stored)).toEqual([
      { row: 3, reason: 'not-a-country', value: 'Narnia' },
      { row: 5, reason: 'unreadable-line' },
    ]);
    expect(readStoredRejections(undefined)).toEqual([]);
  });
});
