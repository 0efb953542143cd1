/**
 * dexie-export-import expects what browsers and workers have and Node lacks: `self` when it
 * loads, and FileReader.readAsArrayBuffer when it finishes an export. Import this first.
 */
const g = globalThis as { self?: unknown; FileReader?: unknown };
g.self ??= globalThis;
g.FileReader ??= class {
  onload: ((ev: { target: { result: ArrayBuffer } }) => void) | null = null;
  onerror: ((ev: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    blob.arrayBuffer().then(
      (result) => this.onload?.({ target: { result } }),
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
};
export {};
