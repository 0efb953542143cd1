/** The inspector CLI, run as a separate process exactly as `npm run inspect` runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureBatchSchema } from '../../lib/capture/batch-schema';
import { REPO_ROOT } from './realpages';

function inspect(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'test/tools/inspect.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run inspect', () => {
  it('prints the batch of an HTML fixture, inferring the platform', () => {
    const run = inspect('test/fixtures/youtube/channel-videos-page.html', '--captured-at', '2026-11-29T00:00:00Z');
    expect(run.status).toBe(0);
    const batch = CaptureBatchSchema.parse(JSON.parse(run.stdout));
    expect(batch.platform).toBe('youtube');
    expect(batch.capturedAt).toBe(Date.UTC(2026, 10, 29));
    expect(batch.profiles[0]?.handle).toBe('lumenworkshop');
    expect(batch.posts).toHaveLength(4);
  });

  it('reads a JSON response with --url and --page', () => {
    const run = inspect(
      'test/fixtures/x/tweet-detail.json',
      '--url',
      'https://x.com/i/api/graphql/q/TweetDetail',
      '--page',
      'https://x.com/inesbuildsmaps/status/1860000000000000010',
    );
    expect(run.status).toBe(0);
    const batch = CaptureBatchSchema.parse(JSON.parse(run.stdout));
    expect(batch.sourceUrl).toBe('https://x.com/inesbuildsmaps/status/1860000000000000010');
    expect(batch.comments).toHaveLength(3);
  });

  it('falls back to the meta tags of a logged-out page, as the content script does', () => {
    const run = inspect('test/fixtures/instagram/logged-out-profile-2024.html', '--url', 'https://www.instagram.com/nadiaknits/');
    expect(run.status).toBe(0);
    const batch = CaptureBatchSchema.parse(JSON.parse(run.stdout));
    expect(batch.source).toBe('meta-tags');
    expect(batch.profiles).toEqual([{ platform: 'instagram', handle: 'nadiaknits', followers: 2_362, following: 136, postCount: 224 }]);
  });

  it('exits 2 with a one-line reason on a garbage file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
    const file = join(dir, 'garbage.bin');
    writeFileSync(file, 'this is neither html nor json\n');
    const run = inspect(file);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^inspect: /);
  });

  it('exits 2 on JSON no adapter knows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
    const file = join(dir, 'other.json');
    writeFileSync(file, '{"hello":"world"}');
    const run = inspect(file);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no shape any adapter knows/);
  });
});
