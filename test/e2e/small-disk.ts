/**
 * A small disk for the browser profile: a tmpfs mounted for one test, so that storage runs out
 * for real (Chromium's quota follows the free space of the profile's disk). Mounting needs
 * root; where it is not allowed, `mountSmallDisk` returns null and the test says it skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Bytes free on it now. */
  free(): number;
  /** Takes space with a filler file until `leave` bytes are free (0: the disk is full). */
  fill(leave: number): void;
  /** Frees the filler's space. */
  unfill(): void;
  unmount(): void;
}

export function mountSmallDisk(megabytes: number): SmallDisk | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'persona-lens-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const filler = path.join(dir, 'filler.bin');
  let fillers = 0;
  const free = () => {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  };
  return {
    dir,
    free,
    fill(leave) {
      const chunk = 1024 * 1024;
      // In chunks, each its own file, so that a full disk stops one write, not the test.
      for (let take = free() - leave; take > 0; take = free() - leave) {
        try {
          writeFileSync(`${filler}.${fillers++}`, Buffer.alloc(Math.min(chunk, take)));
        } catch {
          break;
        }
      }
    },
    unfill() {
      for (let i = 0; i < fillers; i++) rmSync(`${filler}.${i}`, { force: true });
      fillers = 0;
    },
    unmount() {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
