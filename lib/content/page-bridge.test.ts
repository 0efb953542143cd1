/**
 * Issue 14, finding 6: a page must not tell our bridge from the browser's own functions by
 * their source, name or length. Run against the real fetch of Node (a native function).
 */
import { describe, expect, it } from 'vitest';
import { installPageBridge } from './page-bridge';

const nativeSource = (f: unknown) => Function.prototype.toString.call(f);

describe('page bridge disguise', () => {
  const originalFetch = globalThis.fetch;
  const originalOpen = Object.prototype.hasOwnProperty;
  class FakeXhr {}
  (FakeXhr.prototype as unknown as { open: unknown }).open = originalOpen;
  const win = Object.assign(new EventTarget(), {
    fetch: originalFetch,
    XMLHttpRequest: FakeXhr,
    Function,
    JSON,
    CustomEvent,
    crypto: globalThis.crypto,
    setTimeout: () => 0,
    location: { href: 'https://www.youtube.com/', origin: 'https://www.youtube.com' },
  });
  installPageBridge(win as never);
  const patchedOpen = (FakeXhr.prototype as unknown as { open: () => void }).open;

  it.each<[string, () => unknown, () => unknown]>([
    ['fetch is replaced (the premise)', () => win.fetch === originalFetch, () => false],
    ['fetch source via Function.prototype.toString', () => nativeSource(win.fetch), () => nativeSource(originalFetch)],
    ['fetch source via its own toString', () => String(win.fetch), () => String(originalFetch)],
    ['fetch name and length', () => [win.fetch.name, win.fetch.length], () => [originalFetch.name, originalFetch.length]],
    ['open source', () => nativeSource(patchedOpen), () => nativeSource(originalOpen)],
    ['open name and length', () => [patchedOpen.name, patchedOpen.length], () => [originalOpen.name, originalOpen.length]],
    ['the patched toString itself', () => nativeSource(Function.prototype.toString), () => 'function toString() { [native code] }'],
    ['toString of a page function is untouched', () => String(function page() {}), () => 'function page() {}'],
  ])('%s', (_label, seen, expected) => {
    expect(seen()).toEqual(expected());
  });
});
