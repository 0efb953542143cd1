import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferGender } from './gender';
import { RULE_P } from './name-scripts';
import { FAMILY_NAMES, vietnameseName } from './vietnamese-names';

describe('vietnameseName', () => {
  it.each([
    // [display name, reading]: the middle names, marked.
    ['Nguyễn Thị Lan', 'female'],
    ['Trần Văn Nam', 'male'],
    ['thị hương', 'female'],
    ['Phạm Thị Ngọc Ánh', 'female'],
    // Unmarked, straight after a common family name.
    ['Nguyen Thi Lan', 'female'],
    ['Le Van Thanh', 'male'],
    ['ĐẶNG VĂN HÙNG', 'male'],
    // The marks as combining characters (NFD), as some keyboards write them.
    ['Tra\u0300n Va\u0306n Nam', 'male'],
    ['Nguye\u0302\u0303n Thi\u0323 Lan', 'female'],
    ['Dang Van Hung', 'male'],
    // Not this rule's: neither middle name (the lookup reads the name as any other): "van" after a name that is not a Vietnamese family name, or nothing Vietnamese.
    ['Nguyễn Ngọc Anh', null],
    ['Hương', null],
    ['Thị', null],
    ['Ludwig van Beethoven', null],
    ['Vincent Van Gogh', null],
    ['Anna Smith', null],
    ['Anh', null],
    ['Mădălina Popescu', null],
    ['Đorđe Petrović', null],
    ['', null],
  ])('%j → %j', (name, reading) => {
    expect(vietnameseName(name)).toBe(reading);
  });
});

// The rule as it was before its precheck, so the precheck is shown to change no answer.
const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
function reference(displayName: string): string | null {
  const words = displayName.normalize('NFC').toLowerCase().split(/[\s,.]+/u).filter(Boolean);
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    const marked = word === 'thị' || word === 'văn';
    const afterFamilyName = i > 0 && FAMILY_NAMES.has(fold(words[i - 1]!)) && (word === 'thi' || word === 'van');
    if (marked || afterFamilyName) return word.startsWith('t') ? 'female' : 'male';
  }
  return null;
}

describe('vietnameseName precheck', () => {
  // Letters of the middle names in both cases, precomposed and with combining marks, and
  // characters NFC or lowercasing change (Kelvin sign, dotted capital I, Angstrom sign).
  const piece = fc.constantFrom(
    't', 'T', 'h', 'H', 'i', 'I', 'ị', 'Ị', '\u0323', 'v', 'V', 'a', 'A', 'ă', 'Ă', '\u0306', 'n', 'N',
    ' ', ',', '.', '\u00a0', 'İ', '\u212a', '\u212b', 'đ', 'Đ', 'nguyen', 'Nguyễn', 'le', 'tran', 'van', 'x',
  );
  it('answers as the rule without it, on names built from the letters it looks for', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const name = pieces.join('');
        expect(vietnameseName(name)).toBe(reference(name));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});

describe('inferGender on Vietnamese names', () => {
  it.each([
    ['Nguyễn Thị Lan', 'female'],
    ['Nguyen Van Minh', 'male'],
    // Not Vietnamese: the lookup reads the first name as before.
    ['Vincent Van Gogh', 'male'],
  ])('%s → %s', (name, gender) => {
    const guess = inferGender(name);
    expect(guess.gender).toBe(gender);
    if (gender !== 'unknown' && name.split(' ')[0] !== 'Vincent') expect(guess.p).toBe(RULE_P);
  });
});
