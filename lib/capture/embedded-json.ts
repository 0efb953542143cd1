/**
 * Finds the JSON state platforms embed in inline scripts (`var ytInitialData = {...};`,
 * `window._sharedData = {...};`, `window.__additionalDataLoaded('/x/', {...})`,
 * `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">`). The object
 * is cut out by a balanced scan that respects strings and escapes and then parsed with
 * JSON.parse: a regex over the whole object would break on the first "}" inside a string.
 */

/** An inline script as the content script or the HTML reader hands it over. */
export type ScriptText = string | { id?: string; type?: string; text: string };

/** Above this a script is not state any platform ships; reading it would only cost time. */
export const MAX_SCRIPT_CHARS = 16_000_000;

export function scriptBody(script: ScriptText): string {
  return typeof script === 'string' ? script : typeof script?.text === 'string' ? script.text : '';
}

export interface ReadableScript {
  script: ScriptText;
  text: string;
}

/**
 * The scripts an adapter may read, with their texts: anything but an array reads as none, and
 * a script above MAX_SCRIPT_CHARS is skipped with a warning (once per script).
 */
export function readableScripts(scripts: unknown, warn: (message: string) => void): ReadableScript[] {
  const out: ReadableScript[] = [];
  if (!Array.isArray(scripts)) return out;
  for (const script of scripts as readonly ScriptText[]) {
    const text = scriptBody(script);
    if (text.length > MAX_SCRIPT_CHARS) warn(`skipped a script of ${text.length} characters`);
    else out.push({ script, text });
  }
  return out;
}

export function scriptId(script: ScriptText): string | undefined {
  return typeof script === 'object' && script !== null && typeof script.id === 'string' ? script.id : undefined;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Index just past the balanced JSON object or array starting at `start`, or -1. */
export function balancedEnd(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return -1;
  let depth = 0;
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Jump from quote to quote; a quote preceded by an odd number of backslashes is escaped.
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return -1;
        let slashes = 0;
        for (let k = j - 1; text.charCodeAt(k) === BACKSLASH; k--) slashes++;
        if (slashes % 2 === 0) break;
        j++;
      }
      i = j + 1;
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses the balanced JSON value at `start`. */
export function parseJsonAt(text: string, start: number): JsonResult {
  // Fast path: platforms put one object per script (`var ytInitialData = {…};`), so the value
  // usually ends at the script's last closing bracket. If that whole slice parses, it is the
  // balanced value (JSON is self-delimiting), and the character scan below is skipped: on a
  // 1 MB watch page that scan costs about as much again as the parse.
  const close = text.lastIndexOf(text[start] === '[' ? ']' : '}');
  if (close > start) {
    try {
      return { ok: true, value: JSON.parse(text.slice(start, close + 1)) };
    } catch {
      // Something follows the value (more code, another object): find its end the careful way.
    }
  }
  const end = balancedEnd(text, start);
  if (end < 0) return { ok: false, reason: 'unbalanced or truncated JSON' };
  try {
    return { ok: true, value: JSON.parse(text.slice(start, end)) };
  } catch (error) {
    return { ok: false, reason: `invalid JSON (${error instanceof Error ? error.message.slice(0, 80) : 'parse error'})` };
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/**
 * The object assigned to `name` (`var name = {`, `window.name = {`, `window["name"] = {`).
 * Undefined when the script does not assign it; a failed result when it does but the JSON
 * is broken.
 */
export function findAssignedJson(text: string, name: string): JsonResult | undefined {
  let from = 0;
  let failure: JsonResult | undefined;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return failure;
    from = at + name.length;
    let i = from;
    if (text[i] === '"' || text[i] === "'") i++;
    if (text[i] === ']') i++;
    i = skipSpace(text, i);
    if (text[i] !== '=' || text[i + 1] === '=') continue;
    i = skipSpace(text, i + 1);
    if (text[i] !== '{') continue;
    const result = parseJsonAt(text, i);
    if (result.ok) return result;
    failure = result;
  }
}

/** The object passed as the last argument of `callee(` (`__additionalDataLoaded('/x/', {...})`). */
export function findCallJson(text: string, callee: string): JsonResult | undefined {
  let from = 0;
  let failure: JsonResult | undefined;
  for (;;) {
    const at = text.indexOf(`${callee}(`, from);
    if (at < 0) return failure;
    from = at + callee.length + 1;
    let i = skipSpace(text, from);
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close < 0) continue;
      i = skipSpace(text, close + 1);
      if (text[i] !== ',') continue;
      i = skipSpace(text, i + 1);
    }
    if (text[i] !== '{') continue;
    const result = parseJsonAt(text, i);
    if (result.ok) return result;
    failure = result;
  }
}

/** A script whose whole text is JSON (`type="application/json"`). */
export function parseWholeJson(text: string): JsonResult {
  const start = skipSpace(text, 0);
  if (text[start] !== '{' && text[start] !== '[') return { ok: false, reason: 'not JSON' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `invalid JSON (${error instanceof Error ? error.message.slice(0, 80) : 'parse error'})` };
  }
}
