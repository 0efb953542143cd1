import { describe, expect, it } from 'vitest';
import { CommentSchema, PostSchema, ProfileSchema } from './batch-schema';
import { BatchBuilder } from './batch-builder';
import { COMMENT_FIELDS, POST_FIELDS, PROFILE_FIELDS } from './record-checks';

describe('record field lists', () => {
  // The builder copies only these fields, and the hand checks trust that: a field added to
  // a schema and not here would be silently left out of every record.
  it.each([
    ['profile', PROFILE_FIELDS, ProfileSchema],
    ['post', POST_FIELDS, PostSchema],
    ['comment', COMMENT_FIELDS, CommentSchema],
  ] as const)('the %s fields are the schema keys besides platform', (_kind, fields, schema) => {
    expect([...fields].sort()).toEqual(Object.keys(schema.shape).filter((k) => k !== 'platform').sort());
  });

  it('the builder copies every field of a full draft', () => {
    const b = new BatchBuilder('x', { url: 'https://x.com/a', capturedAt: 1 });
    b.addProfile({ handle: 'ines', displayName: 'Ines', followers: 1, following: 2, postCount: 3, verified: true, bio: 'maps' });
    b.addPost({ id: '1', authorHandle: 'ines', publishedAt: 5, text: 'hi #maps', hashtags: ['maps'], likes: 1, comments: 2, views: 3, shares: 4 });
    b.addComment({ id: '2', postId: '1', authorHandle: 'ana', authorName: 'Ana', text: 'hi', likes: 1, publishedAt: 6, replyToId: '3' });
    const batch = b.build();
    expect(Object.keys(batch.profiles[0]!).sort()).toEqual(['platform', ...PROFILE_FIELDS].sort());
    expect(Object.keys(batch.posts[0]!).sort()).toEqual(['platform', ...POST_FIELDS].sort());
    expect(Object.keys(batch.comments[0]!).sort()).toEqual(['platform', ...COMMENT_FIELDS].sort());
  });

  // A repeated author (TikTok items, X tweets) is skipped when it fills no gap: every field
  // must still reach a profile that lacks it.
  it.each(PROFILE_FIELDS.filter((f) => f !== 'handle'))('a later copy of a profile fills its missing %s', (field) => {
    const full = { handle: 'ines', displayName: 'Ines', followers: 1, following: 2, postCount: 3, verified: true, bio: 'maps' };
    const b = new BatchBuilder('x', { url: 'https://x.com/a', capturedAt: 1 });
    b.addProfile({ ...full, [field]: undefined });
    b.addProfile({ handle: 'INES', [field]: full[field] });
    expect(b.build().profiles).toEqual([{ platform: 'x', ...full }]);
  });

  it('a later copy of a profile changes nothing it already has', () => {
    const b = new BatchBuilder('x', { url: 'https://x.com/a', capturedAt: 1 });
    b.addProfile({ handle: 'ines', followers: 1 });
    b.addProfile({ handle: 'ines', followers: 9, displayName: 'Ines' });
    b.addProfile({ handle: 'ines', followers: 7 });
    expect(b.build().profiles).toEqual([{ platform: 'x', handle: 'ines', followers: 1, displayName: 'Ines' }]);
  });

  it('a record holds only its fields, so it passes the strict schema', () => {
    const b = new BatchBuilder('x', { url: 'https://x.com/a', capturedAt: 1 });
    const extra = { unknownField: 1 };
    b.addProfile({ handle: 'ines', followers: 3, ...extra });
    b.addPost({ id: '1', likes: 2, ...extra });
    b.addComment({ id: '2', authorHandle: 'ana', text: 'hi', ...extra });
    const batch = b.build();
    expect(batch.profiles).toEqual([{ platform: 'x', handle: 'ines', followers: 3 }]);
    expect(batch.posts).toEqual([{ platform: 'x', id: '1', likes: 2, hashtags: [] }]);
    expect(batch.comments).toEqual([{ platform: 'x', id: '2', authorHandle: 'ana', text: 'hi' }]);
    for (const p of batch.profiles) expect(ProfileSchema.safeParse(p).success).toBe(true);
    for (const p of batch.posts) expect(PostSchema.safeParse(p).success).toBe(true);
    for (const c of batch.comments) expect(CommentSchema.safeParse(c).success).toBe(true);
  });
});
