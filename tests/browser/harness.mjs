// harness.mjs: the browser tests' toolkit. Serves the built site, opens it in Debian's headless Chromium
// via playwright-core, and acts as a person does: finds an ImGui item by its label through window.evb,
// clicks its centre with the mouse, types with the keyboard, and saves screenshots in the build folder.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from '../../tools/serve.mjs';

export const kSiteDir = resolve(process.env.EVB_SITE_DIR || 'build/wasm/site');
export const kShotDir = resolve(process.env.EVB_SHOT_DIR || 'build/wasm/screenshots');

const kChromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// openPlayground starts a server and a browser, loads the page and waits for window.evb.ready.
export async function openPlayground({ dpr = 1, width = 1280, height = 800, path = '/' } = {}) {
  const server = await startServer(kSiteDir, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: kChromiumArgs });
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text() + ' @ ' + JSON.stringify(m.location())); });
  const url = `http://127.0.0.1:${server.address().port}${path}`;
  await page.goto(url);
  await page.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000 });
  const close = async () => { await browser.close(); server.close(); };
  return { page, browser, server, errors, url, close };
}

// settle waits until the page has drawn at least `frames` more frames.
export async function settle(page, frames = 3) {
  const start = await page.evaluate(() => window.evb.frames());
  await page.evaluate(() => window.evb.wake());
  await page.waitForFunction((n) => window.evb.frames() >= n, start + frames, { timeout: 10000 });
}

// findItem returns the ImGui item whose label is `label` (first match), or undefined.
export async function findItem(page, label) {
  const items = await page.evaluate(() => window.evb.items());
  return items.find((item) => item.label === label);
}

// clickItem moves the mouse to the centre of the item labelled `label` and clicks it.
export async function clickItem(page, label) {
  await settle(page);
  const item = await findItem(page, label);
  if (!item) throw new Error(`no item labelled "${label}" on screen`);
  const x = item.x + item.w / 2, y = item.y + item.h / 2;
  await page.mouse.move(x, y);
  await settle(page, 2);
  await page.mouse.down();
  await settle(page, 2);
  await page.mouse.up();
  await settle(page, 3);
  return item;
}

// typeText types text with the keyboard into whatever has focus, then lets the page draw.
export async function typeText(page, text) {
  await page.keyboard.type(text, { delay: 10 });
  await settle(page, 3);
}

// screenshot saves a PNG of the page as build/wasm/screenshots/NAME.png.
export async function screenshot(page, name) {
  mkdirSync(kShotDir, { recursive: true });
  await settle(page, 2);
  const path = join(kShotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
