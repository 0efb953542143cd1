/**
 * eld's detection (eld/medium: `detect(text)` and `isReliable()`), computed from eld's own n-gram
 * table and tokeniser with the same arithmetic, so the answers are eld's to the last tie, at a
 * third of the cost. eld's LanguageResult orders and rescales all 60 languages' scores
 * (parseInt of every key, a sort, an array per language) to answer isReliable(), and scores
 * each n-gram with a for-in over its entry; here one pass finds the best two, and the per-call
 * arrays are reused. eld-scores.test.ts compares both on every length and script.
 *
 * eld is pinned (package.json) because this reads its internals; the test fails if an update
 * changes them.
 */
import { avgScore } from '../../node_modules/eld/src/avgScore.js';
import { dictionary } from '../../node_modules/eld/src/dictionary.js';
import { ngramsData } from '../../node_modules/eld/src/ngrams/medium.js';
import { separators } from '../../node_modules/eld/src/regexPatterns.js';

export interface EldAnswer {
  /** ISO 639-1 code, or '' when no n-gram is known (eld's `language`). */
  language: string;
  /** eld's `isReliable()` with its default threshold. */
  reliable: boolean;
}

interface Table {
  ngrams: typeof ngramsData.ngrams;
  /** ISO 639-1 code by language index. */
  codes: string[];
  /** avgScore by language index; undefined (NaN in the test, as in eld) where eld has none. */
  avgScore: (number | undefined)[];
  /** Scores by language index, reused between calls: detection is synchronous, no two overlap. */
  scores: Float64Array;
}

// Built on the first detection, not at import: in the extension the table is parsed from JSON
// when first read (wxt.config.ts), and the service worker imports this module on every wake-up.
let table: Table | undefined;

function tableOnce(): Table {
  if (table) return table;
  const codes: string[] = [];
  for (const [index, code] of Object.entries(ngramsData.languages)) codes[Number(index)] = code;
  table = {
    ngrams: ngramsData.ngrams,
    codes,
    avgScore: codes.map((code) => avgScore[code]),
    scores: new Float64Array(codes.length),
  };
  return table;
}

const DICT = dictionary;
// eld subtracts this from every stored score to shrink its table, and adds it back when scoring.
const BASE_NGRAM_SCORE = 53;
const SCALE = 25;
const RELIABLE_RATIO = 0.75;
// eld reads at most this many characters, and cuts its byte string here.
const MAX_CHARS = 1000;
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_AFTER_BYTES = 380;
const MAX_WORD_BYTES = 70;

/**
 * The words of eld's textProcessor: every byte of the UTF-8 encoding as one dictionary character,
 * ASCII as itself. ASCII runs are sliced rather than appended a character at a time.
 */
function byteWords(str: string): string[] {
  const words: string[] = [];
  let encoded = '';
  let run = -1; // start of a pending ASCII run in str
  let bytes = 0;
  let i = 0;
  for (; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) {
        if (run >= 0) {
          encoded += str.slice(run, i);
          run = -1;
        }
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (bytes > CUT_AFTER_BYTES) break;
      } else if (run < 0) run = i;
      bytes++;
    } else {
      if (run >= 0) {
        encoded += str.slice(run, i);
        run = -1;
      }
      if (c < 0x800) {
        encoded += DICT[0xc0 | (c >> 6)]! + DICT[0x80 | (c & 0x3f)]!;
        bytes += 2;
      } else if (c < 0xd800 || c >= 0xe000) {
        encoded += DICT[0xe0 | (c >> 12)]! + DICT[0x80 | ((c >> 6) & 0x3f)]! + DICT[0x80 | (c & 0x3f)]!;
        bytes += 3;
      } else {
        // As eld: a high surrogate takes the next unit as its low half, whatever it is.
        i++;
        c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
        encoded +=
          DICT[0xf0 | (c >> 18)]! + DICT[0x80 | ((c >> 12) & 0x3f)]! + DICT[0x80 | ((c >> 6) & 0x3f)]! + DICT[0x80 | (c & 0x3f)]!;
        bytes += 4;
      }
    }
    if (bytes > ENFORCE_CUT_AFTER_BYTES) {
      i++;
      break;
    }
  }
  if (run >= 0) encoded += str.slice(run, Math.min(i, str.length));
  if (encoded !== '') words.push(encoded);
  return words;
}

/** eld's getByteNgrams: 4-byte n-grams at a stride of 3, a space marking each word's edges. */
function collectNgrams(words: readonly string[]): Set<string> {
  // A new Set: clear() on a reused one measured twice as slow here.
  const seen = new Set<string>();
  for (const word of words) {
    const len = word.length > MAX_WORD_BYTES ? MAX_WORD_BYTES : word.length;
    let j = 0;
    for (; j + 4 < len; j += 3) seen.add(j === 0 ? ' ' + word.substring(0, 4) : word.substring(j, j + 4));
    const tail = word.substring(len !== 3 ? len - 4 : 0) + ' ';
    seen.add(j === 0 ? ' ' + tail : tail);
  }
  return seen;
}

export function eldDetect(text: string): EldAnswer {
  const head = text.length > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
  const seen = collectNgrams(byteWords(head.replace(separators, ' ').trim().toLowerCase()));
  const { ngrams, codes, avgScore: averages, scores } = tableOnce();
  const languages = codes.length;
  scores.fill(0);
  for (const ngram of seen) {
    const entry = ngrams[ngram];
    if (entry === undefined) continue;
    // for-in gives the keys as strings; a typed array indexed by a string takes a slow path.
    for (const lang in entry) scores[+lang]! += entry[lang as unknown as number]! + BASE_NGRAM_SCORE;
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
  const language = codes[best]!;
  const count = seen.size;
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
  const reliable = !((averages[best] as number) * RELIABLE_RATIO > topScore || 0.01 > Math.abs(topScore - next));
  return { language, reliable };
}
