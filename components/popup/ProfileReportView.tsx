import type { ProfileReport } from '../../lib/report/report';
import { formatDateTime } from '../i18n/format';
import { tParts } from '../i18n/message-parts';
import { AudienceComposition } from '../report/AudienceComposition';
import { AuthenticityPanel } from '../report/AuthenticityPanel';
import { CreatorCard } from '../report/CreatorCard';
import { FitList } from '../report/FitList';
import { PersonaCards } from '../report/PersonaCards';
import { SampleMeter } from '../report/SampleMeter';
import { SaveToShortlist, type ShortlistApi } from '../report/SaveToShortlist';
import { text } from '../text';

export function ProfileReportView({
  report,
  shortlists,
  onOpenFull,
}: {
  report: ProfileReport;
  shortlists: ShortlistApi;
  onOpenFull?: () => void;
}) {
  const { insights } = report;
  return (
    <article class="report" data-testid="report">
      <SampleMeter meter={report.sample} handle={report.profile.handle} />
      <CreatorCard report={report} />
      <div class="report-actions">
        <SaveToShortlist profileId={report.profile.id} api={shortlists} />
        {onOpenFull ? (
          <button type="button" class="secondary" onClick={onOpenFull} data-testid="open-full-report">
            {text.report.openFull}
          </button>
        ) : null}
      </div>
      <FitList fit={insights.fit} />
      <PersonaCards personas={insights.personas} />
      <AudienceComposition segments={insights.segments} members={insights.members} />
      <AuthenticityPanel authenticity={insights.authenticity} />
      <p class="source-note">
        {tParts('report_lastCaptureAt', <time dateTime={new Date(report.lastCaptureAt).toISOString()}>{formatDateTime(report.lastCaptureAt)}</time>)}{' '}
        {text.report.sourceNote(Math.max(1, report.followerHistory.length))}
      </p>
    </article>
  );
}
