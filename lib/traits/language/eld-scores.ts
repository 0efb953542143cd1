/**
 * eld's detection (eld/medium: `detect(text)` and `isReliable()`), computed from eld's own n-gram
 * table and tokeniser with the same arithmetic, so the answers are eld's to the last tie, at
 * about a fifteenth of eld's cost. eld builds a string per byte-word and per n-gram, looks each
 * up in an object of 105,548 keys and reads its scores with a for-in; then its LanguageResult
 * orders and rescales all 60 languages' scores (parseInt of every key, a sort, an array per
 * language) to answer isReliable(). Here the text's UTF-8 bytes are walked in one reused buffer
 * and its n-grams packed into integers (eld-byte-ngrams.ts; ASCII text in the same pass as
 * eld's separators, trim and lower-casing, so without its regular expression), then found in a
 * typed-array hash table (eld-ngram-table.ts) that is unpacked on the first detection from
 * the packed bytes of vendor/eld-medium-ngrams.ts (made by vendor-eld.ts); one pass over the
 * scores finds the best two. eld-scores.test.ts compares the answers with eld's on every length and script,
 * eld-byte-ngrams.test.ts the n-grams with eld's tokeniser.
 *
 * eld is pinned (package.json) because this reads its internals, vendored by vendor-eld.ts;
 * vendor-eld.test.ts fails when the installed eld no longer matches the copy, and packing the
 * table throws if eld's data no longer fits the format.
 */
import { avgScore, separators } from './vendor/eld-tables';
import { ByteNgrams } from './eld-byte-ngrams';
import { packedNgrams } from './vendor/eld-medium-ngrams';
import { findNgram, LANGUAGE_BITS, LANGUAGE_MASK, unpackNgramTable, type NgramTable } from './eld-ngram-table';

export interface EldAnswer {
  /** ISO 639-1 code, or '' when no n-gram is known (eld's `language`). */
  language: string;
  /** eld's `isReliable()` with its default threshold. */
  reliable: boolean;
}

interface Detector {
  table: NgramTable;
  /** avgScore by language index; NaN where eld has none (eld's `undefined * 0.75` is NaN too). */
  averages: Float64Array;
  /**
   * Scores by language index, reused between calls: detection is synchronous, no two overlap.
   * Sums of integers far below 2^31, so exact in any order, as eld's float sums of them are.
   */
  scores: Int32Array;
}

// Unpacked on the first detection, not at import: the service worker imports this module on
// every wake-up, and most wake-ups detect nothing.
let detector: Detector | undefined;

function detectorOnce(): Detector {
  if (detector) return detector;
  const table = unpackNgramTable(packedNgrams());
  detector = {
    table,
    averages: Float64Array.from(table.codes, (code) => avgScore[code] ?? NaN),
    scores: new Int32Array(table.codes.length),
  };
  return detector;
}

const SCALE = 25;
const RELIABLE_RATIO = 0.75;
// eld reads at most this many characters (and then at most MAX_TEXT_BYTES bytes of them).
const MAX_CHARS = 1000;
const ngrams = new ByteNgrams();

export function eldDetect(text: string): EldAnswer {
  const head = text.length > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
  // Most comments are ASCII, and then eld's separators, trim() and toLowerCase() are done in the
  // same pass as the n-grams; others, and only others, take eld's own steps.
  if (!ngrams.collectAscii(head)) ngrams.collect(head.replace(separators, ' ').trim().toLowerCase());
  const { table, averages, scores } = detectorOnce();
  const { slots, entries } = table;
  const languages = scores.length;
  scores.fill(0);
  const count = ngrams.count;
  const lo = ngrams.lo;
  const hi = ngrams.hi;
  for (let k = 0; k < count; k++) {
    const s = findNgram(table, lo[k]!, hi[k]!);
    if (s < 0) continue;
    const end = slots[s + 3]!;
    for (let e = slots[s + 2]!; e < end; e++) {
      const entry = entries[e]!;
      scores[entry & LANGUAGE_MASK]! += entry >>> LANGUAGE_BITS;
    }
  }
  // eld's language: the highest score, the lowest index among equals.
  let best = -1;
  let max = 0;
  for (let l = 0; l < languages; l++) {
    const s = scores[l]!;
    if (s > 0 && s > max) {
      max = s;
      best = l;
    }
  }
  if (best < 0) return { language: '', reliable: false };
  const language = table.codes[best]!;
  if (count < 3) return { language, reliable: false };
  // isReliable(): the first two of the scores scaled to 0..1 and sorted (stable, so the lower
  // index first among equals).
  let top = -1;
  let topScore = -1;
  let second = -1;
  let secondScore = -1;
  for (let l = 0; l < languages; l++) {
    const raw = scores[l]!;
    if (!(raw > 0)) continue;
    const perNgram = raw / count;
    const scaled = perNgram / (perNgram + SCALE);
    if (scaled > topScore) {
      second = top;
      secondScore = topScore;
      top = l;
      topScore = scaled;
    } else if (scaled > secondScore) {
      second = l;
      secondScore = scaled;
    }
  }
  // eld compares the top score with the runner-up's language index, not its score
  // (`results[1][0]`); kept, since the answers are to be eld's.
  const next = second >= 0 ? second : 0;
  const reliable = !(averages[best]! * RELIABLE_RATIO > topScore || 0.01 > Math.abs(topScore - next));
  return { language, reliable };
}
