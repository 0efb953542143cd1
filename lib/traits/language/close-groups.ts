/**
 * The second opinion on a language group eld confuses or does not know: Indonesian / Malay
 * (eld answers "ms" for both), Spanish / Portuguese / Galician / Catalan (eld has no
 * Galician), Norwegian / Danish / Swedish, Czech / Slovak, Serbian / Croatian / Bosnian (eld
 * has no Bosnian, and reads Serbian in Latin letters as Croatian) and Russian / Ukrainian /
 * Belarusian. When the answer so far is a member of one of these groups, a linear model of the
 * group (group-model.ts: naive Bayes, or logistic regression for three groups, trained by
 * test/tools/train-language-groups.ts on translated software messages) scores each member on the comment's words and word
 * pieces (group-features.ts), and the distinctive words of close-pairs.ts, written for how
 * people comment ("gue", "banget" / "korang", "nak"), are added on top: each counts
 * MARKER_WEIGHT. The best-scoring member is the answer; a tie keeps the answer so far, except
 * that eld's "ms" becomes "id" (eld cannot tell them apart, and Indonesian speakers far
 * outnumber Malay ones). Answers outside the groups are never changed.
 *
 * Serbian is the one member of its group written in Cyrillic as well as Latin letters, so
 * Cyrillic text in that group is Serbian; the model reads Latin text only.
 */
import { GROUP_MODEL, GROUP_MODEL_STEP, type GroupModelData } from './group-model';
import { featureHash, forEachGroupFeatureHash } from './group-features';
import { markerHits } from './close-pairs';

/**
 * How much better another member must score than the answer so far to replace it, in nats: a
 * short comment says little, and the detector's answer stands on a near tie.
 */
export const OVERRIDE_MARGIN = 4;

/** What one distinctive word of close-pairs.ts adds to its member's score, in nats. */
export const MARKER_WEIGHT = 3;

interface Group {
  members: readonly string[];
  cyrillic: string | undefined;
  /** Open-addressing table: featureHash of a kept feature in `keys`, offset of its weights + 1 in `slots`. */
  keys: Uint32Array;
  slots: Int32Array;
  /** Weights in units of GROUP_MODEL_STEP. */
  weights: Uint8Array;
}

/**
 * Speakers in millions (first and second language, rounded, after Ethnologue as cited by
 * Wikipedia): the model is trained on as many messages of each member as the catalogues hold,
 * but a comment is far more often Spanish than Galician, so each member starts at the log of
 * its share of its group's largest member (Galician -5.5 nats against Spanish).
 */
const SPEAKERS: Readonly<Record<string, number>> = {
  id: 200, ms: 80, es: 560, pt: 260, gl: 2.4, ca: 10, no: 5, da: 6, sv: 13, cs: 11, sk: 5, sr: 9, hr: 5.5, bs: 2.5,
  ru: 255, uk: 40, be: 5,
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Answers that do not tell the group's members apart, and the member a tie goes to. */
const UNDECIDED: Readonly<Record<string, string>> = { ms: 'id' };

const ANSWER_GROUP = new Map<string, number>();
GROUP_MODEL.forEach((g, i) => g.members.forEach((m) => ANSWER_GROUP.set(m, i)));

/** The languages the second opinion can answer. */
export const GROUP_LANGUAGES: readonly string[] = [...ANSWER_GROUP.keys()];

// Decoded on first use: a service worker that never meets these languages never pays for it.
let groups: Group[] | undefined;

/**
 * Replaces the models for the rest of the process with others of the same groups: for
 * test/tools/language-folds.ts, which runs the engine with models trained on other programs.
 */
export function useGroupModel(data: readonly GroupModelData[]): void {
  if (data.map((g) => g.members.join()).join('|') !== GROUP_MODEL.map((g) => g.members.join()).join('|')) throw new Error('useGroupModel: other groups than group-model.ts');
  groups = data.map(decode);
}

function decode(data: GroupModelData): Group {
  const binary = atob(data.weights);
  const weights = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = binary.charCodeAt(i);
  const features = data.features.split('|');
  if (features.length * data.members.length !== weights.length) throw new Error(`group-model.ts: ${data.members.join('/')} has ${features.length} features and ${weights.length} weights`);
  // A Map of numbers costs several times this probe, and a comment asks for 15 features a word.
  let size = 1;
  while (size < features.length * 4) size *= 2;
  const keys = new Uint32Array(size);
  const slots = new Int32Array(size);
  features.forEach((f, i) => {
    const hash = featureHash(f);
    let at = hash & (size - 1);
    while (slots[at] !== 0) {
      // Two kept features with one hash would read each other's weights (a feature the model
      // does not keep may share a hash with one it keeps: about once in 2^32 / 6,000 lookups).
      if (keys[at] === hash) throw new Error(`group-model.ts: two features of ${data.members.join('/')} share a hash`);
      at = (at + 1) & (size - 1);
    }
    keys[at] = hash;
    slots[at] = i * data.members.length + 1;
  });
  return { members: data.members, cyrillic: data.cyrillic, keys, slots, weights };
}

/**
 * Each member's score for `text` (log-likelihood in nats, up to a constant shared by the
 * members), or null when `answer` is in no group.
 */
export function groupScores(answer: string, text: string, words: readonly string[] = []): { members: readonly string[]; scores: number[] } | null {
  const g = ANSWER_GROUP.get(answer);
  if (g === undefined) return null;
  groups ??= GROUP_MODEL.map(decode);
  const group = groups[g]!;
  const { members, keys, slots, weights } = group;
  const mask = keys.length - 1;
  const M = members.length;
  const steps = new Array<number>(M).fill(0);
  if (group.cyrillic && CYRILLIC.test(text)) {
    // Certain: the other members are not written in Cyrillic.
    steps[members.indexOf(group.cyrillic)] = Number.POSITIVE_INFINITY;
    return { members, scores: steps };
  }
  forEachGroupFeatureHash(text, (hash) => {
    let at = hash & mask;
    let slot = slots[at]!;
    while (slot !== 0 && keys[at] !== hash) {
      at = (at + 1) & mask;
      slot = slots[at]!;
    }
    if (slot === 0) return;
    for (let m = 0; m < M; m++) steps[m]! += weights[slot - 1 + m]!;
  });
  const largest = Math.max(...members.map((m) => SPEAKERS[m] ?? 1));
  const scores = steps.map((s, m) => s * GROUP_MODEL_STEP + Math.log((SPEAKERS[members[m]!] ?? 1) / largest));
  const hits = markerHits(members[0]!, words);
  if (hits) hits.members.forEach((member, i) => {
    const m = members.indexOf(member);
    if (m >= 0) scores[m]! += MARKER_WEIGHT * hits.hits[i]!;
  });
  return { members, scores };
}

const PRECISION = new Map<string, number>();
for (const g of GROUP_MODEL) g.members.forEach((m, i) => PRECISION.set(m, g.precision[i]!));

/**
 * The most that an answer of the second opinion can be trusted: of the answers naming this
 * member, the share that was right on the fifth of the training messages held back from
 * training (group-model.ts); 1 for a language in no group. Croatian and Bosnian answers are wrong far
 * more often than the detector's usual 3%, and the probability attached says so.
 */
export function groupAnswerPrecision(language: string): number {
  return PRECISION.get(language) ?? 1;
}

/**
 * The member of `answer`'s group that scores best, when it beats `answer` by OVERRIDE_MARGIN;
 * `answer` itself otherwise, or when it is in no group. eld's "ms" says nothing about Malay
 * against Indonesian, so it is not defended: the better of the two wins, and a tie is "id".
 */
export function groupLanguage(answer: string, text: string, words: readonly string[] = []): string {
  const scored = groupScores(answer, text, words);
  if (!scored) return answer;
  const { members, scores } = scored;
  const undecided = UNDECIDED[answer];
  const start = members.indexOf(undecided ?? answer);
  let best = start;
  for (let m = 0; m < members.length; m++) if (scores[m]! > scores[best]!) best = m;
  if (undecided || scores[best]! - scores[start]! >= OVERRIDE_MARGIN) return members[best]!;
  return answer;
}
