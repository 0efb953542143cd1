/**
 * Real Firefox (Debian's firefox-esr), with the built Firefox extension installed, driven by
 * puppeteer-core over WebDriver BiDi. puppeteer-core never downloads a browser. Platform
 * addresses are served from fixtures by request interception on every page; every other
 * request is refused, so nothing ever reaches a real platform.
 *
 * Two Firefox specifics: the extension's pages live at moz-extension://<uuid>/, where the uuid
 * is random per profile unless fixed by the `extensions.webextensions.uuids` preference; and
 * BiDi refuses to navigate to moz-extension:// without `--remote-allow-system-access`, and may
 * never report such a navigation as loaded, so callers wait for content, not for the load.
 */
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { ROOT } from './browser';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// PERSONA_LENS_FIREFOX_EXTENSION_DIR: run against another Firefox build.
export const FIREFOX_EXTENSION_DIR = process.env.PERSONA_LENS_FIREFOX_EXTENSION_DIR ?? path.join(ROOT, '.output/firefox-mv3');
/** The gecko id in wxt.config.ts. */
const GECKO_ID = 'persona-lens@persona-lens.dev';
/** Fixed, so tests can address the extension's pages. */
export const FIREFOX_EXTENSION_UUID = '5b1f3c2a-8d4e-4f6a-9b7c-0e1d2f3a4b5c';
const ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

interface Route {
  url: string | RegExp;
  body: string;
  contentType: string;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  extensionOrigin: string;
  serve(url: string | RegExp, body: string, contentType?: string): Promise<void>;
  /** A new tab whose requests are answered from the served routes only. */
  newPage(): Promise<Page>;
  /** The popup as it shows for `forUrl`; resolves once the popup has rendered. */
  openPopup(forUrl?: string): Promise<Page>;
  /** Runs a function in an extension page (same IndexedDB as the background). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

function matches(route: Route, url: string): boolean {
  return typeof route.url === 'string' ? route.url === url : route.url.test(url);
}

/** Navigates without waiting for a load event BiDi may never send for moz-extension pages. */
async function gotoExtensionPage(page: Page, url: string, readySelector: string): Promise<void> {
  page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  // Polled by hand: while the document is being replaced, BiDi may fail an evaluation
  // outright (seen: "right-hand side of 'in' should be an object"); that is a retry, not an error.
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const ready = await page.evaluate(
        (prefix, selector) => location.href.startsWith(prefix) && document.querySelector(selector) !== null,
        url.split('?')[0]!,
        readySelector,
      );
      if (ready) return;
    } catch {
      // the document is changing; ask again
    }
    if (Date.now() > deadline) throw new Error(`${url}: ${readySelector} did not appear within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function launchFirefoxExtension(extensionDir = FIREFOX_EXTENSION_DIR): Promise<FirefoxExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }) },
  });
  await browser.installExtension(extensionDir);
  const routes: Route[] = [];

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      if (!/^https?:\/\//.test(url)) {
        void request.continue();
        return;
      }
      // Later routes take precedence, as in the Chromium helper.
      const route = [...routes].reverse().find((r) => matches(r, url));
      if (route) void request.respond({ status: 200, contentType: route.contentType, body: route.body });
      else void request.abort('blockedbyclient');
    });
    return page;
  };

  let extensionPage: Page | undefined;
  const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    if (!extensionPage || extensionPage.isClosed()) {
      extensionPage = await browser.newPage();
      // The dashboard is an extension page with a body to wait for; its own work does not matter here.
      await gotoExtensionPage(extensionPage, `${ORIGIN}/dashboard.html`, 'body *');
    }
    return extensionPage.evaluate(fn as never, arg as never) as Promise<R>;
  };

  return {
    browser,
    extensionOrigin: ORIGIN,
    async serve(url, body, contentType = 'text/html; charset=utf-8') {
      routes.push({ url, body, contentType });
    },
    newPage,
    async openPopup(forUrl) {
      const page = await browser.newPage();
      const query = forUrl ? `?url=${encodeURIComponent(forUrl)}` : '';
      await gotoExtensionPage(page, `${ORIGIN}/popup.html${query}`, '[data-testid^="state-"], [data-testid="profile-handle"]');
      return page;
    },
    inExtension,
    async close() {
      await browser.close();
    },
  };
}
