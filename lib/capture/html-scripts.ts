/**
 * The inline scripts of an HTML string, for Node (the inspector and tests). In the browser
 * the content script reads `document.scripts` instead and passes the same shape.
 */
import type { ScriptText } from './embedded-json';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]?.toLowerCase();
    if (name && !map.has(name)) map.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return map;
}

/** Inline (not `src=`) script texts with their id and type; external scripts hold no page state. */
export function inlineScriptsFromHtml(html: string): { id?: string; type?: string; text: string }[] {
  const scripts: { id?: string; type?: string; text: string }[] = [];
  if (typeof html !== 'string') return scripts;
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = attributes(m[1] ?? '');
    if (attrs.has('src')) continue;
    const text = m[2] ?? '';
    if (text.trim() === '') continue;
    const entry: { id?: string; type?: string; text: string } = { text };
    const id = attrs.get('id');
    const type = attrs.get('type');
    if (id !== undefined) entry.id = id;
    if (type !== undefined) entry.type = type;
    scripts.push(entry);
  }
  return scripts;
}

export type { ScriptText };
