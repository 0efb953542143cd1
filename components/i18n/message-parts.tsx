/**
 * A message whose placeholders are elements rather than text (a count inside its own
 * <span data-testid>), so that a translation can still put the words around them in any order.
 */
import { Fragment, type ComponentChildren } from 'preact';
import { t, type MessageKey } from './t';

// Control characters no message contains mark where each element goes.
const MARK = /\u0001(\d)\u0001/;

export function tParts(key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren[] {
  const pieces = t(key, ...parts.map((_, i) => `\u0001${i}\u0001`)).split(MARK);
  return pieces.map((piece, i) => <Fragment key={i}>{i % 2 === 1 ? parts[Number(piece)] : piece}</Fragment>);
}
