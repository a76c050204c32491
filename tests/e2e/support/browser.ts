import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { requireChromium } from './chromium';

export const ARTEFACTS = path.resolve(__dirname, '..', '..', '..', 'test-results', 'e2e');

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the options this machine and CI need, on a fresh profile. */
export async function openPreview(
  query = '',
  viewport = { width: 1440, height: 1000 },
  webview: Webview = {},
): Promise<Session> {
  return openPage(`${baseUrl()}preview.html${query}`, viewport, webview);
}

/** Makes Chromium pass for an older webview: its user agent, built-ins removed before load. */
export interface Webview {
  userAgent?: string;
  /** The browser's language, which the pane follows outside Office (`navigator.language`). */
  locale?: string;
  /** Runs in the page before any of its scripts. */
  initScript?: string;
}

export async function openPage(
  url: string,
  viewport = { width: 1440, height: 1000 },
  webview: Webview = {},
): Promise<Session> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    viewport,
    ...(webview.userAgent ? { userAgent: webview.userAgent } : {}),
    ...(webview.locale ? { locale: webview.locale } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  if (webview.initScript) await context.addInitScript(webview.initScript);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
    },
  };
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the end-to-end tests with `npm run test:e2e`.');
  return url;
}

/** Scrolls the sheet back to its top-left corner, as a person does before looking it over. */
export async function scrollSheetHome(page: Page): Promise<void> {
  await page.getByRole('grid').evaluate((grid) => grid.parentElement?.scrollTo(0, 0));
}

/** The pane and the sheet as the person sees them, kept as a test artefact. */
export async function snapshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTEFACTS, `${name}.png`) });
}

/** Requests that left this computer (anything but localhost, or data and blob URLs). */
export function offMachine(requests: string[]): string[] {
  return requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  });
}

/** Retries an assertion until it holds or the time is up, then throws its last failure. */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
