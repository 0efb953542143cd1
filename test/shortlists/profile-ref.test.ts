import { describe, expect, it } from 'vitest';
import { profileIdFromInput } from '../../lib/shortlists/profile-ref';

describe('profileIdFromInput', () => {
  it.each([
    ['https://www.youtube.com/@LenaTravels', 'youtube:lenatravels'],
    ['  https://www.tiktok.com/@kai.builds  ', 'tiktok:kai.builds'],
    ['youtube:@lenatravels', 'youtube:lenatravels'],
    ['X:Someone', 'x:someone'],
    ['https://example.com/@lena', null],
    ['lenatravels', null],
    ['youtube:two words', null],
    ['', null],
    ['javascript:alert(1)', null],
  ])('%j → %j', (input, expected) => expect(profileIdFromInput(input)).toBe(expected));
});
