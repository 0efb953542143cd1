import { describe, expect, it } from 'vitest';
import { isHandleText, normalizeHandle } from './handles';

describe('isHandleText', () => {
  it.each([
    ['anna_smith92', true],
    ['a.b-c', true],
    ['x@y', true], // "@" is only refused first
    ['@anna', false],
    ['', false],
    ['an na', false],
    ['anna\t', false],
    ['anna\u007f', false],
    ['ünal', true],
    ['李娜', true],
    ['anna\u00a0x', false], // Unicode whitespace
    ['anna\u0085', false], // C1 control
    ['anna\u2003', false],
  ])('%j → %s', (handle, want) => {
    expect(isHandleText(handle)).toBe(want);
  });
});

describe('normalizeHandle', () => {
  it.each([
    ['@anna', 'anna'],
    ['  @@anna ', 'anna'],
    ['@', undefined],
    [42, undefined],
    ['a b', undefined],
    ['x'.repeat(200), undefined],
  ])('%j → %j', (input, want) => {
    expect(normalizeHandle(input)).toBe(want);
  });
});
