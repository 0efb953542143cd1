/**
 * One small interface over both real browsers, for the e2e tests that must hold in Chromium
 * and in Firefox (capture, bad input, popup). Chromium goes through browser.ts (Playwright),
 * Firefox through firefox.ts (puppeteer-core over WebDriver BiDi). Pages are read with plain
 * DOM calls in the page, so both browsers answer the same question the same way.
 *
 * E2E_BROWSERS=chromium (or firefox) runs one of them only, e.g. while debugging.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchExtensionBrowser } from './browser';
import { readExtensionStore } from './extension-store';
import { launchFirefoxExtension } from './firefox';

export type BrowserName = 'chromium' | 'firefox';

export const E2E_BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

export interface E2EPage {
  /** The first element's text, or null when there is none (never waits). */
  text(selector: string): Promise<string | null>;
  attribute(selector: string, name: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  /** Errors our extension's scripts threw into this page. */
  extensionErrors: string[];
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: BrowserName;
  /** Serves `body` at `url` (and only there) for every page opened afterwards. */
  serve(url: string | RegExp, body: string, contentType?: string): Promise<void>;
  /** A new tab at `url`; resolves once the document has loaded. */
  open(url: string): Promise<E2EPage>;
  /** The popup as it shows for `forUrl`. */
  openPopup(forUrl?: string): Promise<E2EPage>;
  /** Every row of one of the background database's object stores. */
  storedRows<T = Record<string, unknown>>(store: string): Promise<T[]>;
  close(): Promise<void>;
}

export const byTestId = (id: string): string => `[data-testid="${id}"]`;

/** In the page: what E2EPage asks, by plain DOM calls. */
type Query = { kind: 'text' | 'count' | 'attribute'; selector: string; name?: string };
function answer(q: Query): string | number | null {
  if (q.kind === 'count') return document.querySelectorAll(q.selector).length;
  const element = document.querySelector(q.selector);
  if (!element) return null;
  return q.kind === 'text' ? element.textContent : element.getAttribute(q.name ?? '');
}


const fromExtension = (stack: string | undefined): boolean => `${stack ?? ''}`.includes('-extension://');

function wrap(page: PlaywrightPage | PuppeteerPage, errors: string[]): E2EPage {
  const ask = (q: Query) => (page as PuppeteerPage).evaluate(answer as never, q as never) as Promise<string | number | null>;
  return {
    extensionErrors: errors,
    text: async (selector) => (await ask({ kind: 'text', selector })) as string | null,
    attribute: async (selector, name) => (await ask({ kind: 'attribute', selector, name })) as string | null,
    count: async (selector) => (await ask({ kind: 'count', selector })) as number,
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    async close() {
      await page.close();
    },
  };
}

/** What the two browsers' helpers have in common, as far as these tests use them. */
interface Driver {
  serve(url: string | RegExp, body: string, contentType?: string): Promise<void>;
  newPage(): Promise<PlaywrightPage | PuppeteerPage>;
  openPopup(forUrl?: string): Promise<PlaywrightPage | PuppeteerPage>;
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

function e2eBrowser(name: BrowserName, driver: Driver): E2EBrowser {
  return {
    name,
    serve: (url, body, contentType) => driver.serve(url, body, contentType),
    async open(url) {
      const page = await driver.newPage();
      const errors: string[] = [];
      (page as PuppeteerPage).on('pageerror', (e: unknown) => {
        if (fromExtension((e as Error | undefined)?.stack)) errors.push(String(e));
      });
      await page.goto(url, { timeout: 120_000 });
      return wrap(page, errors);
    },
    openPopup: async (forUrl) => wrap(await driver.openPopup(forUrl), []),
    storedRows: <T>(store: string) => driver.inExtension(readExtensionStore, { store, read: 'rows' }) as Promise<T[]>,
    close: () => driver.close(),
  };
}

async function launchChromium(): Promise<E2EBrowser> {
  const browser = await launchExtensionBrowser();
  return e2eBrowser('chromium', { ...browser, newPage: () => browser.context.newPage() });
}

async function launchFirefox(): Promise<E2EBrowser> {
  return e2eBrowser('firefox', await launchFirefoxExtension());
}

export function launchE2EBrowser(name: BrowserName): Promise<E2EBrowser> {
  return name === 'firefox' ? launchFirefox() : launchChromium();
}
