/**
 * `npm run fuzz -- --runs 100000`: a long fuzzing campaign. Runs every property-based test
 * (the files that use fast-check: adapters, count and date parsers, embedded-JSON reader,
 * traits engine, message handlers, imports, segments, fit) with FUZZ_RUNS cases per property,
 * and prints how long it took and whether anything failed. CI runs the same properties with
 * the default, bounded number of cases as part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 100_000;
if (!Number.isInteger(runs) || runs <= 0) {
  console.error('usage: npm run fuzz -- [--runs N]');
  process.exit(2);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = ['lib', 'test']
  .flatMap((d) => walk(path.join(ROOT, d)))
  .filter((f) => /\.test\.tsx?$/.test(f) && !f.includes(`${path.sep}e2e${path.sep}`))
  .filter((f) => readFileSync(f, 'utf8').includes("from 'fast-check'"))
  .map((f) => path.relative(ROOT, f))
  .sort();

console.log(`Fuzzing ${files.length} property-test files with ${runs} cases per property:\n  ${files.join('\n  ')}\n`);
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--reporter=dot', '--testTimeout=86400000', '--hookTimeout=86400000', '--maxWorkers=1', ...files], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs) },
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nfuzz: ${runs} cases per property, ${files.length} files, ${seconds} s, ${result.status === 0 ? 'no failure' : 'FAILED'}`);
process.exit(result.status ?? 1);
