/**
 * What a failed schema check says, as a code and its numbers, for the interface to word
 * (components/coded-messages.ts): zod's own messages are English sentences. The first issue
 * is the one shown; `field` is its path as the file or form names it ("shortlists.0.name").
 */
import type { z } from 'zod';

export const FIELD_ISSUE_CODES = [
  'wrong-type',
  'too-long',
  'too-short',
  'too-many',
  'too-few',
  'too-large',
  'too-small',
  'bad-format',
  'not-allowed',
  'unknown-field',
  // A refinement of ours, named by its own message (a code: see `refinement`).
  'rule',
  'invalid',
] as const;

export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

export interface FieldIssue {
  field: string;
  code: FieldIssueCode;
  /** The bound broken by too-long … too-small (characters, items or the number itself). */
  limit?: number;
  /** For 'wrong-type': what the field should hold. */
  expected?: 'text' | 'number' | 'list' | 'yes-no' | 'object' | 'other';
  /** For 'rule': the refinement's code; for 'unknown-field': the names found. */
  detail?: string;
}

const EXPECTED: Record<string, FieldIssue['expected']> = { string: 'text', number: 'number', int: 'number', array: 'list', boolean: 'yes-no', object: 'object' };

type Bound = 'string' | 'array' | 'set' | 'number' | 'int' | 'bigint' | string;
const TOO_BIG = (origin: Bound): FieldIssueCode => (origin === 'string' ? 'too-long' : origin === 'array' || origin === 'set' ? 'too-many' : 'too-large');
const TOO_SMALL = (origin: Bound): FieldIssueCode => (origin === 'string' ? 'too-short' : origin === 'array' || origin === 'set' ? 'too-few' : 'too-small');

export function fieldIssue(error: z.ZodError): FieldIssue {
  const issue = error.issues[0];
  if (!issue) return { field: '', code: 'invalid' };
  const field = issue.path.map(String).join('.').slice(0, 120);
  switch (issue.code) {
    case 'invalid_type':
      return { field, code: 'wrong-type', expected: EXPECTED[issue.expected] ?? 'other' };
    case 'too_big':
      return { field, code: TOO_BIG(issue.origin), limit: Number(issue.maximum) };
    case 'too_small':
      return { field, code: TOO_SMALL(issue.origin), limit: Number(issue.minimum) };
    case 'invalid_format':
      return { field, code: 'bad-format' };
    case 'invalid_value':
      return { field, code: 'not-allowed' };
    case 'unrecognized_keys':
      return { field, code: 'unknown-field', detail: issue.keys.join(', ').slice(0, 120) };
    case 'custom':
      return { field, code: 'rule', detail: issue.message.slice(0, 60) };
    default:
      return { field, code: 'invalid' };
  }
}
