/**
 * A panel's outcome line ("Saved", "Could not save: …"). An error is an alert, which screen
 * readers read out at once; anything else is a polite status. The dashboard's panels all show
 * their messages through this one component, so they cannot disagree on that.
 */
import type { ComponentChildren } from 'preact';
import { text } from '../text';
import { errorText } from './api';

export interface PanelMessage {
  kind: 'ok' | 'error';
  text: string;
}

/** A failed request as a panel message: a background refusal in words, anything else as it came. */
export function failureMessage(error: unknown): PanelMessage {
  return { kind: 'error', text: text.dashboard.error(errorText(error)) };
}

/** Nothing without a message; `children` follow its text (an Undo button). */
export function Notice({ message, testId, children }: { message: PanelMessage | null; testId?: string; children?: ComponentChildren }) {
  if (!message) return null;
  return (
    <p class={`notice notice-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {message.text}
      {children}
    </p>
  );
}
