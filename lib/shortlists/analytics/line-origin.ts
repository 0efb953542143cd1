/**
 * Several export files are sent as one text, one table after another, separated by a blank
 * line. A rejected row is reported by its line in that joined text; this maps it back to the
 * file and line the user knows. Pure.
 */
export interface TextPart {
  name: string;
  text: string;
}

export const PART_SEPARATOR = '\n\n';

export function joinParts(parts: readonly TextPart[]): string {
  return parts.map((p) => p.text).join(PART_SEPARATOR);
}

function lineCount(text: string): number {
  return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** The file and 1-based line within it of a line of `joinParts(parts)`; null for a separator line. */
export function originOfLine(parts: readonly TextPart[], line: number): { name: string; line: number } | null {
  let start = 1;
  for (const part of parts) {
    const lines = lineCount(part.text);
    if (line < start + lines) return line >= start ? { name: part.name, line: line - start + 1 } : null;
    start += lines + 1;
  }
  return null;
}
