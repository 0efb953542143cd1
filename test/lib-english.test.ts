/**
 * lib/ returns codes and numbers; components word them through the catalogue (issue 17). This
 * scan fails when a string literal in lib/ reads like an English sentence ("Only 18 engaged
 * commenters so far …"), the shape the persona reasons and import refusals had before they
 * became codes. ESLint's i18next/no-literal-string does the same for components/ and
 * entrypoints/ JSX (eslint.config.js).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.resolve(import.meta.dirname, '../lib');

/** A string literal on one line (quotes of one kind, none inside). */
const LITERAL = /'([^'\n]*)'|"([^"\n]*)"|`([^`\n]*)`/g;
/** A word as a sentence has them: lower-case letters, maybe ending in punctuation. */
const WORD = /^[a-z][a-z'’-]*[,;.:?!]?$/;
/**
 * A capitalised word, then three or more plain lower-case words: a sentence written for a
 * reader, not a code, a key, a word list or a log line (those start in lower case here).
 */
const isSentence = (text: string): boolean => {
  const [first, ...rest] = text.trim().split(/\s+/);
  return /^[A-Z][a-z]+[,;:]?$/.test(first ?? '') && rest.filter((t) => WORD.test(t)).length >= 3;
};

/**
 * Sentences that never reach the screen: an Error's message (only ever a logged cause), a
 * capture's warnings (the log and `npm run inspect`), and the presets' English names, kept as
 * data for exports (the interface names presets by preset_* keys). Lower-case log lines and
 * schema messages are not looked at: they are the developer's, and the UI shows codes instead.
 */
const ALLOWED_LINE = /new Error\(|\.warn\(|^\s*name: '/;

function englishSentences(source: string): string[] {
  const found: string[] = [];
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*') || ALLOWED_LINE.test(line)) continue;
    for (const m of line.matchAll(LITERAL)) {
      const text = m[1] ?? m[2] ?? m[3] ?? '';
      if (isSentence(text)) found.push(text);
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'vendor' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('English sentences in lib/', () => {
  it.each([
    ["reason: `Only ${n} engaged commenters so far; personas need at least ${m}.`", ['Only ${n} engaged commenters so far; personas need at least ${m}.']],
    ["throw new Refusal('profile-not-captured');", []],
    ["return { kind: 'too-few-members', needed: 30 };", []],
    ["b.warn('response has no TikTok shape this adapter knows');", []],
    ["return 'Profile not captured yet, open it first';", ['Profile not captured yet, open it first']],
    ["const key = 'dashboard_refusal_notCaptured';", []],
    ["  // Open more posts or comment threads of this profile.", []],
    ["if (!ok) throw new Error(`No automatic backup named ${name}.`);", []],
  ])('reads %j as %j', (line, expected) => {
    expect(englishSentences(line)).toEqual(expected);
  });

  it('none: lib/ returns codes, the catalogue has the words', () => {
    const found = sourceFiles(LIB)
      // Generated tables, and the scripts in lib/traits/data/ that write them (run in Node, never
      // bundled); lib/build/ runs in the build and writes the shipped licence notices, a legal
      // text that stays in English, never shown by the interface.
      .filter((file) => !file.endsWith('group-model.ts') && !/traits\/data\/build-[^/]+\.ts$/.test(file) && !path.relative(LIB, file).startsWith(`build${path.sep}`))
      .flatMap((file) => englishSentences(readFileSync(file, 'utf8')).map((s) => `${path.relative(LIB, file)}: ${s}`));
    expect(found).toEqual([]);
  });
});
