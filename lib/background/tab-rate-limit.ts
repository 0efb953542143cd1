/**
 * A per-tab budget on captures and on new commenters per minute. A script on a platform page
 * can forge any number of hand-offs; without a bound one page load stored 20,000 invented
 * comments in seconds. Real pages stay far below: a comment list loads tens of comments per
 * scroll, and one tab sends a handful of captures per minute. What goes over is dropped and
 * logged by the caller. Pure (the clock is passed in), so tests need no waiting.
 */
export interface TabLimits {
  capturesPerMinute: number;
  /** Distinct commenters a tab may bring per minute (counted as new members after ingest). */
  newMembersPerMinute: number;
}

export const TAB_LIMITS: TabLimits = { capturesPerMinute: 120, newMembersPerMinute: 5_000 };

const WINDOW_MS = 60_000;
/** Tabs are forgotten once this many are tracked and the oldest went quiet a minute ago. */
const MAX_TABS = 500;

interface TabUse {
  captures: number[];
  members: { at: number; count: number }[];
}

export class TabRateLimit {
  private readonly tabs = new Map<number, TabUse>();

  constructor(
    private readonly limits: TabLimits = TAB_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  private use(tabId: number): TabUse {
    const since = this.now() - WINDOW_MS;
    let use = this.tabs.get(tabId);
    if (!use) {
      if (this.tabs.size >= MAX_TABS) {
        for (const [id, u] of this.tabs) if ((u.captures.at(-1) ?? -Infinity) < since) this.tabs.delete(id);
      }
      this.tabs.set(tabId, (use = { captures: [], members: [] }));
    }
    while (use.captures.length && use.captures[0]! <= since) use.captures.shift();
    while (use.members.length && use.members[0]!.at <= since) use.members.shift();
    return use;
  }

  /** Counts one capture from the tab; false when the tab is over its budget for the minute. */
  admitCapture(tabId: number): boolean {
    const use = this.use(tabId);
    if (use.captures.length >= this.limits.capturesPerMinute) return false;
    use.captures.push(this.now());
    return true;
  }

  /** How many new commenters the tab may still bring this minute. */
  memberBudget(tabId: number): number {
    const used = this.use(tabId).members.reduce((sum, m) => sum + m.count, 0);
    return Math.max(0, this.limits.newMembersPerMinute - used);
  }

  chargeMembers(tabId: number, count: number): void {
    if (count > 0) this.use(tabId).members.push({ at: this.now(), count });
  }
}
