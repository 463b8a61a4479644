// Offline: the single-file build (one HTML file, wasm and scripts inside) runs from file:// with every
// network request refused, examples included; the served site, once visited, loads again with the
// server gone and the browser offline (its service worker serves the cached files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kSiteDir, kShotDir, openPlayground, clickItem, navigate, waitForState } from './harness.mjs';

const kChromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

test('offline: the single-file build works from file:// with no network', async () => {
  const file = join(kSiteDir, 'evb-playground.html');
  assert.ok(existsSync(file), 'the build writes evb-playground.html');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: kChromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const requests = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      requests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url()); });
    await page.goto('file://' + file);
    await page.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 60000, polling: 100 });
    const listed = await page.evaluate(() => window.evb.exec('aws events list-event-buses'));
    assert.equal(listed.exit_code, 0);
    await navigate(page, 'Examples');
    await clickItem(page, 'Load example');
    await waitForState(page, (st) => st.examples.loaded === 'tutorial' && st.world.buses.length === 2);
    await page.screenshot({ path: join(kShotDir, 'offline-single-file.png') });
    assert.deepEqual(requests, [], 'nothing asked the network');
    assert.deepEqual(errors, []);
    const size = statSync(file).size;
    console.log(`single file: ${(size / 1048576).toFixed(2)} MB`);
  } finally {
    await browser.close();
  }
});

test('offline: the served site loads again with the server gone and the browser offline', async () => {
  const { page, context, server, errors, close } = await openPlayground();
  try {
    await page.evaluate(() => window.evb.exec('aws events create-event-bus --name kept-offline'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload();
      await page.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
    }
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true, 'a service worker controls the page');
    server.closeAllConnections();
    server.close();
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
    const s = await page.evaluate(() => window.evb.state());
    assert.ok(s.world.buses.some((b) => b.Name === 'kept-offline'), 'the world kept in the browser is back');
    await navigate(page, 'Examples');
    await clickItem(page, 'Load example');
    await clickItem(page, 'Replace my world');
    await waitForState(page, (st) => st.examples.loaded === 'tutorial');
    await page.screenshot({ path: join(kShotDir, 'offline-served.png') });
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  } finally {
    await close();
  }
});
