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
// colorScheme emulates prefers-color-scheme; initScript runs in the page before the playground loads.
export async function openPlayground({ dpr = 1, width = 1280, height = 800, path = '/', colorScheme = 'dark',
  initScript } = {}) {
  const server = await startServer(kSiteDir, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: kChromiumArgs });
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, colorScheme });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${server.address().port}` });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text() + ' @ ' + JSON.stringify(m.location())); });
  const url = `http://127.0.0.1:${server.address().port}${path}`;
  await page.goto(url);
  const frame = await playgroundFrame(page);
  const close = async () => { await browser.close(); server.close(); };
  return { page, frame, context, browser, server, errors, url, close };
}

// playgroundFrame waits until the playground is ready in the page or in one of its frames (a host page
// that embeds it in an iframe has no window.evb of its own) and returns that frame.
export async function playgroundFrame(page, timeout = 30000) {
  const until = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.evaluate(() => !!(window.evb && window.evb.ready)).catch(() => false)) return frame;
    }
    if (Date.now() > until) throw new Error('the playground never became ready in any frame');
    await page.waitForTimeout(100);
  }
}

// settle waits until the page has drawn at least `frames` more frames.
export async function settle(page, frames = 3) {
  const start = await page.evaluate(() => window.evb.frames());
  await page.evaluate(() => window.evb.wake());
  await page.waitForFunction((n) => window.evb.frames() >= n, start + frames, { timeout: 10000, polling: 20 });
}

// findItem returns the visible ImGui item whose label is `label` (the first, or the nth with { nth }),
// optionally inside a window whose name contains { within }; undefined when there is none.
export async function findItem(page, label, { nth = 0, within } = {}) {
  const items = await page.evaluate(() => window.evb.items());
  return items.filter((item) => item.label === label && (!within || item.window.includes(within)))[nth];
}

// revealItem finds an item, scrolling with the mouse wheel over the window named by { scrollWithin }
// (a person scrolls down to find a button) when it is not in view yet.
export async function revealItem(page, label, options = {}) {
  for (let attempt = 0; attempt < 30; ++attempt) {
    const item = await findItem(page, label, options);
    if (item || !options.scrollWithin) return item;
    const items = await page.evaluate(() => window.evb.items());
    const anchor = items.find((i) => i.window.includes(options.scrollWithin));
    if (!anchor) return undefined;
    await page.mouse.move(anchor.x + anchor.w / 2, anchor.y + anchor.h / 2);
    await page.mouse.wheel(0, attempt < 15 ? 240 : -240);
    await settle(page, 3);
  }
  return undefined;
}

// steadyItem reveals an item and waits until it stays where it is for two reads a few frames apart: a
// window or section that just appeared lays out over its first frames, and a click aimed at where an item
// was a frame ago lands beside it.
export async function steadyItem(page, label, options = {}) {
  let item = await revealItem(page, label, options);
  for (let read = 0; item && read < 10; ++read) {
    await settle(page, 2);
    const now = await findItem(page, label, options);
    if (!now) break;
    const same = now.x === item.x && now.y === item.y && now.w === item.w && now.h === item.h;
    item = now;
    if (same) break;
  }
  return item;
}

// clickItem moves the mouse to the centre of the item labelled `label` and clicks it: move, press and
// release a few frames apart, as ImGui sees a person's click.
export async function clickItem(page, label, options = {}) {
  await settle(page);
  const item = await steadyItem(page, label, options);
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

// focusItem clicks a text field until ImGui reports it active (being typed into), so that no keystroke
// typed next is lost; it fails saying so when three clicks never focus it.
export async function focusItem(page, label, options = {}) {
  for (let attempt = 0; attempt < 3; ++attempt) {
    const item = await clickItem(page, label, options);
    const active = await page.waitForFunction((l) => window.evb.items().some((i) => i.label === l && i.active), label,
      { timeout: 3000, polling: 50 }).then(() => true, () => false);
    if (active) return item;
  }
  throw new Error(`the text field "${label}" never became active after three clicks`);
}

// typeText types text with the keyboard into whatever has focus, then lets the page draw.
export async function typeText(page, text) {
  await page.keyboard.type(text, { delay: 10 });
  await settle(page, 3);
}

// enterLine types a line into the focused field and presses Enter, as a person runs a console command.
export async function enterLine(page, line) {
  await typeText(page, line);
  await page.keyboard.press('Enter');
}

// fillItem focuses a text field, selects what it holds and types text over it, as a person would.
export async function fillItem(page, label, text, options = {}) {
  await focusItem(page, label, options);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await typeText(page, text);
}

// navigate clicks a page in the sidebar.
export async function navigate(page, label) {
  await clickItem(page, label, { within: 'sidebar' });
}

// state returns window.evb.state(): the world and what the panels show.
export async function state(page) {
  return page.evaluate(() => window.evb.state());
}

// waitForState waits until predicate(state) holds, letting the page draw meanwhile.
export async function waitForState(page, predicate, timeout = 10000) {
  const until = Date.now() + timeout;
  for (;;) {
    const current = await state(page);
    if (predicate(current)) return current;
    if (Date.now() > until) throw new Error('state never satisfied the condition: ' + JSON.stringify({ ui: current.ui, console: (current.console || []).slice(-12), world: current.world }).slice(0, 3000));
    await settle(page, 2);
  }
}

// screenshot saves a PNG of the page as build/wasm/screenshots/NAME.png.
export async function screenshot(page, name) {
  mkdirSync(kShotDir, { recursive: true });
  await settle(page, 2);
  const path = join(kShotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
