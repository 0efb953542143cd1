/**
 * `npm run traits -- <file.jsonl>`: the traits engine over a file, one JSON object a line
 * ({"name", "handle", "text", "hashtags"}, all optional), one JSON result a line. It calls the
 * same inferTraits the extension runs. A bad line prints {"line", "error"} and the run goes on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { inferTraits, type Traits, type TraitsInput } from '../../lib/traits/index';

function parseInput(line: string): TraitsInput {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('line is not a JSON object');
  const record = value as Record<string, unknown>;
  const input: TraitsInput = {};
  for (const key of ['name', 'handle', 'text'] as const) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') throw new Error(`"${key}" must be a string`);
    input[key] = field;
  }
  const tags = record.hashtags;
  if (tags !== undefined && tags !== null) {
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) throw new Error('"hashtags" must be an array of strings');
    input.hashtags = tags as string[];
  }
  return input;
}

/** The printed form: the same fields, with a missing age written as "unknown". */
export function toOutput(traits: Traits): Record<string, unknown> {
  return { ...traits, age: traits.age ?? 'unknown' };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run traits -- <file.jsonl>\n');
    process.exitCode = 2;
    return;
  }
  const input = createReadStream(file, 'utf8');
  // A file that cannot be read is the caller's mistake, not a bad line: say so and stop.
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  try {
    await opened;
  } catch (err) {
    process.stderr.write(`traits: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
    return;
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    // Editors on Windows save JSONL with a byte-order mark; it is not part of the first record.
    const record = n === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (record.trim() === '') continue;
    let out: string;
    try {
      out = JSON.stringify(toOutput(inferTraits(parseInput(record))));
    } catch (err) {
      out = JSON.stringify({ line: n, error: err instanceof Error ? err.message : String(err) });
    }
    process.stdout.write(out + '\n');
  }
}

await main();
