/**
 * The adapters' outer guard. Every entry point promises not to throw whatever a page sends,
 * so reading runs inside this and an unexpected exception becomes a warning plus whatever
 * was read before it.
 */
import type { CaptureBatch } from './batch';
import type { BatchBuilder } from './batch-builder';

export function safeRun(builder: BatchBuilder, read: () => void, options: { warnIfEmpty?: boolean } = {}): CaptureBatch {
  try {
    read();
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    builder.warn(`reading stopped early: ${reason.slice(0, 200)}`);
  }
  const batch = builder.build();
  // An allow-listed response that yields nothing is worth a line: its shape may have changed.
  if (options.warnIfEmpty && batch.warnings.length === 0 && batch.profiles.length + batch.posts.length + batch.comments.length === 0) {
    batch.warnings.push('nothing readable in the response: no profile, post or comment');
  }
  return batch;
}
