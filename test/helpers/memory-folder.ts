import type { BackupFolder } from '../../lib/db/auto-backup';

/** Automatic backups' folder in memory (the extension's is OPFS). */
export function memoryFolder(): BackupFolder & { files: Map<string, Blob> } {
  const files = new Map<string, Blob>();
  return {
    files,
    list: async () => [...files].map(([name, blob]) => ({ name, bytes: blob.size })),
    write: async (name, data) => void files.set(name, data),
    read: async (name) => files.get(name)!,
    remove: async (name) => void files.delete(name),
  };
}
