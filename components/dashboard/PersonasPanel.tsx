/**
 * Target persona editor: start from a preset or blank, edit, validate with the same schema the
 * background applies (TargetPersonaSchema), save. Saved personas are listed with edit and delete.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkValue, KNOWN_INTERESTS, KNOWN_REGION_GROUPS, type VocabularyField } from '../../lib/personas/target-vocabulary';
import { PRESET_TARGET_PERSONAS, TargetPersonaSchema } from '../../lib/personas/targets';
import type { FitWeights, TargetPersona } from '../../lib/personas/types';
import { formatPercent } from '../i18n/format';
import { Avatar } from '../avatar/Avatar';
import { text } from '../text';
import { fieldIssue } from '../../lib/ui/field-issue';
import { targetIssueText, targetName } from '../coded-messages';
import { valueLabel } from '../report/value-label';
import type { DashboardSource } from './api';
import { failureMessage, Notice, type PanelMessage } from './Notice';

const t = text.dashboard.personas;
const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'];
const DIMENSIONS: (keyof FitWeights)[] = ['gender', 'language', 'region', 'interest', 'age'];

interface Draft {
  id: string;
  name: string;
  female: string;
  languages: string;
  regions: string;
  interests: string;
  ageBands: string[];
  weights: FitWeights;
}

function newId(): string {
  return `tp-${crypto.randomUUID().slice(0, 8)}`;
}

function draftOf(p: TargetPersona, keepId: boolean): Draft {
  const f = p.genders?.female ?? 0;
  const m = p.genders?.male ?? 0;
  return {
    id: keepId ? p.id : newId(),
    // A preset's copy starts with its name in the UI language; it is the brand's own from then on.
    name: keepId ? p.name : targetName({ ...p, preset: true }),
    female: f + m > 0 ? String(Math.round((100 * f) / (f + m))) : '',
    languages: (p.languages ?? []).join(', '),
    regions: (p.regions ?? []).join(', '),
    interests: (p.interests ?? []).join(', '),
    ageBands: [...(p.ageBands ?? [])],
    weights: { ...p.weights },
  };
}

const BLANK: TargetPersona = { id: 'blank', name: '', weights: { gender: 1, language: 1, region: 1, interest: 1, age: 1 } };
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

function personaOf(d: Draft): unknown {
  const female = d.female.trim() === '' ? null : Number(d.female) / 100;
  return {
    id: d.id,
    name: d.name,
    ...(female === null ? {} : { genders: { female, male: Math.max(0, 1 - female) } }),
    ...(list(d.languages).length ? { languages: list(d.languages) } : {}),
    ...(list(d.regions).length ? { regions: list(d.regions) } : {}),
    ...(list(d.interests).length ? { interests: list(d.interests) } : {}),
    ...(d.ageBands.length ? { ageBands: d.ageBands } : {}),
    weights: d.weights,
  };
}

interface Review {
  /** The draft with every language and country name written as its code. */
  draft: Draft;
  /** Values that match nothing the engine emits, with what they may have meant. */
  problems: { field: VocabularyField; input: string; suggestion: string | null }[];
}

const FIELDS: VocabularyField[] = ['languages', 'regions', 'interests'];

function review(d: Draft): Review {
  const problems: Review['problems'] = [];
  const next = { ...d };
  for (const field of FIELDS) {
    next[field] = list(d[field])
      .map((input) => {
        const checked = checkValue(field, input);
        if (checked.code === null) problems.push({ field, input, suggestion: checked.suggestion });
        return checked.code ?? input;
      })
      .join(', ');
  }
  return { draft: next, problems };
}

export function PersonaSummary({ p }: { p: TargetPersona }) {
  const parts = [
    p.genders ? t.summary.genders(formatPercent((p.genders.female ?? 0) / ((p.genders.female ?? 0) + (p.genders.male ?? 0) || 1))) : null,
    // Codes named in the UI language, as the fit reasons name them ("German", not "de").
    p.languages?.map((v) => valueLabel('language', v, {})).join(', '),
    p.regions?.map((v) => valueLabel('region', v, {})).join(', '),
    p.interests?.map((v) => valueLabel('interest', v, {})).join(', '),
    p.ageBands?.join(', '),
  ].filter(Boolean);
  return <p class="muted small">{parts.join(' · ') || t.summary.any}</p>;
}

export function PersonasPanel({ source }: { source: DashboardSource }) {
  const [saved, setSaved] = useState<TargetPersona[]>([]);
  const [draft, setDraft] = useState<Draft>(() => draftOf(PRESET_TARGET_PERSONAS[0] ?? BLANK, false));
  const [preset, setPreset] = useState(PRESET_TARGET_PERSONAS[0]?.id ?? '');
  const [message, setMessage] = useState<PanelMessage | null>(null);
  /** The reviewed draft the user was warned about; saving exactly that again saves it. */
  const [unmatchedConfirmed, setUnmatchedConfirmed] = useState<string | null>(null);

  const refresh = () =>
    source
      .send('listTargetPersonas', undefined)
      .then(setSaved)
      .catch((e: unknown) => setMessage(failureMessage(e)));
  useEffect(() => {
    void refresh();
  }, [source]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setUnmatchedConfirmed(null);
    setDraft({ ...draft, [key]: value });
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    const checked = review(draft);
    const key = JSON.stringify(checked.draft);
    // A value that can never match is said before it is saved; saving it anyway takes a second click.
    if (checked.problems.length && unmatchedConfirmed !== key) {
      setDraft(checked.draft);
      setUnmatchedConfirmed(key);
      setMessage({ kind: 'error', text: t.neverMatches(checked.problems.map((p) => (p.suggestion ? t.didYouMean(p.input, p.suggestion) : t.unknownValue(p.input, t.fieldName[p.field] ?? p.field)))) });
      return;
    }
    setUnmatchedConfirmed(null);
    setDraft(checked.draft);
    const parsed = TargetPersonaSchema.safeParse(personaOf(checked.draft));
    if (!parsed.success) {
      setMessage({ kind: 'error', text: targetIssueText(fieldIssue(parsed.error)) });
      return;
    }
    try {
      const p = await source.send('saveTargetPersona', parsed.data as TargetPersona);
      setMessage({ kind: 'ok', text: t.saved(p.name) });
      await refresh();
    } catch (e) {
      setMessage(failureMessage(e));
    }
  };

  return (
    <section class="panel-grid" aria-labelledby="personas-heading">
      <div class="lists-column">
        <h2 id="personas-heading">{t.heading}</h2>
        <p class="muted">{t.intro}</p>
        {saved.length === 0 ? <p class="muted">{t.none}</p> : null}
        <ul class="persona-list" data-testid="saved-personas">
          {saved.map((p) => (
            <li key={p.id} class="persona-item" data-testid="target-persona">
              <Avatar seed={p.id} name={p.name} size={36} />
              <div class="grow">
                <strong dir="auto" class="clip block">
                  {p.name}
                </strong>
                <PersonaSummary p={p} />
                <div class="row">
                  <button type="button" class="secondary" onClick={() => setDraft(draftOf(p, true))} aria-label={`${t.edit}: ${p.name}`}>
                    {t.edit}
                  </button>
                  <button
                    type="button"
                    class="danger"
                    aria-label={`${t.delete}: ${p.name}`}
                    onClick={() => void source.send('deleteTargetPersona', { id: p.id }).then(refresh)}
                  >
                    {t.delete}
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </div>

      <form class="persona-editor stack" onSubmit={(e) => void onSave(e)} aria-labelledby="editor-heading">
        <h3 id="editor-heading">{saved.some((p) => p.id === draft.id) ? t.editPersona : t.newPersona}</h3>
        <div class="row">
          <label for="preset">{t.preset}</label>
          <select id="preset" value={preset} data-testid="persona-preset" onChange={(e) => setPreset((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t.presetNone}</option>
            {PRESET_TARGET_PERSONAS.map((p) => (
              <option key={p.id} value={p.id}>
                {targetName({ ...p, preset: true })}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="secondary"
            data-testid="use-preset"
            onClick={() => setDraft(draftOf(PRESET_TARGET_PERSONAS.find((p) => p.id === preset) ?? BLANK, false))}
          >
            {t.usePreset}
          </button>
        </div>
        <label for="p-name">{t.name}</label>
        <input id="p-name" value={draft.name} maxLength={120} required data-testid="persona-name" onInput={(e) => set('name', (e.currentTarget as HTMLInputElement).value)} />
        <label for="p-female">{t.female}</label>
        <input id="p-female" type="number" min={0} max={100} step={1} value={draft.female} onInput={(e) => set('female', (e.currentTarget as HTMLInputElement).value)} />
        <label for="p-languages">{t.languages}</label>
        <input id="p-languages" value={draft.languages} aria-describedby="p-languages-hint" data-testid="persona-languages" onInput={(e) => set('languages', (e.currentTarget as HTMLInputElement).value)} />
        <p id="p-languages-hint" class="muted small">{t.languagesHint}</p>
        <label for="p-regions">{t.regions}</label>
        <input id="p-regions" value={draft.regions} aria-describedby="p-regions-hint" data-testid="persona-regions" onInput={(e) => set('regions', (e.currentTarget as HTMLInputElement).value)} />
        <p id="p-regions-hint" class="muted small">{t.regionsHint(KNOWN_REGION_GROUPS)}</p>
        <label for="p-interests">{t.interests}</label>
        <input id="p-interests" value={draft.interests} aria-describedby="p-interests-hint" data-testid="persona-interests" onInput={(e) => set('interests', (e.currentTarget as HTMLInputElement).value)} />
        <p id="p-interests-hint" class="muted small" data-testid="known-interests">
          {t.interestsHint(KNOWN_INTERESTS)}
        </p>
        <fieldset>
          <legend>{t.ageBands}</legend>
          <div class="row wrap">
            {AGE_BANDS.map((band) => (
              <label key={band} class="check">
                <input
                  type="checkbox"
                  checked={draft.ageBands.includes(band)}
                  onChange={() => set('ageBands', draft.ageBands.includes(band) ? draft.ageBands.filter((b) => b !== band) : [...draft.ageBands, band])}
                />{' '}
                {band}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.weights}</legend>
          <div class="row wrap">
            {DIMENSIONS.map((dim) => (
              <label key={dim} class="weight">
                {t.weight[dim]}
                <input
                  type="number"
                  min={0}
                  max={10}
                  step={1}
                  value={draft.weights[dim]}
                  data-testid={`weight-${dim}`}
                  onInput={(e) => set('weights', { ...draft.weights, [dim]: Number((e.currentTarget as HTMLInputElement).value) })}
                />
              </label>
            ))}
          </div>
        </fieldset>
        <Notice message={message} testId="persona-message" />
        <div class="row">
          <button type="submit" data-testid="save-persona">
            {unmatchedConfirmed ? t.saveAnyway : t.save}
          </button>
        </div>
      </form>
    </section>
  );
}
