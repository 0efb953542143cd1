import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferTraits } from '../../lib/traits/index';

const lines = [
  { name: 'Anna 🌸', text: 'Love this makeup tutorial! As a 40 year old I needed it 🇬🇧' },
  'not json',
  { text: 5 },
  { handle: 'user8273649283', text: 'nice pic 🔥' },
  [1],
  { text: 'Qué buena receta, la voy a preparar este fin de semana', hashtags: ['receta'] },
  {},
];

describe('npm run traits', () => {
  it('prints one JSON line per input line, errors included, from the same engine', () => {
    const dir = mkdtempSync(join(tmpdir(), 'traits-'));
    const file = join(dir, 'in.jsonl');
    // A byte-order mark and CRLF line ends, as a Windows editor saves the file.
    writeFileSync(file, '\uFEFF' + lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\r\n') + '\r\n\r\n');
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/tools/traits.ts', file], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

    expect(out).toHaveLength(lines.length);
    expect(out.map((o) => ('error' in o ? 'error' : 'traits'))).toEqual(['traits', 'error', 'error', 'traits', 'error', 'traits', 'traits']);
    expect(Object.keys(out[0]!)).toEqual(['gender', 'genderP', 'language', 'languageP', 'regions', 'interests', 'authenticity', 'age']);
    expect(out[0]).toEqual({ ...inferTraits(lines[0] as object), age: { band: '35-44', evidence: '40 year old' } });
    expect(out[3]).toMatchObject({ age: 'unknown', authenticity: { suspicious: true } });
    expect(out[6]).toMatchObject({ gender: 'unknown', language: 'unknown', age: 'unknown' });
  }, 30_000);

  it('says so on stderr and exits 2 when the file cannot be read', () => {
    const run = () => execFileSync(process.execPath, ['--import', 'tsx', 'test/tools/traits.ts', '/nonexistent/in.jsonl'], { encoding: 'utf8', stdio: 'pipe' });
    expect(run).toThrow(/cannot read \/nonexistent\/in\.jsonl/);
    try {
      run();
    } catch (err) {
      expect((err as { status: number }).status).toBe(2);
    }
  }, 30_000);
});
