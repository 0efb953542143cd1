import { describe, expect, it } from 'vitest';
import * as api from '../../lib/metrics';

// The background and the report import these names; renaming one is a breaking change.
describe('lib/metrics public API', () => {
  it.each(['wilsonInterval', 'engagementRate', 'engagementAnomalies', 'benchmarkFor', 'placeRate', 'growth'])('exports function %s', (name) => {
    expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
  });
});
