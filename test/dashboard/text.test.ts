/**
 * All dashboard text lives in components/text.ts; these checks keep every value the code can
 * produce labelled there, so no raw id ever reaches the screen (or a translator misses one).
 */
import { describe, expect, it } from 'vitest';
import { text } from '../../components/text';
import { SEGMENT_DIMENSIONS } from '../../lib/segments/segments';
import { ANALYTICS_KINDS } from '../../lib/shortlists/analytics/demographics';
import { SHORTLIST_STATUSES } from '../../lib/shortlists/messages';

const t = text.dashboard;

describe('dashboard text', () => {
  it.each(SHORTLIST_STATUSES)('labels status %s', (status) => expect(t.status[status]).toMatch(/\S/));
  it.each(ANALYTICS_KINDS)('labels analytics export %s', (kind) => expect(t.audience.kinds[kind]).toMatch(/\S/));
  it.each(SEGMENT_DIMENSIONS)('labels weight %s', (dim) => expect(t.personas.weight[dim]).toMatch(/\S/));
  it.each(['age', 'gender', 'region'])('labels imported dimension %s', (dim) => expect(t.audience.dimension[dim]).toMatch(/\S/));
  it.each(['female', 'male', 'other', 'unknown'])('names gender %s in My audience', (g) => expect(t.audience.genderName[g]).toMatch(/\S/));

  it('has no empty string anywhere in the section', () => {
    const empty: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (typeof value === 'string' && !value.trim()) empty.push(at);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
    };
    walk(t, 'dashboard');
    expect(empty).toEqual([]);
  });

  it.each([
    [t.table.nPosts(1), 'n=1 post'],
    [t.table.nPosts(3), 'n=3 posts'],
    [t.exchange.report(2, 0, 1), 'Import: 2 added, 0 updated, 1 rejected.'],
    [t.audience.rejectedRowIn('a.csv', 10, 'bad'), 'a.csv, line 10: bad'],
  ])('formats %j', (actual, expected) => expect(actual).toBe(expected));
});
