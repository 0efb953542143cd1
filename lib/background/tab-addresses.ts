/**
 * The addresses each tab showed in the last minute, as the browser reported them with each
 * message (sender.url, sender.tab.url). A capture's sourceUrl must be one of them: usually the
 * tab's current address, but on a single-page site a response can arrive just before the
 * address changes, and the capture of the page the user just left is then sent from the new
 * one. Pure.
 */
import { pageKey } from '../report/page-address';

const WINDOW_MS = 60_000;
const PER_TAB = 8;
const MAX_TABS = 500;

export class TabAddresses {
  private readonly tabs = new Map<number, { page: string; at: number }[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records the address the browser says the tab is at now. */
  saw(tabId: number, url: string): void {
    const page = pageKey(url);
    if (!page) return;
    if (!this.tabs.has(tabId) && this.tabs.size >= MAX_TABS) this.tabs.delete(this.tabs.keys().next().value!);
    const list = (this.tabs.get(tabId) ?? []).filter((e) => e.page !== page);
    list.push({ page, at: this.now() });
    this.tabs.set(tabId, list.slice(-PER_TAB));
  }

  /** Whether `url` is the same page as one the tab showed within the last minute. */
  showed(tabId: number, url: string): boolean {
    const page = pageKey(url);
    const since = this.now() - WINDOW_MS;
    return page !== null && (this.tabs.get(tabId) ?? []).some((e) => e.page === page && e.at > since);
  }
}
