import { describe, expect, it } from 'vitest';
import { combine, commentFlags, isGeneratedHandle, SUSPICIOUS_AT } from './authenticity';
import { foldAccents } from './text';

const flags = (text: string, handle = 'anna_smith') => commentFlags(text, foldAccents(text.toLowerCase()), handle, false);

describe('commentFlags', () => {
  it.each([
    ['nice pic 🔥', ['generic-praise']],
    ['Niiiice!!', ['generic-praise']],
    ['so cute 😍', ['generic-praise']],
    ['Que linda ❤️', ['generic-praise']],
    ['Wunderschön!', ['generic-praise']],
    ['🔥🔥🔥', ['emoji-only']],
    ['😍❤️‍🔥👏🏽', ['emoji-only']],
    ['DM us to collab 💌', ['promo-spam']],
    ['Send me a DM for promotion', ['promo-spam']],
    ['Check out my page for free followers', ['promo-spam']],
    ['Great look, visit www.cheap-followers.shop/now', ['link']],
    ['I tried this recipe last night and my kids asked for seconds', []],
    ['Where did you buy that jacket?', []],
    ['...', []],
    // The longest praise is four words; a fifth makes it a sentence.
    ['Keep it up bro 🔥', ['generic-praise']],
    ['keep it up bro, loved the part about ramen', []],
    ['so\u00a0cute', ['generic-praise']],
    ['sooooo cuuuute', ['generic-praise']],
    ['nice_pic', ['generic-praise']],
    ['wowww 100', []],
    // Spam phrases count only from the start of a word.
    ["Please don't unfollow me, I loved this", []],
    ['No selfpromotion here, just love the video', []],
  ])('%s → %j', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });

  it('flags a machine-made handle', () => {
    expect(flags('I love the colours in this one, the blue is perfect', 'user8273649283')).toEqual(['generated-handle']);
  });
});

describe('isGeneratedHandle', () => {
  it.each([
    ['user8273649283', true],
    ['maria_lopez829371', true],
    ['xkqzvbnm', true],
    ['k3j9x8q2m7p4w1', true],
    ['anna_smith92', false],
    ['john.doe', false],
    ['annasmith1990', false],
    ['', false],
    ['@user12345', true],
    ['USER12345', true],
    ['user1234', false],
    ['maria_lopez82937', false],
    ['BCDFGH', true],
    ['strengths', false],
    ['anna_smith123456', true],
  ])('%s → %s', (handle, generated) => {
    expect(isGeneratedHandle(handle)).toBe(generated);
  });
});

describe('combine', () => {
  it.each([
    [[], false],
    [['generic-praise'], false],
    [['emoji-only'], false],
    [['generic-praise', 'generated-handle'], true],
    [['promo-spam'], true],
    [['repeated-across-accounts'], true],
    [['promo-spam', 'link', 'generated-handle', 'repeated-across-accounts', 'repeated-across-posts'], true],
  ] as const)('%j → suspicious %s', (list, suspicious) => {
    const verdict = combine(list);
    expect(verdict.suspicious).toBe(suspicious);
    expect(verdict.score >= SUSPICIOUS_AT).toBe(suspicious);
    expect(verdict.score).toBeLessThan(1);
  });
});
