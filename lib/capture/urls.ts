/** Address helpers that never throw on the odd strings pages and fuzzers produce. */

export function parseUrl(url: unknown): URL | undefined {
  if (typeof url !== 'string' || url.length > 8192) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True when the host is `domain` or one of its subdomains. */
export function hostIs(url: URL | undefined, ...domains: readonly string[]): boolean {
  if (!url) return false;
  const host = url.hostname.toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}
