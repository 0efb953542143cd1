/**
 * `node --import tsx test/tools/tune-language.ts [minChars] [languages]`: per-language accuracy
 * of the engine and the detectors on the TUNING half of the catalogue text (catalogue-text.ts),
 * the only half to look at while tuning the engine; `npm run eval` reports the held-out half.
 * The group models (lib/traits/language/group-model.ts) are trained on this whole half, so the
 * engine's numbers here are in-sample for the confusable groups: judge a change to them with
 * train-language-groups.ts --validate, which holds a fifth of this half back.
 */
import { catalogueSampleSet, scoreLanguages } from './eval-language-catalogue';

const minChars = Number(process.argv[2] ?? 40);
const only = process.argv[3]?.split(',');
const scores = scoreLanguages(catalogueSampleSet('tuning', minChars, 150));
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
