/**
 * The page that opens once, on install: what Persona Lens reads, what it never does, and the
 * three steps to a first sample. A user who closes it has lost nothing: the popup's sample
 * meter says the next step again.
 */
import { text } from '../text';

const t = text.welcome;

export function WelcomePage({ onOpenDashboard }: { onOpenDashboard(): void }) {
  return (
    <main class="welcome" data-testid="welcome">
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <section aria-labelledby="welcome-steps">
        <h2 id="welcome-steps">{t.stepsHeading}</h2>
        <ol class="welcome-steps" data-testid="welcome-steps">
          {t.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <div class="welcome-columns">
        <section aria-labelledby="welcome-reads">
          <h2 id="welcome-reads">{t.readsHeading}</h2>
          <ul>
            {t.reads.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="welcome-never">
          <h2 id="welcome-never">{t.neverHeading}</h2>
          <ul>
            {t.never.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      </div>
      <p>
        <button type="button" onClick={onOpenDashboard} data-testid="welcome-dashboard">
          {t.dashboard}
        </button>
      </p>
      <p class="muted">{t.pin}</p>
    </main>
  );
}
