/**
 * The yardstick for the group models once both fresh sets had been seen: validation by
 * PROGRAM, never by message. Each fold trains the group models on the training programs and
 * one seen fresh set's programs, and runs the whole engine (detectLanguage) on the other set's
 * programs, which it has not trained on:
 *
 *   A: TRAINING_DOMAINS + EVAL_DOMAINS, read EVAL2_DOMAINS
 *   B: TRAINING_DOMAINS + EVAL2_DOMAINS, read EVAL_DOMAINS
 *
 * What a fold reads follows the evaluation's rule (catalogue-text.ts' evalSamples): messages of
 * 40–400 characters, each text once, none that occurs anywhere in the fold's training programs
 * (translated or source), per language taken in turn from each program; up to 300 a language
 * here (the first 100 of them are what the rule's 100 would be, printed too).
 *
 *   node --import tsx test/tools/language-folds.ts [setting=value,… …] [--all]
 *
 * Settings are train-language-groups.ts' TrainingSettings (for instance minPrograms=3,
 * programCap=400; id.logistic=0.0001 for the id / ms group only), each argument one variant ("-" for
 * TRAINING's own, the default);
 * --all prints every language, not only the confusable ones.
 */
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../../lib/traits/language';
import { useGroupModel } from '../../lib/traits/language/close-groups';
import type { GroupModelData } from '../../lib/traits/language/group-model';
import { drawByProgram, EVAL2_DOMAINS, EVAL_DOMAINS, EVAL_RULE, TRAINING_DOMAINS, trainingSamples, type CatalogueSample } from './catalogue-text';
import { TRAINING, trainGroups, type TrainedGroup, type TrainingSettings } from './train-language-groups';

export interface Fold {
  name: string;
  train: readonly string[];
  read: readonly string[];
}

export const FOLDS: readonly Fold[] = [
  { name: 'A', train: [...TRAINING_DOMAINS, ...EVAL_DOMAINS], read: EVAL2_DOMAINS },
  { name: 'B', train: [...TRAINING_DOMAINS, ...EVAL2_DOMAINS], read: EVAL_DOMAINS },
];

export const FOLD_PER_LANGUAGE = 300;

/** The messages a fold reads, per language in the order the evaluation's rule takes them. */
export function foldSamples(fold: Fold, perLanguage = FOLD_PER_LANGUAGE): Map<string, CatalogueSample[]> {
  return drawByProgram(fold.read, fold.train, perLanguage);
}

/** A trained model in group-model.ts' form, for useGroupModel (precision is not measured here). */
export function asModelData(groups: readonly TrainedGroup[]): GroupModelData[] {
  return groups.map((g) => ({
    members: g.members,
    precision: g.members.map(() => 1),
    ...(g.cyrillic ? { cyrillic: g.cyrillic } : {}),
    features: g.features.join('|'),
    weights: Buffer.from(g.weights).toString('base64'),
  }));
}

export interface FoldResult {
  /** language → [right of the first 100, of 100-or-fewer, right of all, all, wrong answers of all]. */
  rows: Map<string, { right100: number; total100: number; right: number; total: number; wrong: Map<string, number> }>;
}

export function runFold(fold: Fold, settings: Readonly<TrainingSettings>, read = foldSamples(fold), train = trainingSamples(settings, fold.train)): FoldResult {
  useGroupModel(asModelData(trainGroups(train, settings)));
  const rows: FoldResult['rows'] = new Map();
  for (const [language, samples] of read) {
    const row = { right100: 0, total100: 0, right: 0, total: 0, wrong: new Map<string, number>() };
    samples.forEach((s, i) => {
      const got = detectLanguage(s.text).language;
      const ok = got === language;
      row.total++;
      if (ok) row.right++;
      else row.wrong.set(got, (row.wrong.get(got) ?? 0) + 1);
      if (i < EVAL_RULE.perLanguage) {
        row.total100++;
        if (ok) row.right100++;
      }
    });
    rows.set(language, row);
  }
  return { rows };
}

export const WATCHED = ['id', 'ms', 'bs', 'hr', 'sr', 'gl', 'da', 'no'];

function report(results: readonly [Fold, FoldResult][], all: boolean): string {
  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;
  const lines: string[] = [];
  const sums = { right: 0, total: 0, right100: 0, total100: 0 };
  for (const [fold, { rows }] of results) {
    let right = 0, total = 0, right100 = 0, total100 = 0;
    for (const r of rows.values()) {
      right += r.right; total += r.total; right100 += r.right100; total100 += r.total100;
    }
    sums.right += right; sums.total += total; sums.right100 += right100; sums.total100 += total100;
    lines.push(`fold ${fold.name}: ${rows.size} languages, ${right}/${total} = ${pct(right, total)} (first 100 a language: ${right100}/${total100} = ${pct(right100, total100)})`);
    const shown = all ? [...rows.keys()] : WATCHED;
    lines.push(shown.filter((l) => rows.has(l)).map((l) => {
      const r = rows.get(l)!;
      const wrong = [...r.wrong].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([g, n]) => `${g}:${n}`).join(' ');
      return `${l} ${r.right}/${r.total} (${r.right100}/${r.total100})${wrong ? ` ${wrong}` : ''}`;
    }).join(' | '));
  }
  const mean = (l: string) => {
    const shares = results.map(([, { rows }]) => rows.get(l)).filter((r) => r !== undefined).map((r) => r.right / r.total);
    return `${l} ${((shares.reduce((a, b) => a + b, 0) / shares.length) * 100).toFixed(1)}%`;
  };
  lines.push(`both folds: ${sums.right}/${sums.total} = ${pct(sums.right, sums.total)} (first 100: ${pct(sums.right100, sums.total100)}); mean per fold: ${WATCHED.map(mean).join(', ')}`);
  return lines.join('\n');
}

/** One variant of the command line: "minPrograms=3,id.features=10000" on top of TRAINING. */
export function parseSettings(arg: string): TrainingSettings {
  const settings: TrainingSettings = { ...TRAINING };
  // A group's settings add to TRAINING's own for that group.
  const groups: Record<string, Record<string, number>> = Object.fromEntries(Object.entries(TRAINING.groups ?? {}).map(([g, own]) => [g, { ...own } as Record<string, number>]));
  for (const pair of arg.split(',').filter((p) => p !== '-')) {
    const [name, value] = pair.split('=');
    // "id.logistic=0.0001": for the group whose first member is id only.
    const [group, key] = name?.includes('.') ? name.split('.') : [undefined, name];
    if (!key || !(key in settings) || value === undefined || Number.isNaN(Number(value))) throw new Error(`language-folds.ts: unknown setting ${pair}`);
    if (group) (groups[group] ??= {})[key] = Number(value);
    else (settings as unknown as Record<string, number>)[key] = Number(value);
  }
  return { ...settings, groups };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const variants = (args.length ? args : ['-']).map(parseSettings);
  // Read once: the catalogues take longer to read than a model takes to train.
  const data = FOLDS.map((fold) => ({ fold, read: foldSamples(fold), train: trainingSamples(TRAINING, fold.train) }));
  for (const settings of variants) {
    const results = data.map(({ fold, read, train }) => [fold, runFold(fold, settings, read, train)] as [Fold, FoldResult]);
    process.stdout.write(`${JSON.stringify(settings)}\n${report(results, process.argv.includes('--all'))}\n`);
  }
}
