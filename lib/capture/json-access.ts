/**
 * Small typed readers for JSON of unknown shape. Platform payloads change without notice,
 * so every read is a question ("is there a string here?") rather than a cast.
 */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Step = string | number;

function step(current: unknown, key: Step): unknown {
  if (typeof key === 'number') return Array.isArray(current) ? (current[key] as unknown) : undefined;
  return isRecord(current) ? current[key] : undefined;
}

/**
 * Follows keys and array indexes; undefined as soon as a step does not exist. Fixed arity
 * rather than a rest parameter: the adapters call this for every field they read, and the
 * rest array allocated per call was the single largest cost of reading an Instagram timeline.
 */
export function get(value: unknown, a?: Step, b?: Step, c?: Step, d?: Step, e?: Step, f?: Step): unknown {
  if (a === undefined) return value;
  let current = step(value, a);
  if (b === undefined || current === undefined) return current;
  current = step(current, b);
  if (c === undefined || current === undefined) return current;
  current = step(current, c);
  if (d === undefined || current === undefined) return current;
  current = step(current, d);
  if (e === undefined || current === undefined) return current;
  current = step(current, e);
  if (f === undefined || current === undefined) return current;
  return step(current, f);
}

/** `get` for a path held in an array (any length). */
export function getPath(value: unknown, path: readonly Step[]): unknown {
  let current = value;
  for (const key of path) {
    current = step(current, key);
    if (current === undefined) return undefined;
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
