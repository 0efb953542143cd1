import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRelativeDate } from './dates';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const NOW = Date.UTC(2026, 10, 29, 12, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

describe('parseRelativeDate', () => {
  it.each<[string, number | undefined]>([
    ['13 days ago', NOW - 13 * DAY],
    ['9 years ago', NOW - 9 * YEAR],
    ['1 month ago', NOW - MONTH],
    ['Streamed 2 weeks ago', NOW - 2 * WEEK],
    ['4 years ago (edited)', NOW - 4 * YEAR],
    ['14 hours ago (edited)', NOW - 14 * HOUR],
    ['a day ago', NOW - DAY],
    ['an hour ago', NOW - HOUR],
    ['vor 2 Tagen', NOW - 2 * DAY],
    ['vor 1 Jahr', NOW - YEAR],
    ['hace 3 días', NOW - 3 * DAY],
    ['hace un año', NOW - YEAR],
    ['il y a 2 jours', NOW - 2 * DAY],
    ['il y a 1 an', NOW - YEAR],
    ['há 3 dias', NOW - 3 * DAY],
    ['há 2 semanas', NOW - 2 * WEEK],
    ['13日前', NOW - 13 * DAY],
    ['2024年1月5日', Date.UTC(2024, 0, 5)],
    ['2024년 1월 5일', Date.UTC(2024, 0, 5)],
    ['2 週間前', NOW - 2 * WEEK],
    ['1 か月前', NOW - MONTH],
    ['3天前', NOW - 3 * DAY],
    ['5年前', NOW - 5 * YEAR],
    ['10分钟前', NOW - 10 * MIN],
    ['2주 전', NOW - 2 * WEEK],
    ['3시간 전', NOW - 3 * HOUR],
    ['2h', NOW - 2 * HOUR],
    ['3d', NOW - 3 * DAY],
    ['45m', NOW - 45 * MIN],
    ['5s', NOW - 5_000],
    ['1w', NOW - WEEK],
    ['just now', NOW],
    ['yesterday', NOW - DAY],
    ['Jan 5, 2024', Date.UTC(2024, 0, 5)],
    ['Aug 2, 2018', Date.UTC(2018, 7, 2)],
    ['28 Aug 2016', Date.UTC(2016, 7, 28)],
    ['Streamed live on Mar 3, 2023', Date.UTC(2023, 2, 3)],
    ['Premiered Dec 24, 2025', Date.UTC(2025, 11, 24)],
    ['5 de enero de 2024', Date.UTC(2024, 0, 5)],
    ['3. März 2022', Date.UTC(2022, 2, 3)],
    ['Jan 5', Date.UTC(2026, 0, 5)], // X omits this year
    ['Dec 30', Date.UTC(2025, 11, 30)], // ... and a date ahead of now is last year's
    ['2024-01-05', Date.UTC(2024, 0, 5)],
    ['2018-08-02T06:00:08-07:00', Date.UTC(2018, 7, 2, 13, 0, 8)],
    ['2021-10-12T08:43:23Z', Date.UTC(2021, 9, 12, 8, 43, 23)],
    ['Wed Oct 10 20:19:24 +0000 2018', Date.UTC(2018, 9, 10, 20, 19, 24)],
    ['Thu Feb 29 23:59:59 -0530 2024', Date.UTC(2024, 1, 30, 5, 29, 59)], // leap day, west of UTC
    ['Sun Mar 03 01:02:03 +0200 2024', Date.UTC(2024, 2, 2, 23, 2, 3)],
    ['Wed Oct 1 20:19:24 +0000 2018', Date.UTC(2018, 9, 1, 20, 19, 24)], // one-digit day
    ['Wed Feb 29 20:19:24 +0000 2023', undefined], // no leap day in 2023
    ['Wed Foo 10 20:19:24 +0000 2018', undefined],
    ['Wed Oct 10 24:19:24 +0000 2018', undefined],
    ['123 Oct 10 20:19:24 +0000 2018', undefined],
    ['1700000000', 1_700_000_000_000],
    ['1700000000123', 1_700_000_000_123],
    ['', undefined],
    ['28 views', undefined],
    ['25m subscribers', undefined],
    ['2 m', undefined],
    ['Feb 31, 2024', undefined],
    ['sometime', undefined],
    ['10000 years ago', undefined], // before 1970
  ])('parseRelativeDate(%j) = %j', (text, expected) => {
    expect(parseRelativeDate(text, NOW)).toBe(expected);
  });

  it.each<[unknown, number | undefined]>([
    [1_700_000_000, 1_700_000_000_000],
    [1_700_000_000_000, 1_700_000_000_000],
    [-1, undefined],
    [Number.NaN, undefined],
    [null, undefined],
  ])('parseRelativeDate(%j) for non-strings = %j', (value, expected) => {
    expect(parseRelativeDate(value, NOW)).toBe(expected);
  });

  it('never throws; the result is undefined or a whole epoch ms', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()), fc.double(), (value, now) => {
        const t = parseRelativeDate(value, now);
        return t === undefined || (Number.isInteger(t) && t >= 0 && t <= 8.64e15);
      }),
      { numRuns: RUNS },
    );
  });

  it('"<n> <unit> ago" is never after the capture', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.constantFrom('seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'), (n, unit) => {
        const t = parseRelativeDate(`${n} ${unit} ago`, NOW);
        return t !== undefined && t <= NOW;
      }),
      { numRuns: RUNS },
    );
  });
});
