import type { VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSource, readCatalogues } from '../test/helpers/catalogue-source';
import { REFUSAL_CODES } from '../lib/messaging/refusals';
import { INSUFFICIENT_REASONS, type PersonasResult } from '../lib/personas/types';
import { PLATFORM_REGISTRY, REGISTERED_PLATFORMS } from '../lib/capture/platforms';
import type { BackupFailure } from '../lib/db/backup';
import { ANALYTICS_REJECTION_REASONS } from '../lib/shortlists/analytics/demographics';
import type { ImportRejection } from '../lib/shortlists/json-format';
import { PRESET_TARGET_PERSONAS, TargetPersonaSchema } from '../lib/personas/targets';
import { FIELD_ISSUE_CODES, fieldIssue, type FieldIssue } from '../lib/ui/field-issue';
import {
  analyticsRejectionText,
  backupFailureText,
  benchmarkSourceText,
  fieldIssueText,
  insufficientText,
  painPointText,
  REFUSAL_KEYS,
  refusalDetail,
  refusalText,
  shortlistFileText,
  shortlistRowText,
  targetIssueText,
  targetName,
  tierText,
} from './coded-messages';
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

/** German where the German catalogue has every key the words came from: all keys below are this branch's own. */
function expectTranslated(words: Record<(typeof LOCALES)[number], string>, code: string) {
  for (const w of Object.values(words)) {
    expect(w.length).toBeGreaterThan(3);
    expect(w).not.toMatch(KEY_LIKE);
    expect(w).not.toContain(code);
  }
  expect(words.de).not.toBe(words['en-US']);
}

describe('schema issues by code', () => {
  it.each(FIELD_ISSUE_CODES)('%s', (code) => {
    const issue: FieldIssue = { field: 'entries.0.note', code, limit: 200, expected: 'number', detail: 'color' };
    const words = wordsByLocale(() => fieldIssueText(issue));
    expectTranslated(words, code);
    for (const w of Object.values(words)) expect(w).toMatch(/^entries\.0\.note ?: /);
  });

  it.each<[FieldIssue, string]>([
    [{ field: 'note', code: 'too-long', limit: 2000 }, 'note: too long (at most 2,000 characters)'],
    [{ field: 'name', code: 'too-short', limit: 1 }, 'name: empty (at least 1 character)'],
    [{ field: '', code: 'wrong-type', expected: 'object' }, 'expected an object ({ … })'],
  ])('%o in English', (issue, words) => expect(fieldIssueText(issue)).toBe(words));
});

const rejections: ImportRejection[] = [
  { row: 'file', reason: 'too-large', limitMb: 5 },
  { row: 'file', reason: 'not-json' },
  { row: 'file', reason: 'not-an-export', issue: { field: 'format', code: 'not-allowed' } },
  { row: 'file', reason: 'newer-version', version: 2, supported: 1 },
  { row: 'shortlists[0].entries[1]', reason: 'invalid-field', issue: { field: 'status', code: 'not-allowed' } },
  { row: 'shortlists[0].entries[2]', reason: 'duplicate-profile', profileId: 'youtube:lena' },
];

describe('shortlist import rejections by code', () => {
  it.each(rejections.map((r) => [r.reason, r] as const))('%s', (reason, r) => {
    const words = wordsByLocale(() => (r.row === 'file' ? text.dashboard.exchange.nothingImported(shortlistFileText(r)) : shortlistRowText(r)));
    expectTranslated(words, reason);
  });

  it('the file that is not JSON reads as before', () => {
    expect(text.dashboard.exchange.nothingImported(shortlistFileText({ row: 'file', reason: 'not-json' }))).toBe(
      'Nothing imported: the file is not JSON. Choose a JSON file exported by Persona Lens.',
    );
  });
});

describe('analytics rejections by code', () => {
  it.each(ANALYTICS_REJECTION_REASONS)('%s', (reason) => {
    const words = wordsByLocale(() => analyticsRejectionText({ reason, value: 'Narnia' }));
    expectTranslated(words, reason);
  });

  it('says what the line had, and a reason no table knows is not shown as it was stored', () => {
    expect(analyticsRejectionText({ reason: 'not-a-country', value: 'Narnia' })).toBe('not a country: “Narnia”');
    expect(analyticsRejectionText({ reason: 'not a known country: “Atlantis”' })).toBe(analyticsRejectionText({ reason: 'unreadable-line' }));
  });
});

const failures: BackupFailure[] = [
  { ok: false, error: 'not-json' },
  { ok: false, error: 'unknown-format' },
  { ok: false, error: 'foreign-tables' },
  { ok: false, error: 'undeclared-table' },
  { ok: false, error: 'newer-version', version: 5, supported: 4 },
  { ok: false, error: 'rows-without-keys', table: 'comments' },
  { ok: false, error: 'foreign-types', table: 'profiles', row: 3 },
  { ok: false, error: 'invalid-row', table: 'profiles', row: 3, issue: { field: 'followers', code: 'wrong-type', expected: 'number' } },
  { ok: false, error: 'write-failed', cause: 'ConstraintError' },
  { ok: false, error: 'unreadable', cause: 'NotFoundError' },
];

describe('backup failures by code', () => {
  it.each(failures.map((f) => [f.error, f] as const))('%s', (code, f) => {
    const words = wordsByLocale(() => backupFailureText(f));
    expectTranslated(words, code);
  });

  it('carries its numbers and the issue', () => {
    expect(backupFailureText(failures[7]!)).toBe('This backup is damaged (profiles row 3: followers: expected a number); nothing was changed.');
  });

  it('a code this build does not know is the generic message with the code', () => {
    expect(backupFailureText({ ok: false, error: 'disk-on-fire' })).toBe('Something went wrong: disk-on-fire');
  });
});

describe('each code has its own words', () => {
  it.each<[string, string[]]>([
    ['refusals', REFUSAL_CODES.map((c) => refusalText(c))],
    ['schema issues', FIELD_ISSUE_CODES.map((code) => fieldIssueText({ field: '', code, limit: 3 }))],
    ['shortlist rejections', rejections.map((r) => shortlistRowText(r))],
    ['analytics rejections', ANALYTICS_REJECTION_REASONS.map((reason) => analyticsRejectionText({ reason }))],
    ['backup failures', failures.map((f) => backupFailureText(f))],
  ])('%s', (_label, words) => expect(new Set(words).size).toBe(words.length));
});

describe('the target persona editor’s messages', () => {
  const check = (value: unknown) => {
    const parsed = TargetPersonaSchema.safeParse(value);
    if (parsed.success) throw new Error('expected a refusal');
    return targetIssueText(fieldIssue(parsed.error));
  };
  const good = { id: 'x', name: 'Gamers', languages: ['de'], ageBands: ['18-24'], weights: { gender: 0, language: 1, region: 0, interest: 0, age: 0 } };

  it('the accepted target gets through', () => expect(TargetPersonaSchema.safeParse(good).success).toBe(true));

  it.each<[string, unknown, string]>([
    ['every weight 0', { ...good, weights: { gender: 0, language: 0, region: 0, interest: 0, age: 0 } }, 'at least one weight must be positive'],
    ['a gender mix of nothing', { ...good, genders: { female: 0, male: 0 } }, 'a gender mix needs a positive share'],
    ['an age band in words', { ...good, ageBands: ['young'] }, 'Age bands #1: an age band like 18-24 or 65+'],
    ['an empty name', { ...good, name: ' ' }, 'Name: empty (at least 1 character)'],
    ['31 languages', { ...good, languages: Array.from({ length: 31 }, () => 'de') }, 'language: too many (at most 30 items)'],
  ])('%s', (_label, value, words) => {
    setMessageSource(fileSource('en-US'));
    const english = check(value);
    expect(english).toBe(words);
    setMessageSource(fileSource('de'));
    const german = check(value);
    expect(german).not.toBe(english);
    expect(german).not.toMatch(/weights-all-zero|gender-share-zero|bad-format/);
  });
});

describe('preset target personas by their names in the UI language', () => {
  it.each(PRESET_TARGET_PERSONAS.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const words = wordsByLocale(() => targetName({ ...p, preset: true }));
    expect(words['en-US']).toBe(p.name);
    expect(words.de).not.toBe(p.name);
    expect(words.de).not.toMatch(KEY_LIKE);
  });

  it('a brand’s own target keeps the name it was given, even with a preset’s id', () => {
    setMessageSource(fileSource('de'));
    expect(targetName({ id: 'preset-german-gamers', name: 'Meine Gamer' })).toBe('Meine Gamer');
    expect(targetName({ id: 'mine', name: 'Meine Gamer', preset: true })).toBe('Meine Gamer');
  });
});

describe('follower tiers and benchmark sources', () => {
  it.each<[string, { min: number; max: number }, string]>([
    ['en-US', { min: 10_000, max: 50_000 }, '10K–50K'],
    ['en-US', { min: 1_000_000, max: Infinity }, '1M+'],
    ['pt-BR', { min: 10_000, max: 50_000 }, '10 mil–50 mil'],
    ['de', { min: 500_000, max: 1_000_000 }, '500.000–1 Mio.'],
  ])('%s %o → %s', (locale, tier, words) => {
    setMessageSource(fileSource(locale));
    expect(tierText(tier).replace(/\u00a0/g, ' ')).toBe(words);
  });

  it.each(REGISTERED_PLATFORMS)('%s: the source sentence comes from the catalogue around the publisher’s name', (platform) => {
    const { source } = PLATFORM_REGISTRY[platform].benchmark;
    const words = wordsByLocale(() => benchmarkSourceText(source, text.platformName[platform]));
    for (const w of Object.values(words)) expect(w).toContain(source.publisher);
    expect(words.de).not.toBe(words['en-US']);
  });

  it('a month edition is written in the UI language', () => {
    const source = { publisher: 'Modash', scope: 'follower-tiers', edition: '2025-11' } as const;
    expect(benchmarkSourceText(source, 'TikTok')).toBe('Modash TikTok engagement-rate benchmarks by follower tier, Nov 2025');
    setMessageSource(fileSource('pt-BR'));
    expect(benchmarkSourceText(source, 'TikTok')).toMatch(/nov\. de 2025$/);
  });
});

describe('refusalDetail, where the page already says something went wrong', () => {
  it('words a refusal code and leaves any other reason as it came', () => {
    expect(refusalDetail('profile-not-captured')).toBe(refusalText('profile-not-captured'));
    expect(refusalDetail('QuotaExceededError')).toBe('QuotaExceededError');
  });
});

describe('pain point headings', () => {
  it.each<['question' | 'complaint' | 'request', string | null, string]>([
    ['question', 'shipping', 'Questions about “shipping”'],
    ['complaint', 'shipping', 'Complaints about “shipping”'],
    ['request', 'eyeliner', 'Requests for “eyeliner”'],
    ['question', null, 'Other questions'],
    ['complaint', null, 'Other complaints'],
    ['request', null, 'Other requests'],
  ])('%s %s', (kind, topic, english) => {
    const words = wordsByLocale(() => painPointText({ kind, topic }));
    expect(words['en-US']).toBe(english);
    expect(words.de).not.toBe(english);
    if (topic) expect(words.de).toContain(topic);
  });
});
