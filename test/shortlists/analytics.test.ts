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
    expect(rejected).toEqual([{ row: 27, reason: 'not a known country: “Atlantis”' }]);
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
    expect(result.rejected).toEqual([{ row: 1, reason: expect.stringMatching(/not a Viewer age/) }]);
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
      { row: 5, reason: 'not an age band: “about thirty”' },
      { row: 6, reason: 'not a country: “Narnia”' },
    ]);
    expect(demographics.rows).toBe(3);
    close(demographics.country.DE, 0.55);
  });

  it.each([
    ['no header', '18-24,female,US,10\n', /expected a header/],
    ['shares over 100%', 'age_band,gender,country,share\n18-24,female,US,80%\n25-34,male,US,70%\n', /more than 100%/],
    ['empty text', '', /expected a header/],
  ])('refuses %s', (_label, text, reason) => {
    const { demographics, rejected } = parseAnalytics('plain-csv', text);
    expect(demographics.rows).toBe(0);
    expect(rejected[0]!.reason).toMatch(reason);
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
