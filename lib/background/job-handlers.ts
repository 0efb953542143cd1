/**
 * Messages that start and watch resumable jobs. Extension pages only; the job itself runs
 * after the answer, chunk by chunk (lib/background/jobs.ts).
 */
import type { PersonaLensDB } from '../db/database';
import type { SelfInfo, SenderInfo } from '../messaging/sender';
import { createGate, type Gate } from './gate';
import { getJob, runJob, startJob, type JobState } from './jobs';

export function createJobHandlers(deps: {
  db: PersonaLensDB;
  self: SelfInfo;
  /** Keeps the worker's alarm armed while a job is unfinished. */
  keepAlive(): void;
  log(level: 'warn' | 'error', message: string): void;
  gate?: Gate;
}) {
  const gate = deps.gate ?? createGate(deps);
  return {
    async rebuildSegments(data: unknown, sender: SenderInfo): Promise<JobState> {
      gate.accept('rebuildSegments', data, sender);
      const state = await startJob(deps.db, 'rebuild-segments', Date.now());
      deps.keepAlive();
      void runJob(deps.db, 'rebuild-segments').catch((error: unknown) =>
        deps.log('warn', `[persona-lens] rebuild-segments paused: ${String(error)}`),
      );
      return state;
    },
    async getJob(data: unknown, sender: SenderInfo): Promise<JobState | null> {
      const { name } = gate.accept('getJob', data, sender).data;
      return getJob(deps.db, name);
    },
  };
}
