import { describe, expect, it } from 'vitest';
import { inferGender } from './gender';
import { RULE_P } from './name-scripts';
import { vietnameseName } from './vietnamese-names';

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
