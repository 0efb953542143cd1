/**
 * `node --import tsx test/tools/traits-corpus.ts > corpus.jsonl`: a large, varied input file for
 * `npm run traits`, to show that a change meant only to make the traits engine faster leaves
 * every answer as it was:
 *
 *   node --import tsx test/tools/traits-corpus.ts > /tmp/corpus.jsonl
 *   npm run -s traits -- /tmp/corpus.jsonl > /tmp/before.jsonl   # on the old commit
 *   npm run -s traits -- /tmp/corpus.jsonl > /tmp/after.jsonl    # on the new one
 *   cmp /tmp/before.jsonl /tmp/after.jsonl
 *
 * It holds the bench's generated comments (six seeds), the labelled sets in test/data/traits,
 * every short string of the real payloads in ../shared/realpages (as text, and as name and
 * handle) when that folder is there, and fuzzed records: arbitrary Unicode, lone surrogates,
 * and phrases each rule of the engine looks for, joined at random. Seeded, so the same each run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import type { TraitsInput } from '../../lib/traits/index';
import { generateComments } from './bench/traits.bench';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REALPAGES = path.resolve(ROOT, '../shared/realpages');
// Keys under which the platforms' payloads keep names, handles and written text.
const TEXT_KEYS = /^(text|full_text|description|title|name|screen_name|username|nickname|unique_id|simpleText|content|caption|biography|full_name|desc)$/;
// Pieces of what each rule reads: praise, ages, spam, flags, places, titles, scripts, hostile marks.
const PIECES = [
  'nice pic 🔥', 'I am 40 years old', 'my grandkids', 'DM us to collab', '🇧🇷', 'Saludos desde México', '#fitness',
  'https://x.co/a', 'tengo 23 años', 'ich bin 40', "j'ai 52 ans", 'Mrs Anna', 'user123456789', 'Ünïcödé', '\u202e',
  '\u0301\u0301\u0301', '\ud800', '日本語のテキスト', 'Привет мир', 'مرحبا', 'שלום', 'Ελληνικά', 'in my forties',
  'sooo cuteee', 'follow back', 'link in bio', "l'entraînement", 'São Paulo', 'the', 'que', 'und', '40', 'ans', ' ',
];

function labelled(): TraitsInput[] {
  const dir = path.join(ROOT, 'test/data/traits');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter((line) => line.trim())
    .map((line) => {
      const { name, handle, text, hashtags } = JSON.parse(line) as TraitsInput;
      return { name, handle, text, hashtags };
    });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function realStrings(): string[] {
  if (!existsSync(REALPAGES)) {
    process.stderr.write(`traits-corpus: ${REALPAGES} is absent; no real-page strings\n`);
    return [];
  }
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && TEXT_KEYS.test(key) && v.length > 0 && v.length < 3000) found.add(v);
        else walk(v);
      }
    }
  };
  const parse = (json: string): void => {
    try {
      walk(JSON.parse(json));
    } catch {
      // Not JSON: nothing to read here.
    }
  };
  for (const file of files(REALPAGES)) {
    const raw = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) parse(raw);
    else if (file.endsWith('.html')) for (const s of inlineScriptsFromHtml(raw)) parse(/=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(s.text)?.[1] ?? '');
  }
  return [...found];
}

function fuzzed(count: number): TraitsInput[] {
  const phrase = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(' '));
  return fc.sample(
    fc.record({
      name: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...PIECES)),
      handle: fc.string({ maxLength: 20 }),
      text: fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 200 }), phrase),
      hashtags: fc.option(fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), { nil: undefined }),
    }),
    { numRuns: count, seed: 7 },
  );
}

const corpus: TraitsInput[] = [];
for (let seed = 1; seed <= 6; seed++) corpus.push(...generateComments(10_000, seed));
corpus.push(...labelled());
for (const s of realStrings()) corpus.push({ text: s }, { name: s, handle: s.replace(/\s+/g, '_').slice(0, 30) });
corpus.push(...fuzzed(40_000));
process.stdout.write(corpus.map((c) => JSON.stringify(c)).join('\n') + '\n');
