/**
 * The adapters' outer guard. Every entry point promises not to throw whatever a page sends,
 * so reading runs inside this and an unexpected exception becomes a warning plus whatever
 * was read before it.
 */
import type { CaptureBatch } from './batch';
import type { BatchBuilder } from './batch-builder';

export function safeRun(builder: BatchBuilder, read: () => void): CaptureBatch {
  try {
    read();
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
    builder.warn(`reading stopped early: ${reason.slice(0, 200)}`);
  }
  return builder.build();
}
