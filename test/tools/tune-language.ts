/**
 * `node --import tsx test/tools/tune-language.ts [minChars] [languages]`: per-language accuracy
 * of the engine and the detectors on the validation fifth of the training messages
 * (train-language-groups.ts' inValidationFifth), the only text to look at while tuning the
 * engine; `npm run eval` reports held-out text (catalogue-text.ts' EVAL3_DOMAINS and the manual pages).
 * The committed group models are trained on all the training messages, fifth included: run
 * `train-language-groups.ts --validation-model` first for numbers the model has not seen, and
 * the script without flags afterwards.
 */
import { trainingSamples, type CatalogueSample } from './catalogue-text';
import { scoreLanguages } from './eval-language-catalogue';
import { inValidationFifth } from './train-language-groups';

const minChars = Number(process.argv[2] ?? 40);
const only = process.argv[3]?.split(',');
const PER_LANGUAGE = 300;
const byLanguage = new Map<string, CatalogueSample[]>();
for (const s of trainingSamples({ minChars, maxChars: 400 })) {
  if (!inValidationFifth(s.text)) continue;
  const list = byLanguage.get(s.language) ?? [];
  byLanguage.set(s.language, list);
  if (list.length < PER_LANGUAGE) list.push(s);
}
const scores = scoreLanguages([...byLanguage.values()].flat());
for (const [name, rows] of scores.byDetector) {
  let right = 0;
  let total = 0;
  const lines: string[] = [];
  for (const [lang, row] of rows) {
    right += row.right;
    total += row.total;
    const wrong = [...row.wrong].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([g, n]) => `${g}:${n}`).join(' ');
    if (!only || only.includes(lang)) lines.push(`${lang} ${row.right}/${row.total} ${wrong}`);
  }
  process.stdout.write(`== ${name}: ${right}/${total} = ${((right / total) * 100).toFixed(1)}%\n${lines.join(' | ')}\n`);
}
