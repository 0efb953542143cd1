import { refusalDetail } from '../coded-messages';
import { text } from '../text';

export function UnsupportedPage() {
  return (
    <section class="state" aria-labelledby="state-title" data-testid="state-unsupported">
      <h2 id="state-title">{text.unsupported.title}</h2>
      <p>{text.unsupported.body}</p>
    </section>
  );
}

export function NothingCaptured({ handle }: { handle: string | null }) {
  return (
    <section class="state" aria-labelledby="state-title" data-testid="state-empty">
      <h2 id="state-title">{text.empty.title}</h2>
      <p>{text.empty.body(handle)}</p>
    </section>
  );
}

export function PopupError({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <section class="state state-error" role="alert" data-testid="state-error">
      <h2>{text.error.title}</h2>
      <p>{refusalDetail(message)}</p>
      <p class="hint">{text.error.hint}</p>
      <button type="button" onClick={onRetry}>
        {text.error.retry}
      </button>
    </section>
  );
}

export function Loading() {
  return (
    <p class="state" aria-busy="true">
      {text.loading}
    </p>
  );
}
