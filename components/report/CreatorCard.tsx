import type { ProfileReport } from '../../lib/report/report';
import { formatChange, formatCount, formatPercent, formatPercentRange } from '../i18n/format';
import { tParts } from '../i18n/message-parts';
import { benchmarkSourceText, tierText } from '../coded-messages';
import { text } from '../text';

const t = text.report;

function Stat(props: { label: string; value: string; testId?: string; detail?: string; title?: string }) {
  return (
    <div class="stat" title={props.title}>
      <dt>{props.label}</dt>
      <dd>
        <span class="stat-value" data-testid={props.testId}>
          {props.value}
        </span>
        {props.detail ? <span class="stat-detail">{props.detail}</span> : null}
      </dd>
    </div>
  );
}

export function CreatorCard({ report }: { report: ProfileReport }) {
  const { profile, insights } = report;
  const { engagement, growth } = insights;
  const rate = engagement.rate;
  const bench = engagement.benchmark;
  const history = report.followerHistory;
  // One short visible line; the formula and the benchmark's source are one hover or focus away.
  const engagementDetail = [
    t.engagementBasis(rate.n),
    bench ? t.engagementTypical(formatPercentRange(bench.low, bench.high, 1)) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const engagementTitle = [
    rate.n ? t.engagementDetail(t.engagementFormula[rate.platform], rate.n) : t.engagementFormula[rate.platform],
    bench ? t.benchmark(tierText(bench.tier), formatPercentRange(bench.low, bench.high, 1), benchmarkSourceText(bench.source, text.platformName[bench.platform])) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section class="creator-card" aria-label={profile.displayName ?? profile.handle}>
      <header class="creator">
        <h2 class="creator-name" dir="auto">
          <bdi>{profile.displayName ?? profile.handle}</bdi>
          {profile.verified ? <span class="badge">{text.report.verified}</span> : null}
        </h2>
        <p class="creator-meta">
          <bdi data-testid="profile-handle">@{profile.handle}</bdi>
          {' · '}
          <span>{text.platformName[profile.platform]}</span>
        </p>
      </header>
      <dl class="stats">
        <Stat label={t.followers} value={formatCount(profile.followers)} testId="profile-followers" />
        <Stat
          label={t.growth}
          value={growth.change !== null ? formatChange(history[0]?.followers, history[history.length - 1]?.followers) : text.unknown}
          detail={growth.change !== null ? t.growthDetail(growth.n, growth.spanDays) : t.growthUnknown}
        />
        <Stat
          label={t.engagementRate}
          value={rate.rate !== null ? `${formatPercent(rate.rate, 1)}${engagement.placement ? ` · ${t.placement[engagement.placement]}` : ''}` : text.unknown}
          testId="engagement-rate"
          detail={engagementDetail}
          title={engagementTitle}
        />
        <Stat
          label={t.commenters}
          value={formatCount(report.commenters)}
          testId="audience-sample-size"
          detail={t.commentersDetail(insights.authenticity.suspiciousMembers, report.commenters)}
        />
      </dl>
      <p class="sample-line">
        {tParts(
          'report_sampleLine',
          <span data-testid="comments-seen">{formatCount(report.commentsSeen)}</span>,
          t.commentsNoun(report.commentsSeen),
          <span data-testid="posts-seen">{formatCount(report.postsSeen)}</span>,
          t.postsNoun(report.postsSeen),
          formatCount(profile.postCount),
        )}
      </p>
      {/* The formula and the benchmark's source in the page, not only in a hover tooltip: touch
          screens and keyboards have no hover. */}
      <details class="how" data-testid="engagement-how">
        <summary>{t.engagementHow}</summary>
        <p>{engagementTitle}</p>
      </details>
    </section>
  );
}
