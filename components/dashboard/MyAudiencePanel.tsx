/**
 * "My audience": a creator marks their own profile and imports their platform's analytics
 * export (files or pasted text); the result shows the shares per dimension and the personas
 * built from them, with what was rejected and on which line.
 */
import { useEffect, useState } from 'preact/hooks';
import { ANALYTICS_KINDS, type AnalyticsKind, type AnalyticsRejection } from '../../lib/shortlists/analytics/demographics';
import { analyticsRejectionText } from '../coded-messages';
import { joinParts, originOfLine, type TextPart } from '../../lib/shortlists/analytics/line-origin';
import type { AnalyticsSummary, MyAudience } from '../../lib/shortlists/my-audience';
import { profileIdFromInput } from '../../lib/shortlists/profile-ref';
import { formatDateTime, formatPercent } from '../i18n/format';
import { Avatar } from '../avatar/Avatar';
import { BarList } from '../charts/BarList';
import { text } from '../text';
import { regionLabel } from '../../lib/ui/labels';
import { uiLocale } from '../i18n/t';
import type { DashboardSource } from './api';
import { failureMessage, Notice, type PanelMessage } from './Notice';

const t = text.dashboard.audience;

/** A country in the UI language (the analytics exports give ISO codes). */
const countryName = (code: string): string => regionLabel(code, uiLocale());

/** `parts`: the files of this import, to name each rejected row's file; absent for a stored import. */
function AnalyticsResult({ result, parts }: { result: AnalyticsSummary; parts: TextPart[] | null }) {
  const where = (r: AnalyticsRejection) => {
    const origin = parts ? originOfLine(parts, r.row) : null;
    const reason = analyticsRejectionText(r);
    return origin ? t.rejectedRowIn(origin.name, origin.line, reason) : t.rejectedRow(r.row, reason);
  };
  return (
    <div class="analytics-result" data-testid="analytics-result">
      <p class="muted small">{t.source(t.kinds[result.kind] ?? result.kind, formatDateTime(result.importedAt))}</p>
      <h3>{t.personas}</h3>
      <ul class="own-personas">
        {result.personas.map((p) => (
          <li key={p.id} class="own-persona" data-testid="own-persona">
            <Avatar seed={p.id} name={p.name} size={40} />
            <div>
              <strong>{p.name}</strong>
              <p class="small">
                {[t.genderName[p.gender], p.ageBand ?? text.dashboard.unknown, p.country ? countryName(p.country) : text.dashboard.unknown].join(' · ')}
              </p>
              <p class="muted small">{t.share(formatPercent(p.share, 1))}</p>
            </div>
          </li>
        ))}
      </ul>
      <p class="muted small">{result.personas[0]?.basis === 'joint' ? t.basisJoint : t.basisIndependent}</p>
      <div class="share-grid">
        {result.shares.map((d) => (
          <div key={d.dimension}>
            <h4>{t.dimension[d.dimension]}</h4>
            {d.shares.length === 0 ? <p class="muted small">{t.notInExport}</p> : null}
            <BarList
              label={t.dimension[d.dimension] ?? d.dimension}
              items={[
                ...d.shares.slice(0, 8).map((s) => ({
                  label: d.dimension === 'region' ? countryName(s.value) : d.dimension === 'gender' ? (t.genderName[s.value] ?? s.value) : s.value,
                  value: s.share,
                })),
                ...(d.shares.length && d.unknownShare > 0.005 ? [{ label: text.dashboard.unknown, value: d.unknownShare }] : []),
              ]}
            />
          </div>
        ))}
      </div>
      {result.rejected.length ? (
        <ul class="rejected small" data-testid="analytics-rejected">
          {result.rejected.map((r) => (
            <li key={`${r.row}-${r.reason}`}>{where(r)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function MyAudiencePanel({ source }: { source: DashboardSource }) {
  const [mine, setMine] = useState<MyAudience | null>(null);
  const [kind, setKind] = useState<AnalyticsKind>('youtube-studio');
  const [result, setResult] = useState<AnalyticsSummary | null>(null);
  const [parts, setParts] = useState<TextPart[] | null>(null);
  const [message, setMessage] = useState<PanelMessage | null>(null);

  const fail = (e: unknown) => setMessage(failureMessage(e));
  const refresh = () =>
    source
      .send('getMyAudience', undefined)
      .then((m) => {
        setMine(m);
        setResult(m.analytics);
        setParts(null);
      })
      .catch(fail);
  useEffect(() => {
    void refresh();
  }, [source]);

  const onOwn = (event: Event) => {
    event.preventDefault();
    const profileId = profileIdFromInput(String(new FormData(event.currentTarget as HTMLFormElement).get('profile') ?? ''));
    if (!profileId) return setMessage({ kind: 'error', text: text.dashboard.add.invalid });
    source.send('setOwnProfile', { profileId }).then(refresh).catch(fail);
  };

  const onImport = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const files = (form.elements.namedItem('files') as HTMLInputElement).files;
    const pasted = (form.elements.namedItem('pasted') as HTMLTextAreaElement).value;
    // Several files (e.g. TikTok's FollowerGender.csv and FollowerTopTerritories.csv) are read as one text, one table after another.
    const fileParts = files ? await Promise.all([...files].map(async (f) => ({ name: f.name, text: await f.text() }))) : [];
    const used = [...fileParts, { name: t.pastedName, text: pasted }].filter((p) => p.text.trim());
    if (!mine?.ownProfileId) return;
    if (!used.length) {
      setMessage({ kind: 'error', text: fileParts.length ? t.emptyFiles(fileParts.map((p) => p.name)) : t.nothingChosen });
      return;
    }
    try {
      const r = await source.send('importAnalytics', { profileId: mine.ownProfileId, kind, text: joinParts(used) });
      if (r.demographics.rows === 0) {
        // Nothing usable: the last good import stays on screen (it is also what stays stored).
        const why = r.rejected[0];
        const origin = why ? originOfLine(used, why.row) : null;
        const reason = why ? (origin ? t.rejectedRowIn(origin.name, origin.line, analyticsRejectionText(why)) : analyticsRejectionText(why)) : '';
        setMessage({ kind: 'error', text: result ? t.failedKeptLast(reason, formatDateTime(result.importedAt)) : t.failedNothing(reason) });
        return;
      }
      setResult(r);
      setParts(used);
      setMessage({ kind: 'ok', text: t.imported(r.demographics.rows, r.rejected.length) });
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section aria-labelledby="audience-heading" class="audience">
      <h2 id="audience-heading">{t.heading}</h2>
      <p class="muted">{t.intro}</p>
      <div class="panel-grid">
        <div class="stack">
          {mine?.profile ? (
            <p data-testid="own-profile">
              {t.current(mine.profile.handle, text.platformName[mine.profile.platform as keyof typeof text.platformName] ?? mine.profile.platform)}{' '}
              <button type="button" class="secondary" onClick={() => void source.send('setOwnProfile', { profileId: null }).then(refresh)}>
                {t.clearOwn}
              </button>
            </p>
          ) : (
            <p class="muted">{t.noOwn}</p>
          )}
          <form class="stack" onSubmit={onOwn}>
            <label for="own-profile">{t.own}</label>
            <div class="row">
              <input id="own-profile" name="profile" maxLength={300} data-testid="own-profile-input" />
              <button type="submit" data-testid="set-own">
                {t.setOwn}
              </button>
            </div>
          </form>
          <form class="stack" onSubmit={(e) => void onImport(e)}>
            <label for="analytics-kind">{t.kind}</label>
            <select id="analytics-kind" value={kind} data-testid="analytics-kind" onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as AnalyticsKind)}>
              {ANALYTICS_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
            <label for="analytics-files">{t.file}</label>
            <input id="analytics-files" name="files" type="file" multiple accept=".csv,.txt,text/csv" data-testid="analytics-files" />
            <label for="analytics-paste">{t.paste}</label>
            <textarea id="analytics-paste" name="pasted" rows={6} data-testid="analytics-paste" />
            <div class="row">
              <button type="submit" data-testid="import-analytics" disabled={!mine?.ownProfileId}>
                {t.import}
              </button>
            </div>
            <p class="muted small">{t.addsUp}</p>
            <details class="small" data-testid="analytics-formats">
              <summary>{t.formatsSummary}</summary>
              <ul>
                {t.formats.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </details>
          </form>
          <Notice message={message} />
        </div>
        <div>{result ? <AnalyticsResult result={result} parts={parts} /> : null}</div>
      </div>
    </section>
  );
}
