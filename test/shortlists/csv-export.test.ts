import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvColumns, exportFilename, shortlistToCsv } from '../../lib/shortlists/csv-export';
import { row, view } from './rows';

function parseBack(csv: string): Record<string, string>[] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('shortlist CSV', () => {
  const awkward: [string, string, string][] = [
    // [label, written, read back in a spreadsheet cell]
    ['plain', 'Lena Travels', 'Lena Travels'],
    ['a comma', 'Lena, Travels', 'Lena, Travels'],
    ['quotes', 'The "real" Lena', 'The "real" Lena'],
    ['a newline', 'line one\nline two', 'line one\nline two'],
    ['a CRLF', 'line one\r\nline two', 'line one\r\nline two'],
    ['emoji', 'Lena 🌍✈️ Travels', 'Lena 🌍✈️ Travels'],
    ['RTL marks and override', '\u202Eslevart anel\u202C \u200F', '\u202Eslevart anel\u202C \u200F'],
    ['Arabic', 'لينا تسافر', 'لينا تسافر'],
    ['a formula', '=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
    ['a plus formula', '+1+cmd|"/c calc"!A0', '\'+1+cmd|"/c calc"!A0'],
    ['a minus formula', '-2+3', "'-2+3"],
    ['an at formula', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a formula with a newline', '=1+1\nsecond line', "'=1+1\nsecond line"],
    ['a tab start', '\t=1', "'\t=1"],
    ['a carriage-return start', '\r=1', "'\r=1"],
    ['a line-feed start', '\n=1+1', "'\n=1+1"],
    ['a space start', ' =1+1', "' =1+1"],
    ['a full-width equals', '\uFF1D1+1', "'\uFF1D1+1"],
    ['a full-width plus', '\uFF0B1+1', "'\uFF0B1+1"],
    ['a full-width minus', '\uFF0D1+1', "'\uFF0D1+1"],
    ['a full-width at', '\uFF20SUM(A1)', "'\uFF20SUM(A1)"],
    ['a script tag', '<script>alert(1)</script>', '<script>alert(1)</script>'],
  ];

  it.each(awkward)('round-trips a display name and note with %s', (_label, written, expected) => {
    const csv = shortlistToCsv(view([row({ displayName: written, note: written, tags: [written, 'b'] })]));
    const [back] = parseBack(csv);
    expect(back!.display_name).toBe(expected);
    expect(back!.note).toBe(expected);
  });

  it('writes every metric, one row per creator, with unknown numbers as empty cells', () => {
    const csv = shortlistToCsv(
      view([
        row(),
        row({
          entryId: 'e2',
          profileId: 'tiktok:kai',
          platform: 'tiktok',
          handle: 'kai',
          displayName: null,
          captured: false,
          followers: null,
          engagement: { rate: null, n: 0 },
          growth: { change: null, per30Days: null, relativePer30Days: null, n: 1 },
          commenters: 0,
          fits: [],
          status: 'booked',
          tags: ['a', 'b'],
        }),
      ]),
    );
    const rows = parseBack(csv);
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!)).toEqual(csvColumns(view([]).personas));
    expect(rows[0]).toMatchObject({
      platform: 'youtube',
      handle: 'lenatravels',
      followers: '245000',
      engagement_rate: '0.0421',
      engagement_posts_n: '6',
      engagement_formula: '(likes + comments) / views, per video',
      growth_change: '1200',
      growth_per_30_days: '900',
      growth_visits_n: '3',
      commenters_n: '42',
      'fit Travellers': '71.3',
      'fit Travellers low': '60.5',
      'fit Travellers high': '80.1',
      'fit Travellers n': '40',
      status: 'candidate',
      captured: 'yes',
      added_at: '2026-11-01T00:00:00.000Z',
    });
    expect(rows[1]).toMatchObject({
      display_name: '',
      followers: '',
      engagement_rate: '',
      growth_change: '',
      'fit Travellers': '',
      'fit Travellers n': '',
      captured: 'no',
      tags: 'a; b',
    });
  });

  it('negative numbers stay numbers (the formula guard is for text only)', () => {
    const [back] = parseBack(shortlistToCsv(view([row({ growth: { change: -300, per30Days: -120, relativePer30Days: -0.001, n: 2 } })])));
    expect(back!.growth_change).toBe('-300');
  });

  it('uses CRLF line ends, quotes every cell, and starts with a byte-order mark', () => {
    const csv = shortlistToCsv(view([row()]));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.split('\r\n')[1]!.startsWith('"youtube","lenatravels"')).toBe(true);
  });

  it.each([
    ['Spring 2026', 'persona-lens-spring-2026-2026-11-29.csv'],
    ['../../etc/passwd', 'persona-lens-etc-passwd-2026-11-29.csv'],
    ['', 'persona-lens-shortlist-2026-11-29.csv'],
    ['Café “Ünïcode”', 'persona-lens-cafe-unicode-2026-11-29.csv'],
  ])('names the file for %j safely', (name, expected) => {
    expect(exportFilename(name, Date.UTC(2026, 10, 29), 'csv')).toBe(expected);
  });
});
