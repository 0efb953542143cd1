import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnalytics } from '../../lib/shortlists/analytics';
import { joinParts, originOfLine } from '../../lib/shortlists/analytics/line-origin';

const dir = path.resolve(import.meta.dirname, '../fixtures/analytics');
const part = (name: string) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') });

describe('originOfLine', () => {
  const parts = [
    { name: 'a.csv', text: 'h\r\n1\r\n2' },
    { name: 'b.csv', text: 'h\n1\n' },
    { name: 'pasted', text: 'x' },
  ];
  it.each([
    [1, { name: 'a.csv', line: 1 }],
    [3, { name: 'a.csv', line: 3 }],
    [4, null],
    [5, { name: 'b.csv', line: 1 }],
    [7, { name: 'b.csv', line: 3 }],
    [8, null],
    [9, { name: 'pasted', line: 1 }],
    [10, null],
  ])('line %i of the joined text', (line, expected) => {
    expect(joinParts(parts).split(/\r\n|\n/)).toHaveLength(9);
    expect(originOfLine(parts, line)).toEqual(expected);
  });

  it('maps a rejected row of real exports back to its file and line', () => {
    const files = ['youtube-studio-viewer-age.csv', 'youtube-studio-viewer-gender.csv', 'youtube-studio-geography.csv'].map(part);
    const { rejected } = parseAnalytics('youtube-studio', joinParts(files));
    expect(rejected.map((r) => originOfLine(files, r.row))).toEqual([{ name: 'youtube-studio-geography.csv', line: 10 }]);
  });
});
