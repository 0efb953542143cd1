/**
 * Follower growth between the user's visits to a profile. Visits are irregular, so the rate
 * is normalised to 30 days; with a single visit there is nothing to compare and the change is
 * null rather than 0.
 */
export interface FollowerSnapshot {
  /** Epoch milliseconds. */
  at: number;
  followers: number;
}

export interface Growth {
  /** Followers at the last visit minus at the first, or null with fewer than two visits. */
  change: number | null;
  /** change scaled to 30 days. */
  per30Days: number | null;
  /** per30Days relative to the first visit's followers (0.05 = +5% a month). */
  relativePer30Days: number | null;
  /** Change since the previous visit. */
  sinceLastVisit: number | null;
  spanDays: number;
  /** Visits with a follower count. */
  n: number;
}

const DAY_MS = 86_400_000;

export function growth(snapshots: readonly FollowerSnapshot[]): Growth {
  const valid = snapshots
    .filter((s) => Number.isFinite(s.at) && Number.isFinite(s.followers) && s.followers >= 0)
    .sort((a, b) => a.at - b.at);
  const n = valid.length;
  if (n < 2) return { change: null, per30Days: null, relativePer30Days: null, sinceLastVisit: null, spanDays: 0, n };
  const first = valid[0]!;
  const last = valid[n - 1]!;
  const change = last.followers - first.followers;
  const spanDays = (last.at - first.at) / DAY_MS;
  // Two counts taken the same moment say nothing about a rate.
  const per30Days = spanDays > 0 ? (change / spanDays) * 30 : null;
  return {
    change,
    per30Days,
    relativePer30Days: per30Days !== null && first.followers > 0 ? per30Days / first.followers : null,
    sinceLastVisit: last.followers - valid[n - 2]!.followers,
    spanDays,
    n,
  };
}
