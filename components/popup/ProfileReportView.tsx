import type { ProfileReport } from '../../lib/report/report';
import { formatChange, formatCount, formatDateTime } from '../../lib/ui/format';
import { text } from '../text';

function Stat({ label, value, testId, title }: { label: string; value: string; testId?: string; title?: string }) {
  return (
    <div class="stat">
      <dt>{label}</dt>
      <dd data-testid={testId} title={title}>
        {value}
      </dd>
    </div>
  );
}

export function ProfileReportView({ report }: { report: ProfileReport }) {
  const { profile } = report;
  const history = report.followerHistory;
  const first = history[0]?.followers;
  const last = history[history.length - 1]?.followers;
  return (
    <article class="report" data-testid="report">
      <header class="creator">
        <h2 class="creator-name" dir="auto">
          {profile.displayName ?? profile.handle}
          {profile.verified ? <span class="badge">{text.report.verified}</span> : null}
        </h2>
        <p class="creator-meta">
          <span data-testid="profile-handle" dir="auto">
            @{profile.handle}
          </span>
          {' · '}
          <span>{text.platformName[profile.platform]}</span>
        </p>
      </header>
      <dl class="stats">
        <Stat label={text.report.followers} value={formatCount(profile.followers)} testId="profile-followers" />
        <Stat label={text.report.postsOnProfile} value={formatCount(profile.postCount)} />
        <Stat label={text.report.postsSeen} value={formatCount(report.postsSeen)} testId="posts-seen" />
        <Stat label={text.report.commentsSeen} value={formatCount(report.commentsSeen)} testId="comments-seen" />
        <Stat label={text.report.commenters} value={formatCount(report.commenters)} testId="audience-sample-size" />
        <Stat
          label={text.report.growth}
          value={history.length >= 2 ? formatChange(first, last) : 'unknown'}
          title={`${history.length} follower observation(s)`}
        />
      </dl>
      <p class="source-note">
        {text.report.lastCapture}: <time dateTime={new Date(report.lastCaptureAt).toISOString()}>{formatDateTime(report.lastCaptureAt)}</time>.{' '}
        {text.report.sourceNote(Math.max(1, history.length))}
      </p>
    </article>
  );
}
