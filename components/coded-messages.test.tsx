import type { VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSource, readCatalogues } from '../test/helpers/catalogue-source';
import { REFUSAL_CODES } from '../lib/messaging/refusals';
import { INSUFFICIENT_REASONS, type PersonasResult } from '../lib/personas/types';
import { insufficientText, REFUSAL_KEYS, refusalText } from './coded-messages';
import { setMessageSource } from './i18n/source';
import { PersonaCards } from './report/PersonaCards';
import { text } from './text';

/** Every catalogue key a message could come from looks like this; a message must never be one. */
const KEY_LIKE = /^[a-z]+_[A-Za-z_]+$/;
const LOCALES = ['en-US', 'de'] as const;

afterEach(() => void setMessageSource(fileSource('en-US')));

/** The words of each code in each locale: present, not a key, not the code, and not English outside English. */
function wordsByLocale(render: () => string): Record<(typeof LOCALES)[number], string> {
  const out = {} as Record<(typeof LOCALES)[number], string>;
  for (const locale of LOCALES) {
    setMessageSource(fileSource(locale));
    out[locale] = render();
  }
  return out;
}

const german = readCatalogues().de!;

/**
 * Present, not a key, not the code, and German where the German catalogue has the key (three
 * older refusal messages are translated on the translators' branches; the locale check
 * requires every key once those are merged).
 */
function expectWorded(words: Record<(typeof LOCALES)[number], string>, code: string, key: string) {
  for (const w of Object.values(words)) {
    expect(w.length).toBeGreaterThan(20);
    expect(w).not.toMatch(KEY_LIKE);
    expect(w).not.toContain(code);
  }
  if (Object.keys(german).some((k) => k === key || k.startsWith(`${key}_`))) expect(words.de).not.toBe(words['en-US']);
}

describe('the background’s refusals by code', () => {
  it.each(REFUSAL_CODES)('%s has its own message in English and German', (code) => {
    const words = wordsByLocale(() => refusalText(code));
    expectWorded(words, code, REFUSAL_KEYS[code]);
    expect(words['en-US']).not.toBe(refusalText('some-future-code'));
  });

  it('a code no table knows is a generic message that still shows it', () => {
    const words = wordsByLocale(() => refusalText('quota-exceeded'));
    expect(words['en-US']).toBe('Something went wrong: quota-exceeded');
    expect(words.de).toContain('quota-exceeded');
  });

  it('the popup’s save form words a refusal the same way', () => {
    expect(text.shortlist.failed('duplicate-list-name')).toBe(`Not saved: ${refusalText('duplicate-list-name')}`);
  });
});

const sample = { members: 12, engagements: 40, posts: 2 };

describe('why there are no personas yet', () => {
  it.each(INSUFFICIENT_REASONS)('%s: a message with its numbers in English and German', (reason) => {
    const words = wordsByLocale(() => insufficientText({ reason, needed: 30, sample }));
    expectWorded(words, reason, reason === 'too-few-members' ? 'report_insufficient_tooFewMembers' : 'report_insufficient_tooFewPosts');
    const counted = reason === 'too-few-members' ? '12' : '2';
    for (const w of Object.values(words)) expect(w).toMatch(new RegExp(`\\b${counted}\\b.*\\b30\\b`));
  });

  it('one commenter is singular, in each language’s plural rules', () => {
    expect(insufficientText({ reason: 'too-few-members', needed: 30, sample: { ...sample, members: 1 } })).toMatch(/^only 1 engaged commenter so far/);
  });

  it('a reason stored by another version says so in general words', () => {
    const words = wordsByLocale(() => insufficientText({ reason: 'Only 3 engaged commenters so far', sample }));
    expect(words['en-US']).toBe('not enough data yet. Open more posts or comment threads of this profile.');
    expect(words.de).not.toBe(words['en-US']);
  });

  function textOf(node: unknown): string {
    if (node === null || node === undefined || typeof node === 'boolean') return '';
    if (typeof node === 'string' || typeof node === 'number') return String(node);
    if (Array.isArray(node)) return node.map(textOf).join('');
    const v = node as VNode<{ children?: unknown }>;
    if (typeof v.type === 'function') return textOf((v.type as (p: unknown) => unknown)(v.props));
    return textOf(v.props.children);
  }

  it.each(LOCALES)('the persona cards show it in %s', (locale) => {
    setMessageSource(fileSource(locale));
    const personas: PersonasResult = { status: 'insufficient', reason: 'too-few-posts', needed: 3, sample };
    const shown = textOf(PersonaCards({ personas }));
    expect(shown).toContain(insufficientText(personas));
    expect(shown).not.toContain('too-few-posts');
  });
});
