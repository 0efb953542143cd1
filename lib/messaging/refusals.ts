/**
 * Why the background refused a request from one of our pages, as a code. A handler throws a
 * Refusal; it crosses the message channel as an Error whose message is the code, and the page
 * words it from the catalogue (components/text.ts). A page that receives a message no code
 * names shows a generic message with what it received.
 */
export const REFUSAL_CODES = [
  // The gate (lib/background/gate.ts): the payload failed its schema, or the sender is not ours.
  'invalid-request',
  'rejected',
  'profile-not-captured',
  'duplicate-list-name',
  'not-own-profile',
  'shortlist-not-found',
  'entry-not-found',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export class Refusal extends Error {
  constructor(readonly code: RefusalCode) {
    super(code);
    this.name = 'Refusal';
  }
}

export function isRefusalCode(value: unknown): value is RefusalCode {
  return typeof value === 'string' && (REFUSAL_CODES as readonly string[]).includes(value);
}
