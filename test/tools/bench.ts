/**
 * `npm run bench`: the one benchmark harness. Runs every suite in test/tools/bench/*.bench.ts
 * (or only those whose name contains an argument: `npm run bench -- capture`), prints one
 * table, and writes bench-output/results.json. Floors are measured in the same run.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { untilMachineQuiet, type BenchContext, type BenchSuite, type Measurement } from './bench/measurement';

const ROOT = path.resolve(import.meta.dirname, '../..');

function fmt(n: number | undefined, unit?: string): string {
  if (n === undefined || !Number.isFinite(n)) return '';
  if (unit === 'bytes') return n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(2);
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const dir = path.join(ROOT, 'test/tools/bench');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.ts')).sort();
  const realpages = path.resolve(ROOT, '../shared/realpages');
  const ctx: BenchContext = {
    // BENCH_EXTENSION_DIR: time another build (say, one made with a different outDir).
    extensionDir: process.env.BENCH_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3'),
    realpagesDir: existsSync(realpages) ? realpages : null,
    outDir: path.join(ROOT, 'bench-output'),
  };
  await mkdir(ctx.outDir, { recursive: true });
  const all: Measurement[] = [];
  for (const file of files) {
    const suite = ((await import(pathToFileURL(path.join(dir, file)).href)) as { default: BenchSuite }).default;
    if (filters.length && !filters.some((f) => suite.name.includes(f) || file.includes(f))) continue;
    await untilMachineQuiet();
    process.stdout.write(`running ${suite.name}…\n`);
    try {
      all.push(...(await suite.run(ctx)));
    } catch (error) {
      all.push({ name: `${suite.name}: failed`, value: NaN, unit: 'count', note: String(error).slice(0, 200) });
    }
  }
  const rows = all.map((m) => [
    m.name,
    `${fmt(m.value, m.unit)} ${m.unit === 'bytes' ? '' : m.unit}`.trim(),
    m.floor !== undefined ? `${fmt(m.floor, m.unit)} (${m.floorName ?? 'floor'})` : '',
    m.ratio !== undefined ? `${m.ratio.toFixed(2)}x` : '',
    m.goal ?? '',
    m.met === undefined ? '' : m.met ? 'met' : 'NOT MET',
    m.note ?? '',
  ]);
  const head = ['measurement', 'value', 'floor', 'ratio', 'goal', '', 'note'];
  const widths = head.map((h, i) => Math.min(70, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((c, i) => c.slice(0, 70).padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
  const out = path.join(ctx.outDir, 'results.json');
  await writeFile(out, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, measurements: all }, null, 2)}\n`);
  console.log(`\nWritten: ${path.relative(process.cwd(), out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
