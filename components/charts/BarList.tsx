/**
 * Horizontal bars for shares (0..1) with their 95% interval drawn as a whisker, as plain
 * SVG: no chart library, readable by screen readers (each row states value, interval and n).
 */
import { formatPercent, formatPercentRange } from '../i18n/format';
import { text } from '../text';

export interface BarItem {
  label: string;
  /** Share, 0..1. */
  value: number;
  low?: number;
  high?: number;
  /** Members behind this bar. */
  n?: number;
}

export function BarList({ items, label, testId }: { items: BarItem[]; label: string; testId?: string }) {
  return (
    <ul class="bar-list" aria-label={label} data-testid={testId}>
      {items.map((item) => {
        const interval = item.low !== undefined && item.high !== undefined ? formatPercentRange(item.low, item.high) : null;
        return (
          <li key={item.label} class="bar-row" aria-label={text.report.barLabel(item.label, formatPercent(item.value), interval, item.n)}>
            <span class="bar-label" dir="auto">
              {item.label}
            </span>
            <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
              <rect class="bar-track" x="0" y="2" width="100" height="6" rx="3" />
              <rect class="bar-fill" x="0" y="2" width={Math.max(0, Math.min(100, item.value * 100))} height="6" rx="3" />
              {item.low !== undefined && item.high !== undefined ? (
                <line class="bar-interval" x1={item.low * 100} x2={item.high * 100} y1="5" y2="5" />
              ) : null}
            </svg>
            <span class="bar-value" aria-hidden="true">
              {formatPercent(item.value)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
