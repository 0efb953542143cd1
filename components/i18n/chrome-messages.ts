/**
 * Chrome's messages.json format and its substitution rules, as browser.i18n.getMessage applies
 * them: named placeholders ($NAME$, case-insensitive) take their "content", which may refer to
 * the positional substitutions $1..$9; "$$" is a literal dollar. Pure, so unit tests and the
 * catalogue checks read the same files the browser reads, with the same result.
 */
export interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type ChromeCatalogue = Record<string, ChromeMessage>;

const POSITIONAL = /\$(\d)/g;
const NAMED = /\$([A-Za-z0-9_@]+)\$/g;

function positional(text: string, substitutions: readonly string[]): string {
  return text.replace(POSITIONAL, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
}

/** A message with its substitutions filled in, as Chrome and Firefox return it. */
export function formatChromeMessage(entry: ChromeMessage, substitutions: readonly string[] = []): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  // "$$" is kept aside first so that "$$1" stays a dollar followed by 1.
  const parts = entry.message.split('$$');
  return parts
    .map((part) =>
      positional(
        part.replace(NAMED, (whole, name: string) => {
          const content = placeholders.get(name.toLowerCase());
          return content === undefined ? whole : positional(content, substitutions);
        }),
        substitutions,
      ),
    )
    .join('$');
}

/** The placeholders a message uses, named ones by name and positional ones as "$1".., sorted: what a translation must keep. */
export function placeholdersOf(entry: ChromeMessage): string[] {
  const used = new Set<string>();
  const text = entry.message.split('$$').join('');
  for (const [, name] of text.matchAll(NAMED)) used.add(name!.toLowerCase());
  for (const [, digit] of text.replace(NAMED, '').matchAll(POSITIONAL)) used.add(`$${digit}`);
  return [...used].sort();
}
