/**
 * What the dashboard needs from its host page: the typed messages to the background, live
 * "data changed" notices, and file download. The entrypoint supplies the browser versions;
 * tests can supply their own.
 */
import type { messaging } from '../../lib/messaging/protocol';

export type Send = typeof messaging.sendMessage;

export interface DashboardSource {
  send: Send;
  /** Calls back whenever the background stored something; returns an unsubscribe. */
  onDataChanged(listener: (profileIds: string[]) => void): () => void;
  download(file: { filename: string; mime: string; text: string }): void;
  /** Calls back when the storage status changed (StorageNotice); returns an unsubscribe. */
  onStorageChanged?(listener: () => void): () => void;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
