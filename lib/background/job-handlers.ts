/**
 * Messages that start and watch resumable jobs. Extension pages only; the job itself runs
 * after the answer, chunk by chunk (lib/background/jobs.ts).
 */
import { z } from 'zod';
import type { PersonaLensDB } from '../db/database';
import { checkExtensionPageSender, type SelfInfo, type SenderInfo } from '../messaging/sender';
import { getJob, runJob, startJob, type JobState } from './jobs';

const EmptySchema = z.union([z.undefined(), z.strictObject({})]);
const JobRequestSchema = z.strictObject({ name: z.literal('rebuild-segments') });

export function createJobHandlers(deps: {
  db: PersonaLensDB;
  self: SelfInfo;
  /** Keeps the worker's alarm armed while a job is unfinished. */
  keepAlive(): void;
  log(level: 'warn' | 'error', message: string): void;
}) {
  const guard = (type: string, sender: SenderInfo) => {
    const who = checkExtensionPageSender(sender, deps.self);
    if (!who.ok) {
      deps.log('warn', `[persona-lens] rejected ${type}: ${who.reason}`);
      throw new Error('rejected');
    }
  };
  return {
    async rebuildSegments(data: unknown, sender: SenderInfo): Promise<JobState> {
      guard('rebuildSegments', sender);
      if (!EmptySchema.safeParse(data).success) throw new Error('invalid request');
      const state = await startJob(deps.db, 'rebuild-segments', Date.now());
      deps.keepAlive();
      void runJob(deps.db, 'rebuild-segments').catch((error: unknown) =>
        deps.log('warn', `[persona-lens] rebuild-segments paused: ${String(error)}`),
      );
      return state;
    },
    async getJob(data: unknown, sender: SenderInfo): Promise<JobState | null> {
      guard('getJob', sender);
      const parsed = JobRequestSchema.safeParse(data);
      if (!parsed.success) throw new Error('invalid request');
      return getJob(deps.db, parsed.data.name);
    },
  };
}
