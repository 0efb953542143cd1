import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssue, type FieldIssue } from './field-issue';

const Schema = z
  .strictObject({
    name: z.string().min(2).max(5),
    tags: z.array(z.string()).min(1).max(2),
    share: z.number().min(0).max(1),
    band: z.string().regex(/^\d+-\d+$/),
    status: z.enum(['a', 'b']),
  })
  .refine((v) => v.name !== 'xx', { message: 'no-xx' });

const good = { name: 'abc', tags: ['t'], share: 0.5, band: '18-24', status: 'a' };

describe('fieldIssue: the first issue of a failed check as a code', () => {
  it('the accepted value gets through', () => expect(Schema.safeParse(good).success).toBe(true));

  it.each<[string, unknown, FieldIssue]>([
    ['wrong type', { ...good, share: 'half' }, { field: 'share', code: 'wrong-type', expected: 'number' }],
    ['not an object', 'x', { field: '', code: 'wrong-type', expected: 'object' }],
    ['too long', { ...good, name: 'abcdef' }, { field: 'name', code: 'too-long', limit: 5 }],
    ['too short', { ...good, name: 'a' }, { field: 'name', code: 'too-short', limit: 2 }],
    ['too many', { ...good, tags: ['a', 'b', 'c'] }, { field: 'tags', code: 'too-many', limit: 2 }],
    ['too few', { ...good, tags: [] }, { field: 'tags', code: 'too-few', limit: 1 }],
    ['too large', { ...good, share: 2 }, { field: 'share', code: 'too-large', limit: 1 }],
    ['too small', { ...good, share: -1 }, { field: 'share', code: 'too-small', limit: 0 }],
    ['bad format', { ...good, band: 'young' }, { field: 'band', code: 'bad-format' }],
    ['not allowed', { ...good, status: 'c' }, { field: 'status', code: 'not-allowed' }],
    ['unknown field', { ...good, extra: 1 }, { field: '', code: 'unknown-field', detail: 'extra' }],
    ['our own rule', { ...good, name: 'xx' }, { field: '', code: 'rule', detail: 'no-xx' }],
    ['a nested path', { ...good, tags: [1] }, { field: 'tags.0', code: 'wrong-type', expected: 'text' }],
  ])('%s', (_label, value, issue) => {
    const parsed = Schema.safeParse(value);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldIssue(parsed.error)).toEqual(issue);
  });
});
