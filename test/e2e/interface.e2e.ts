/**
 * The interface, round 2: the ways people lost work or were told the wrong thing, each tried
 * the way a user meets it in the built extension (issue 17): saving a creator twice, deleting
 * a shortlist, a table wider than the screen, analytics imported table by table, and files
 * that are not what they claim.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KAI_BUILDS, LENA_TRAVELS, MIRA_RAILS } from '../fixtures/demo/sample-creators';
import { youtubeChannelPage } from '../fixtures/demo/youtube-pages';
import { axeViolations } from './axe';
import { launchExtensionBrowser, ROOT, type ExtensionBrowser } from './browser';

const ANALYTICS = path.join(ROOT, 'test/fixtures/analytics');
const CREATORS = [LENA_TRAVELS, KAI_BUILDS, MIRA_RAILS];
const LENA = 'https://www.youtube.com/@lenatravels';

let browser: ExtensionBrowser;

async function openDashboard(tab: string, width = 1280): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#${tab}`);
  return page;
}

async function entryOf(profileId: string): Promise<{ note: string; tags: string[]; status: string }[]> {
  return browser.inExtension(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('persona-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('shortlistEntries').objectStore('shortlistEntries').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { profileId: string; note: string; tags: string[]; status: string }[]).filter((e) => e.profileId === id).map(({ note, tags, status }) => ({ note, tags, status })));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    profileId,
  );
}

async function tempFile(name: string, body: string): Promise<string> {
  const file = path.join(tmpdir(), `persona-lens-${process.pid}-${name}`);
  await writeFile(file, body);
  return file;
}

beforeAll(async () => {
  await mkdir(path.join(ROOT, 'test-output'), { recursive: true });
  browser = await launchExtensionBrowser();
  const tab = await browser.context.newPage();
  for (const creator of CREATORS) {
    const url = `https://www.youtube.com/@${creator.handle}`;
    await browser.serve(url, youtubeChannelPage(creator));
    await tab.goto(url);
  }
  await tab.close();
  // Not expect.poll: this runs in beforeAll.
  for (let tries = 0; (await browser.storedCount('profiles')) < CREATORS.length; tries++) {
    if (tries > 300) throw new Error('the creators were not captured');
    await new Promise((r) => setTimeout(r, 100));
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe('a first run that leads to a sample', () => {
  it('opens the first-run page on install, saying what is read, what never is, and how to get a sample', async () => {
    const welcome = `chrome-extension://${browser.extensionId}/welcome.html`;
    await expect.poll(() => browser.context.pages().filter((p) => p.url() === welcome).length).toBe(1);
    const page = browser.context.pages().find((p) => p.url() === welcome)!;
    await expect.poll(() => page.getByTestId('welcome-steps').locator('li').count()).toBe(3);
    expect(await page.textContent('body')).toContain('What it never does');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a creator page without comments shows the sample meter and its next step', async () => {
    const popup = await browser.openPopup(LENA);
    await expect.poll(() => popup.getByTestId('sample-count').textContent()).toBe('0 commenters so far');
    expect(await popup.getByTestId('sample-confidence').textContent()).toBe('confidence: low');
    expect(await popup.getByTestId('sample-next').textContent()).toBe(
      'Next: open one of @lenatravels’s posts and scroll its comments; Persona Lens reads them as they load.',
    );
    // At the top of the report, before the creator card.
    const [meter, card] = await Promise.all([popup.getByTestId('sample-meter').boundingBox(), popup.locator('.creator-card').boundingBox()]);
    expect(meter!.y).toBeLessThan(card!.y);
    expect(await popup.getByTestId('posts-seen').locator('..').textContent()).toMatch(/ posts seen /);
    await popup.close();
  });

  it('the popup fits a 360 px window: fit scores are not cut off', async () => {
    const popup = await browser.openPopup(LENA);
    await popup.setViewportSize({ width: 360, height: 640 });
    await expect.poll(() => popup.getByTestId('fit-score').count()).toBeGreaterThan(0);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const box of await Promise.all((await popup.getByTestId('fit-score').all()).map((s) => s.boundingBox()))) {
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    await popup.close();
  });
});

describe('saving a creator who is already on a list', () => {
  it('says where they are, shows what is saved there, and saving again loses no note or tag', async () => {
    const popup = await browser.openPopup(LENA);
    await popup.getByTestId('save-to-shortlist').click();
    await popup.getByTestId('save-note').fill('Asked for rates');
    await popup.getByTestId('save-tags').fill('travel, rail');
    await popup.getByTestId('save-to-shortlist-confirm').click();
    await expect.poll(() => popup.getByTestId('save-status').textContent()).toContain('Saved to “My shortlist”');
    // Focus returns to the button that opened the form.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('save-to-shortlist');
    await popup.close();

    // Next time the popup opens, before anything is clicked.
    const again = await browser.openPopup(LENA);
    await expect.poll(() => again.getByTestId('already-in').textContent()).toBe('Already in: “My shortlist”');
    await again.getByTestId('save-to-shortlist').click();
    // The form takes the focus where it opens, and shows what is saved on that list.
    await expect.poll(() => again.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('shortlist-choice');
    expect(await again.getByTestId('save-note').inputValue()).toBe('Asked for rates');
    expect(await again.getByTestId('save-tags').inputValue()).toBe('travel, rail');
    // Escape closes the form without saving.
    await again.keyboard.press('Escape');
    await expect.poll(() => again.getByTestId('save-note').count()).toBe(0);
    await again.getByTestId('save-to-shortlist').click();
    await again.getByTestId('save-tags').fill('travel, rail, europe');
    await again.getByTestId('save-to-shortlist-confirm').click();
    await expect.poll(() => entryOf('youtube:lenatravels')).toEqual([{ note: 'Asked for rates', tags: ['travel', 'rail', 'europe'], status: 'candidate' }]);
    await again.close();

    // The dashboard's "Add to shortlist" on a creator already there keeps what was written.
    const dashboard = await openDashboard('shortlists');
    await dashboard.getByTestId('add-profile').fill(LENA);
    await dashboard.getByTestId('add-to-list').click();
    await expect.poll(() => dashboard.locator('[data-profile-id="youtube:lenatravels"]').getByTestId('entry-note').inputValue()).toBe('Asked for rates');
    expect(await entryOf('youtube:lenatravels')).toEqual([{ note: 'Asked for rates', tags: ['travel', 'rail', 'europe'], status: 'candidate' }]);
    await dashboard.close();
  });
});

describe('shortlists', () => {
  it('refuses a second list with the same name, saying why', async () => {
    const dashboard = await openDashboard('shortlists');
    await dashboard.getByTestId('new-list-name').fill('my SHORTLIST');
    await dashboard.getByTestId('create-list').click();
    await expect.poll(() => dashboard.getByTestId('lists-message').textContent()).toContain('A shortlist with this name already exists: choose another name');
    expect(await browser.storedCount('shortlists')).toBe(1);
    // A creator never captured: the way to get them in.
    await dashboard.getByTestId('add-profile').fill('https://www.youtube.com/@neverseen');
    await dashboard.getByTestId('add-to-list').click();
    await expect.poll(() => dashboard.getByTestId('lists-message').textContent()).toContain('open the creator’s profile on its platform in this browser');
    await dashboard.close();
  });

  it('fits the shortlist table on the screen at 1024 and 1280 pixels', async () => {
    const setup = await openDashboard('shortlists');
    for (const creator of [KAI_BUILDS, MIRA_RAILS]) {
      await setup.getByTestId('add-profile').fill(`https://www.youtube.com/@${creator.handle}`);
      await setup.getByTestId('add-to-list').click();
      await expect.poll(() => setup.locator(`[data-profile-id="youtube:${creator.handle}"]`).count()).toBe(1);
    }
    await setup.close();
    // A target persona, so the fit column shows its score and range.
    const personas = await openDashboard('personas');
    await personas.getByTestId('use-preset').click();
    await personas.getByTestId('save-persona').click();
    await expect.poll(() => personas.getByTestId('target-persona').count()).toBe(1);
    await personas.close();

    for (const width of [1024, 1280]) {
      const page = await openDashboard('shortlists', width);
      await expect.poll(() => page.getByTestId('entry-row').count()).toBe(3);
      const sizes = await page.evaluate(() => {
        const scroller = document.querySelector('.table-scroll')!;
        return { table: scroller.scrollWidth, area: scroller.clientWidth, page: document.documentElement.scrollWidth };
      });
      expect(sizes.table, `table at ${width} px`).toBeLessThanOrEqual(sizes.area);
      expect(sizes.page, `page at ${width} px`).toBeLessThanOrEqual(width);
      // The last column (remove) is on screen, not cut off.
      const remove = await page.getByRole('button', { name: /Remove @lenatravels/ }).boundingBox();
      expect(remove!.x + remove!.width).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(ROOT, 'test-output', `shortlist-${width}.png`) });
      await page.close();
    }
  });

  it('deleting a list clears the confirmation, offers Undo, and Undo brings back its entries, notes and tags', async () => {
    const dashboard = await openDashboard('shortlists');
    await expect.poll(() => dashboard.getByTestId('entry-row').count()).toBe(3);
    const del = dashboard.getByRole('button', { name: 'Delete shortlist' });
    await del.click();
    await expect.poll(() => dashboard.getByTestId('lists-message').textContent()).toContain('Click again to confirm');
    await del.click();
    await expect.poll(() => dashboard.getByTestId('lists-message').textContent()).toBe('Deleted “My shortlist”. · Undo');
    expect(await dashboard.getByRole('alert').count()).toBe(0);
    expect(await browser.storedCount('shortlistEntries')).toBe(0);

    await dashboard.getByTestId('undo').click();
    await expect.poll(() => dashboard.getByTestId('entry-row').count()).toBe(3);
    expect(await entryOf('youtube:lenatravels')).toEqual([{ note: 'Asked for rates', tags: ['travel', 'rail', 'europe'], status: 'candidate' }]);
    await dashboard.close();
  });

  it('a file that is not JSON is an error, not a green report', async () => {
    const dashboard = await openDashboard('shortlists');
    await dashboard.getByTestId('import-file').setInputFiles(await tempFile('notes.json', 'name,handle\nLena,lenatravels\n'));
    await dashboard.getByTestId('import-button').click();
    const report = dashboard.getByTestId('import-report');
    await expect.poll(() => report.textContent()).toContain('Nothing imported: the file is not JSON');
    expect(await report.getAttribute('role')).toBe('alert');
    expect(await report.getAttribute('class')).toContain('notice-error');
    await dashboard.close();
  });
});

describe('the target persona editor', () => {
  it('turns names into codes and warns before saving a value that can never match', async () => {
    const page = await openDashboard('personas');
    await page.getByTestId('persona-preset').selectOption('');
    await page.getByTestId('use-preset').click();
    await page.getByTestId('persona-name').fill('Hikers, German-speaking');
    await page.getByTestId('persona-languages').fill('German');
    await page.getByTestId('persona-regions').fill('Germany, Austria');
    await page.getByTestId('persona-interests').fill('hiking, sustainability');
    const before = await browser.storedCount('targetPersonas');
    await page.getByTestId('save-persona').click();
    const message = page.getByTestId('persona-message');
    await expect.poll(() => message.textContent()).toContain('can never match');
    expect(await message.textContent()).toContain('“hiking” (did you mean the interest “outdoors”?)');
    expect(await message.textContent()).toContain('“sustainability” is no interest Persona Lens recognises');
    // Names were turned into the codes the engine emits; nothing was saved yet.
    expect(await page.getByTestId('persona-languages').inputValue()).toBe('de');
    expect(await page.getByTestId('persona-regions').inputValue()).toBe('DE, AT');
    expect(await browser.storedCount('targetPersonas')).toBe(before);

    await page.getByTestId('persona-interests').fill('outdoors, travel');
    await page.getByTestId('save-persona').click();
    await expect.poll(() => message.textContent()).toContain('Saved');
    expect(await browser.storedCount('targetPersonas')).toBe(before + 1);
    // Stored as codes, summarised by their names in the UI language.
    expect(await page.getByTestId('target-persona').filter({ hasText: 'Hikers, German-speaking' }).textContent()).toContain(
      'German · Germany, Austria · Outdoors, Travel',
    );
    await page.close();
  });
});

describe('My audience', () => {
  it('adds YouTube Studio tables imported one by one, and a failed import keeps the last good result', async () => {
    const page = await openDashboard('audience');
    await page.getByTestId('own-profile-input').fill(LENA);
    await page.getByTestId('set-own').click();
    await expect.poll(() => page.getByTestId('own-profile').textContent()).toContain('@lenatravels');
    await page.getByTestId('analytics-kind').selectOption('youtube-studio');
    const result = page.getByTestId('analytics-result');

    await page.getByTestId('analytics-files').setInputFiles(path.join(ANALYTICS, 'youtube-studio-viewer-age.csv'));
    await page.getByTestId('import-analytics').click();
    await expect.poll(() => result.textContent()).toContain('25-34');
    await page.getByTestId('analytics-files').setInputFiles(path.join(ANALYTICS, 'youtube-studio-viewer-gender.csv'));
    await page.getByTestId('import-analytics').click();
    await expect.poll(() => result.textContent()).toContain('Women');
    // Age is still there after the gender import.
    expect(await result.textContent()).toContain('25-34');

    // An empty file says so and changes nothing.
    await page.getByTestId('analytics-files').setInputFiles(await tempFile('Table data.csv', ''));
    await page.getByTestId('import-analytics').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('is empty');
    // A file with nothing usable: an error, and the last good result stays on screen.
    await page.getByTestId('analytics-files').setInputFiles(await tempFile('Table data.csv', 'Something else,Views\nfoo,12\n'));
    await page.getByTestId('import-analytics').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Still showing your last import');
    expect(await result.textContent()).toContain('25-34');
    expect(await result.textContent()).toContain('Women');
    await page.reload();
    await expect.poll(() => page.getByTestId('analytics-result').textContent()).toContain('25-34');
    expect(await page.getByTestId('analytics-result').textContent()).toContain('Women');
    await page.close();
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('no serious or critical axe violation in any popup state or dashboard tab, %s', async (scheme) => {
    for (const [state, url] of [
      ['state-unsupported', 'https://www.youtube.com/results?search_query=travel'],
      ['state-empty', 'https://www.tiktok.com/@nobody'],
      ['report', LENA],
    ] as const) {
      const popup = await browser.openPopup(url);
      await popup.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => popup.getByTestId(state).count()).toBe(1);
      expect(await axeViolations(popup), `${state}, ${scheme}`).toEqual([]);
      await popup.close();
    }
    const dashboard = await openDashboard('shortlists');
    await dashboard.emulateMedia({ colorScheme: scheme });
    for (const tab of ['shortlists', 'personas', 'audience', 'data']) {
      await dashboard.getByTestId(`tab-${tab}`).click();
      await expect.poll(() => dashboard.getByTestId(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
      expect(await axeViolations(dashboard), `${tab}, ${scheme}`).toEqual([]);
    }
    await dashboard.close();
  });
});
