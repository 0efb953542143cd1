/**
 * axe-core's serious and critical violations on a page of the extension (the interface's
 * accessibility checks, in any language).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './browser';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  // Extension pages forbid inline scripts (MV3 CSP); evaluate runs the library regardless.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(AXE, 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
}
