/**
 * A text field that saves when it loses focus, and follows the stored value only while it is
 * not being edited: a save landing for another field (which re-reads the list) must not wipe
 * what the user is typing here.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  label: string;
  class?: string;
  maxLength: number;
  testId?: string;
  /** Shown while empty: in the shortlist table the fields share a column without visible labels. */
  placeholder?: string;
}

export function CommitField({ value, onCommit, multiline, label, maxLength, testId, placeholder, class: cls }: Props) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const common = {
    class: cls,
    value: draft,
    maxLength,
    'aria-label': label,
    placeholder,
    'data-testid': testId,
    onFocus: () => {
      editing.current = true;
    },
    onInput: (e: Event) => setDraft((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onBlur: () => {
      editing.current = false;
      if (draft !== value) onCommit(draft);
    },
  };
  return multiline ? <textarea rows={2} {...common} /> : <input {...common} />;
}
