/**
 * Real Chromium (Debian's), with the built extension loaded, for end-to-end tests, the demo
 * and the benchmark. Platform addresses are served from fixtures by request routing; every
 * other request is refused, so nothing ever reaches a real platform.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { readExtensionStore } from './extension-store';

export const ROOT = path.resolve(import.meta.dirname, '../..');
// PERSONA_LENS_EXTENSION_DIR: run against another build (one made with a different outDir).
export const EXTENSION_DIR = process.env.PERSONA_LENS_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A freshly installed extension's worker evaluates its whole script before it answers; tests
 * and benchmarks start once it does, so that they measure the product, not the install.
 */
async function untilBackgroundAnswers(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/icon/16.png`);
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const chromeApi = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void } } }).chrome;
          const timer = setTimeout(() => resolve(false), 2_000);
          chromeApi.runtime.sendMessage({ id: 0, type: 'getReport', data: { url: null }, timestamp: Date.now() }, (r) => {
            clearTimeout(timer);
            resolve(r !== undefined);
          });
        }),
      undefined,
      { timeout: 60_000, polling: 500 },
    );
  } finally {
    await page.close();
  }
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker(): Promise<Worker>;
  /** Serves `body` at `url` (and only there) for every page in the context. */
  serve(url: string | RegExp, body: string, contentType?: string): Promise<void>;
  openPopup(forUrl?: string): Promise<Page>;
  /**
   * Runs a function in a page of the extension's own origin (same IndexedDB as the
   * background), for seeding and reading the database in tests. Unlike the service worker,
   * such a page outlives worker restarts.
   */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Rows in one of the background database's object stores, read with raw IndexedDB. */
  storedCount(store: string): Promise<number>;
  /** Primary keys of one of the background database's object stores. */
  storedKeys(store: string): Promise<string[]>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** The unpacked extension to load (default: the Chrome MV3 build in .output). */
  extensionDir?: string;
  /** Where the throw-away browser profile goes (default: the OS temp folder). */
  profileParent?: string;
  /** The browser's UI language ("pt-BR", "de"; needs Debian's chromium-l10n), which the extension's pages speak. */
  lang?: string;
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const userDataDir = await mkdtemp(path.join(options.profileParent ?? tmpdir(), 'persona-lens-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [...FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(options.lang ? [`--lang=${options.lang}`] : [])],
    // Chromium on Linux takes its UI language from LANGUAGE as well as from --lang.
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang.replace('-', '_') } } : {}),
  });
  // Refuse everything not served explicitly (routes added later take precedence).
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));

  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;
  await untilBackgroundAnswers(context, extensionId);

  let extensionPage: Page | undefined;
  const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    if (!extensionPage || extensionPage.isClosed()) {
      extensionPage = await context.newPage();
      await extensionPage.goto(`chrome-extension://${extensionId}/icon/16.png`);
    }
    return extensionPage.evaluate(fn as never, arg as never) as Promise<R>;
  };

  return {
    context,
    extensionId,
    serviceWorker,
    inExtension,
    async serve(url, body, contentType = 'text/html; charset=utf-8') {
      await context.route(url, (route) => route.fulfill({ status: 200, contentType, body }));
    },
    async openPopup(forUrl) {
      const page = await context.newPage();
      const query = forUrl ? `?url=${encodeURIComponent(forUrl)}` : '';
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    storedCount: (store) => inExtension(readExtensionStore, { store, read: 'count' }) as Promise<number>,
    storedKeys: async (store) => ((await inExtension(readExtensionStore, { store, read: 'keys' })) as IDBValidKey[]).map(String),
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
