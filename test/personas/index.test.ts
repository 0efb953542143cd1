import { describe, expect, it } from 'vitest';
import * as api from '../../lib/personas';

// The background and the popup import these names; renaming one is a breaking change.
describe('lib/personas public API', () => {
  it.each([
    'buildPersonas',
    'chooseK',
    'nmf',
    'prepare',
    'fitScore',
    'fitFromSegments',
    'personaName',
  ])('exports function %s', (name) => {
    expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
  });

  it('exports the target schema and 3–5 presets', () => {
    expect(api.TargetPersonaSchema.safeParse(api.PRESET_TARGET_PERSONAS[0]).success).toBe(true);
    expect(api.PRESET_TARGET_PERSONAS.length).toBeGreaterThanOrEqual(3);
    expect(api.PRESET_TARGET_PERSONAS.length).toBeLessThanOrEqual(5);
  });
});
