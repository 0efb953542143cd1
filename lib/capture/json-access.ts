/**
 * Small typed readers for JSON of unknown shape. Platform payloads change without notice,
 * so every read is a question ("is there a string here?") rather than a cast.
 */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows keys and array indexes; undefined as soon as a step does not exist. */
export function get(value: unknown, ...path: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
    } else {
      if (!isRecord(current)) return undefined;
      current = current[step];
    }
  }
  return current;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asRecord(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

/** The first key of a record, for wrappers like `{ videoRenderer: {...} }`. */
export function firstKey(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) return key;
  return undefined;
}

/** YouTube text objects come as `{simpleText}`, `{runs:[{text}]}` or `{content}`. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  const simple = asString(value.simpleText) ?? asString(value.content);
  if (simple !== undefined) return simple;
  const runs = value.runs;
  if (!Array.isArray(runs)) return undefined;
  let text = '';
  for (const run of runs) text += asString(get(run, 'text')) ?? '';
  return runs.length > 0 ? text : undefined;
}
