import { describe, expect, it } from 'vitest';
import { text } from './text';

describe('the commenters card says which sample the audience figures rest on', () => {
  it.each([
    [0, 80, 'the sample every audience figure rests on'],
    [2, 80, 'audience figures rest on the 78 of them who look genuine (2 look automated)'],
  ])('%d suspicious of %d', (suspicious, commenters, detail) => {
    expect(text.report.commentersDetail(suspicious, commenters)).toBe(detail);
  });
});
