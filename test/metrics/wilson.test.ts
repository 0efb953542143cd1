import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../lib/metrics/wilson';

// Reference values: R's prop.test(x, n, correct = FALSE)$conf.int, which is the Wilson interval.
describe('wilsonInterval', () => {
  it.each([
    [0, 10, 1.96, 0, 0.27754],
    [5, 10, 1.96, 0.23659, 0.76341],
    [10, 10, 1.96, 0.72246, 1],
    [1, 20, 1.96, 0.008881, 0.236136],
    [81, 263, 1.96, 0.255288, 0.366211],
    [500, 1000, 1.96, 0.469069, 0.530931],
    [3, 7, 2.576, 0.116364, 0.810299],
  ])('%i of %i (z=%f) → [%f, %f]', (x, n, z, low, high) => {
    const w = wilsonInterval(x, n, z);
    expect(w.low).toBeCloseTo(low, 5);
    expect(w.high).toBeCloseTo(high, 5);
    expect(w.p).toBeCloseTo(x / n, 12);
  });

  it('says nothing (0..1) when there is no sample', () => {
    expect(wilsonInterval(0, 0)).toEqual({ p: 0, low: 0, high: 1 });
  });

  it('narrows as n grows at the same proportion', () => {
    const widths = [10, 100, 1000, 10000].map((n) => {
      const w = wilsonInterval(0.3 * n, n);
      return w.high - w.low;
    });
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeLessThan(widths[i - 1]!);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
  });
});
