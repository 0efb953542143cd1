/**
 * Makes lib/traits/language/group-model.ts, the second opinion on the language groups eld
 * confuses or lacks (close-groups.ts): one linear model per group over group-features.ts'
 * features (a multinomial naive Bayes, or logistic regression for the groups TRAINING.groups
 * names), trained on the translated messages of MODEL_DOMAINS installed on this machine
 * (catalogue-text.ts: the training programs and, each once it was reported and seen, both
 * fresh sets' programs). Settings added since are judged by program with language-folds.ts.
 *
 *   node --import tsx test/tools/train-language-groups.ts             writes the model
 *   node --import tsx test/tools/train-language-groups.ts --validation-model  writes a model
 *     trained on four fifths only, for tune-language.ts to run the whole engine on the fifth
 *   node --import tsx test/tools/train-language-groups.ts --validate  trains on four fifths of
 *     the training messages and prints each member's accuracy on the last fifth (how the
 *     first settings below were chosen)
 *
 * The messages are the Debian packages' gettext translations (GPL, LGPL and other free
 * licences, per package); the model holds only per-language feature weights derived from
 * them, with the catalogues counted in its header. group-model.test.ts fails when the
 * committed model is not what this script makes from the installed catalogues.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { groupFeatures } from '../../lib/traits/language/group-features';
import { trainingSamples, type CatalogueSample } from './catalogue-text';

export interface GroupSpec {
  members: readonly string[];
  /** The member that text in Cyrillic letters is (the others are written in Latin letters only). */
  cyrillic?: string;
}

export const GROUP_SPECS: readonly GroupSpec[] = [
  { members: ['id', 'ms'] },
  { members: ['es', 'pt', 'gl', 'ca'] },
  { members: ['no', 'da', 'sv'] },
  { members: ['cs', 'sk'] },
  { members: ['sr', 'hr', 'bs'], cyrillic: 'sr' },
  { members: ['ru', 'uk', 'be'] },
];

export interface TrainingSettings {
  /** Features kept per group: the ones whose frequency differs most between members. */
  features: number;
  /** A feature seen in fewer messages than this is not kept. */
  minMessages: number;
  /** A feature counts for a member only when it occurs in that many of the member's programs (catalogues) or more. */
  minPrograms: number;
  /** A program counts for at most this many messages of a member (a larger one's messages weigh less each). */
  programCap: number;
  /** Additive smoothing of the counts. */
  alpha: number;
  /** 1: a translation's words that its English source has too (names, commands, "MATE") are read; 0: they are not. */
  sourceWords: number;
  /** 0: naive Bayes; above 0: logistic regression with this L2 penalty, trained by AdaGrad for `epochs` passes. */
  logistic: number;
  epochs: number;
  /** The logistic weights are multiplied by this before they are stored. */
  scale: number;
  /** The most one feature can say for a member over the least likely one, in nats. */
  maxNats: number;
  /** Weights are stored in steps of this many nats, 0 to 255 steps above the member least likely to write the feature. */
  step: number;
  minChars: number;
  maxChars: number;
  /** Settings for one group only, by its first member ("id" for id / ms). */
  groups?: Readonly<Record<string, Partial<TrainingSettings>>>;
}

/**
 * Features, smoothing and step chosen with --validate on the training messages' held-back
 * fifth; minPrograms, programCap, sourceWords and the logistic groups by program, on both
 * folds of language-folds.ts (lib/traits/language/README.md).
 */
export const TRAINING: Readonly<TrainingSettings> = {
  features: 6000,
  minMessages: 3,
  minPrograms: 3,
  programCap: 1000,
  alpha: 0.1,
  maxNats: Number.POSITIVE_INFINITY,
  sourceWords: 0,
  logistic: 0,
  epochs: 4,
  scale: 1,
  step: 0.05,
  minChars: 15,
  maxChars: 400,
  groups: {
    id: { logistic: 0.0001 },
    // Weights × 3: as trained they are small beside the speakers' shares and the 4-nat margin.
    // Not es / pt / gl / ca: there they outweighed Spanish's share on short comments ("Mi tía
    // vive en Miami" as Galician; lib/traits/language/README.md, after the held-out report).
    no: { logistic: 0.0001, scale: 3 },
  },
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORDS = /[\p{L}\p{M}]+/gu;

/** The message without the words its English source has too: those say nothing of the translator's language. */
export function translatedWords(sample: CatalogueSample): string {
  if (!sample.source) return sample.text;
  const source = new Set(sample.source.toLowerCase().match(WORDS));
  return sample.text.replace(WORDS, (w) => (source.has(w.toLowerCase()) ? ' ' : w));
}

export interface TrainedGroup {
  members: string[];
  cyrillic?: string;
  /** Messages trained on, per member. */
  messages: number[];
  features: string[];
  /** features.length × members.length steps, feature by feature. */
  weights: Uint8Array;
}

export function trainGroup(spec: GroupSpec, samples: readonly CatalogueSample[], settings: Readonly<TrainingSettings> = TRAINING): TrainedGroup {
  const members = [...spec.members];
  const M = members.length;
  const texts: [member: number, features: string[], program: string][] = [];
  for (const s of samples) {
    const m = members.indexOf(s.language);
    if (m < 0 || (spec.cyrillic && CYRILLIC.test(s.text))) continue;
    texts.push([m, groupFeatures(settings.sourceWords ? s.text : translatedWords(s)), s.catalogue]);
  }
  const messages = members.map((_, m) => texts.filter(([x]) => x === m).length);
  // Each message's weight: 1, or less when its program has more than programCap messages of its member.
  const perProgram = new Map<string, number>();
  for (const [m, , program] of texts) perProgram.set(`${m} ${program}`, (perProgram.get(`${m} ${program}`) ?? 0) + 1);
  const weightOf = (m: number, program: string) => Math.min(1, settings.programCap / perProgram.get(`${m} ${program}`)!);
  const totals = members.map((_, m) => texts.reduce((a, [x, , p]) => a + (x === m ? weightOf(x, p) : 0), 0));
  const total = totals.reduce((a, b) => a + b, 0);
  // Selection: in how many of each member's messages (weighted) and programs a feature occurs.
  const df = new Map<string, number[]>();
  const programs = new Map<string, Set<string>[]>();
  for (const [m, features, program] of texts) {
    const w = weightOf(m, program);
    for (const f of new Set(features)) {
      let row = df.get(f);
      if (!row) df.set(f, (row = new Array<number>(M).fill(0)));
      row[m]! += w;
      if (settings.minPrograms > 1) {
        let sets = programs.get(f);
        if (!sets) programs.set(f, (sets = members.map(() => new Set<string>())));
        sets[m]!.add(program);
      }
    }
  }
  // A feature that too few of a member's programs write says more about those programs than about the language.
  const carries = (f: string, m: number) => settings.minPrograms <= 1 || programs.get(f)![m]!.size >= settings.minPrograms;
  if (settings.minPrograms > 1) for (const [f, row] of df) for (let m = 0; m < M; m++) if (!carries(f, m)) row[m] = 0;
  const scored: [string, number][] = [];
  for (const [f, row] of df) {
    const seen = row.reduce((a, b) => a + b, 0);
    if (seen < settings.minMessages) continue;
    let best = 0;
    for (let m = 0; m < M; m++) {
      const inside = (row[m]! + 1) / (totals[m]! + 2);
      const outside = (seen - row[m]! + 1) / (total - totals[m]! + 2);
      best = Math.max(best, Math.abs(Math.log(inside / outside)) * Math.sqrt(inside + outside));
    }
    scored.push([f, best]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = scored.slice(0, settings.features).map(([f]) => f).sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  // Naive Bayes: how often each member writes each kept feature.
  const counts = new Float64Array(kept.length * M);
  const sums = new Float64Array(M);
  for (const [m, features, program] of texts) {
    const w = weightOf(m, program);
    for (const f of features) {
      const i = index.get(f);
      if (i === undefined || !carries(f, m)) continue;
      counts[i * M + m]! += w;
      sums[m]! += w;
    }
  }
  const fitted = settings.logistic > 0 ? logisticWeights(texts.map(([m, features, program]) => [m, weightOf(m, program), features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)]), kept.length, M, settings) : undefined;
  const weights = new Uint8Array(kept.length * M);
  const logs = new Float64Array(M);
  for (let i = 0; i < kept.length; i++) {
    for (let m = 0; m < M; m++) logs[m] = fitted ? fitted[i * M + m]! * settings.scale : Math.log((counts[i * M + m]! + settings.alpha) / (sums[m]! + settings.alpha * kept.length));
    const low = Math.min(...logs);
    for (let m = 0; m < M; m++) weights[i * M + m] = Math.min(255, Math.round(Math.min(settings.maxNats, logs[m]! - low) / settings.step));
  }
  return { members, ...(spec.cyrillic ? { cyrillic: spec.cyrillic } : {}), messages, features: kept, weights };
}

/**
 * Multinomial logistic regression over the kept features' counts (the sum the classifier
 * takes), one weight per feature and member: AdaGrad, `epochs` passes in a fixed shuffled
 * order, L2 penalty `logistic` on the weights touched. The members' intercepts are not kept
 * (the classifier starts from the speakers' shares instead).
 */
function logisticWeights(rows: readonly [member: number, weight: number, features: number[]][], F: number, M: number, settings: Readonly<TrainingSettings>): Float64Array {
  const W = new Float64Array(F * M);
  const G = new Float64Array(F * M).fill(1e-8);
  const bias = new Float64Array(M);
  const biasG = new Float64Array(M).fill(1e-8);
  const rate = 0.2;
  const order = rows.map((_, i) => i);
  let seed = 12345;
  const scores = new Float64Array(M);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const [member, weight, features] = rows[r]!;
      if (!features.length) continue;
      for (let m = 0; m < M; m++) {
        let sum = bias[m]!;
        for (const f of features) sum += W[f * M + m]!;
        scores[m] = sum;
      }
      const top = Math.max(...scores);
      let z = 0;
      for (let m = 0; m < M; m++) z += Math.exp(scores[m]! - top);
      for (let m = 0; m < M; m++) {
        const g = (Math.exp(scores[m]! - top) / z - (m === member ? 1 : 0)) * weight;
        biasG[m]! += g * g;
        bias[m]! -= (rate * g) / Math.sqrt(biasG[m]!);
        for (const f of features) {
          const k = f * M + m;
          const grad = g + settings.logistic * W[k]!;
          G[k]! += grad * grad;
          W[k]! -= (rate * grad) / Math.sqrt(G[k]!);
        }
      }
    }
  }
  return W;
}

/** Every message of MODEL_DOMAINS the models read. */
export function modelSamples(): CatalogueSample[] {
  return trainingSamples({ minChars: TRAINING.minChars, maxChars: TRAINING.maxChars });
}

export function trainGroups(samples: readonly CatalogueSample[], settings: Readonly<TrainingSettings> = TRAINING): TrainedGroup[] {
  return GROUP_SPECS.map((spec) => trainGroup(spec, samples, { ...settings, ...settings.groups?.[spec.members[0]!] }));
}

/** The text of lib/traits/language/group-model.ts. */
export function renderGroupModel(groups: readonly TrainedGroup[], samples: readonly CatalogueSample[], held: readonly HeldBack[]): string {
  const catalogues = new Map<string, Set<string>>();
  for (const s of samples) {
    let set = catalogues.get(s.language);
    if (!set) catalogues.set(s.language, (set = new Set()));
    set.add(s.catalogue);
  }
  const lines = groups.map((g, i) => {
    const sources = g.members.map((l, m) => `${l} ${g.messages[m]} messages from ${catalogues.get(l)?.size ?? 0} catalogues`).join(', ');
    return `  // ${sources}
  {
    members: ${JSON.stringify(g.members)},
    precision: ${JSON.stringify(held[i]!.precision)},${g.cyrillic ? `\n    cyrillic: ${JSON.stringify(g.cyrillic)},` : ''}
    features: ${JSON.stringify(g.features.join('|'))},
    weights: ${JSON.stringify(Buffer.from(g.weights).toString('base64'))},
  },`;
  });
  return `// The second opinion's weights per confusable language group (close-groups.ts): naive Bayes, or
// logistic regression for the groups TRAINING.groups names (${Object.keys(TRAINING.groups ?? {}).join(', ')}).
// Made by test/tools/train-language-groups.ts from the gettext translations of catalogue-text.ts'
// MODEL_DOMAINS, installed by Debian's packages (/usr/share/locale, GPL, LGPL and other free licences per
// package): only feature weights derived from them are stored here; do not edit.
// features: group-features.ts' features, "|"-separated; weights: base64 of one byte per
// feature and member, in steps of ${TRAINING.step} nats above the member least likely to write it.
// precision: of the answers naming each member, the share that was right, when the model
// trained on four fifths of the training messages read up to ${HELD_BACK_PER_MEMBER} messages of 40+ characters
// of each member from the last fifth (train-language-groups.ts --validate prints it).
export const GROUP_MODEL_STEP = ${TRAINING.step};

export interface GroupModelData {
  members: readonly string[];
  precision: readonly number[];
  cyrillic?: string;
  features: string;
  weights: string;
}

export const GROUP_MODEL: readonly GroupModelData[] = [
${lines.join('\n')}
];
`;
}

export const GROUP_MODEL_FILE = fileURLToPath(new URL('../../lib/traits/language/group-model.ts', import.meta.url));

/**
 * The validation fifth: held back from training by --validate and --validation-model, and the
 * only text tune-language.ts reads. FNV-1a with another seed than catalogue-text.ts' order.
 */
export function inValidationFifth(text: string): boolean {
  let h = 0x9e3779b1;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 5 === 0;
}

/** The messages of the held-back fifth that --validate and the precisions read: up to 300 a member. */
const HELD_BACK_PER_MEMBER = 300;

interface HeldBack {
  /** Per member: right answers / its messages. */
  accuracy: number[];
  /** Per member: right answers / answers naming it, over up to HELD_BACK_PER_MEMBER messages of each member. */
  precision: number[];
  messages: number[];
}

/** The bare model (no speakers' shares, words or margin) trained on four fifths, on the fifth. */
export function heldBack(samples: readonly CatalogueSample[]): HeldBack[] {
  const train = samples.filter((s) => !inValidationFifth(s.text));
  const check = samples.filter((s) => inValidationFifth(s.text) && s.text.length >= 40);
  return trainGroups(train).map((g) => {
    const index = new Map(g.features.map((f, i) => [f, i]));
    const M = g.members.length;
    const right = new Array<number>(M).fill(0);
    const named = new Array<number>(M).fill(0);
    const messages = new Array<number>(M).fill(0);
    for (const [m, language] of g.members.entries()) {
      for (const s of check.filter((x) => x.language === language).slice(0, HELD_BACK_PER_MEMBER)) {
        let answer: number;
        if (g.cyrillic && CYRILLIC.test(s.text)) answer = g.members.indexOf(g.cyrillic);
        else {
          const scores = new Array<number>(M).fill(0);
          for (const f of groupFeatures(s.text)) {
            const i = index.get(f);
            if (i !== undefined) for (let k = 0; k < M; k++) scores[k]! += g.weights[i * M + k]!;
          }
          answer = scores.indexOf(Math.max(...scores));
        }
        messages[m]! += 1;
        named[answer]! += 1;
        if (answer === m) right[m]! += 1;
      }
    }
    return {
      accuracy: right.map((r, m) => r / Math.max(1, messages[m]!)),
      // Rounded down: the probability the engine attaches must not claim more than was measured.
      precision: right.map((r, m) => (named[m] ? Math.floor((r / named[m]!) * 100) / 100 : 0)),
      messages,
    };
  });
}

function validate(samples: readonly CatalogueSample[]): void {
  heldBack(samples).forEach((result, g) => {
    const members = GROUP_SPECS[g]!.members;
    const line = members.map((l, m) => `${l} ${(result.accuracy[m]! * 100).toFixed(0)}% of ${result.messages[m]}, precision ${result.precision[m]}`);
    process.stdout.write(`${line.join(' | ')}\n`);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const samples = modelSamples();
  if (process.argv.includes('--validate')) validate(samples);
  else if (process.argv.includes('--validation-model')) {
    // For tune-language.ts: the engine with a model that has not seen the validation fifth.
    // Not to be committed: run the script without flags afterwards.
    const train = samples.filter((s) => !inValidationFifth(s.text));
    writeFileSync(GROUP_MODEL_FILE, renderGroupModel(trainGroups(train), train, heldBack(samples)));
    process.stdout.write(`Written (four fifths only, do not commit): ${GROUP_MODEL_FILE}\n`);
  } else {
    writeFileSync(GROUP_MODEL_FILE, renderGroupModel(trainGroups(samples), samples, heldBack(samples)));
    process.stdout.write(`Written: ${GROUP_MODEL_FILE}\n`);
  }
}
