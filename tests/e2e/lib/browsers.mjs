// One small driver interface over Playwright (Chromium) and puppeteer (Firefox), so every
// scenario runs unchanged in both browsers. Both use the distribution's browsers only.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { IDS, registerForChromium, registerForFirefox, writeFirefoxPolicy } from './host.mjs';

const VIEWPORT = { width: 1100, height: 800 };
export const FIREFOX_UUID = '5ec0bd7a-7c1e-4f7e-9a3b-2d1e0a5c7f11';

export async function launchChromium({ extDir, dir, port, hostPath }) {
  const profile = join(dir, 'chromium-profile');
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  if (hostPath) registerForChromium(profile, hostPath);
  const rules = ['x.com', 'twitter.com', 'www.facebook.com'].map((h) => `MAP ${h}:443 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: VIEWPORT,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`, `--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30000 });
  const first = context.pages()[0] || await context.newPage();
  return {
    name: 'chromium',
    context,
    page: first,
    newPage: () => context.newPage(),
    siteUrl: (host, path) => `https://${host}${path}`,
    extUrl: (path) => `chrome-extension://${IDS.chromium}/${path}`,
    // How many analyze requests the background has sent to the host (its own counter).
    analysesSent: () => context.serviceWorkers()[0].evaluate(() => globalThis.SecondThought.client.stats.sent),
    waitFor: (page, fn, arg, timeout = 20000) => page.waitForFunction(fn, arg, { timeout, polling: 100 }),
    chord: (page, keys) => page.keyboard.press(keys.join('+')),
    close: () => context.close(),
  };
}

export async function launchFirefox({ extDir, dir, port, hostPath, policy }) {
  const home = join(dir, 'firefox-home');
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  if (hostPath) registerForFirefox(home, hostPath);
  if (policy) writeFirefoxPolicy(home, policy);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: VIEWPORT,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      // A fixed internal UUID, so the tests can open the extension's own pages.
      'extensions.webextensions.uuids': JSON.stringify({ [IDS.firefox]: FIREFOX_UUID }),
    },
    env: { ...process.env, HOME: home },
    dumpio: !!process.env.E2E_DUMPIO,
  });
  await browser.installExtension(extDir);
  const pages = await browser.pages();
  const first = pages[0] || await browser.newPage();
  return {
    name: 'firefox',
    browser,
    page: first,
    newPage: () => browser.newPage(),
    siteUrl: (host, path) => `https://${host}:${port}${path}`,
    extUrl: (path) => `moz-extension://${FIREFOX_UUID}/${path}`,
    waitFor: (page, fn, arg, timeout = 20000) => page.waitForFunction(fn, { timeout, polling: 100 }, arg),
    chord: async (page, keys) => {
      const mods = keys.slice(0, -1);
      for (const k of mods) await page.keyboard.down(k);
      await page.keyboard.press(keys[keys.length - 1]);
      for (const k of mods.reverse()) await page.keyboard.up(k);
    },
    close: () => browser.close(),
  };
}

export const launch = { chromium: launchChromium, firefox: launchFirefox };
