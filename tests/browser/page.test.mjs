// The page loads as a real Dear ImGui app, shows the default bus from the core, and a bus created by
// clicking and typing appears in the world, in the UI and in screenshots at pixel ratios 1 and 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, findItem, typeText, screenshot, settle } from './harness.mjs';

for (const dpr of [1, 2]) {
  test(`page at devicePixelRatio ${dpr} shows the default bus and creates a bus by clicking`, async () => {
    const { page, errors, close } = await openPlayground({ dpr });
    try {
      const canvas = await page.evaluate(() => {
        const c = document.getElementById('canvas');
        return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
      });
      assert.equal(canvas.w, canvas.cssW * dpr, 'framebuffer width = CSS width x devicePixelRatio');
      assert.equal(canvas.h, canvas.cssH * dpr, 'framebuffer height = CSS height x devicePixelRatio');

      const arn = 'arn:aws:events:us-east-1:123456789012:event-bus/default';
      assert.ok(await findItem(page, 'Create bus'), 'the Create bus button is on screen');
      // ListEventBuses's shape, times included (AWS added CreationTime and LastModifiedTime to it); the
      // default bus exists from the world's start.
      const start = '2023-11-14T22:13:20+00:00';
      assert.deepEqual(await page.evaluate(() => window.evb.state().buses[0]),
        { Name: 'default', Arn: arn, CreationTime: start, LastModifiedTime: start });
      await screenshot(page, `page-dpr${dpr}`);

      await clickItem(page, 'new bus name');
      await typeText(page, 'orders');
      await clickItem(page, 'Create bus');
      const buses = await page.evaluate(() => window.evb.state().buses.map((b) => b.Name));
      assert.deepEqual(buses.sort(), ['default', 'orders']);
      await screenshot(page, `page-created-bus-dpr${dpr}`);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

test('the page stops drawing when idle', async () => {
  const { page, close } = await openPlayground();
  try {
    await settle(page, 1);
    // After the last input the loop draws a few more frames, then pauses; on a loaded machine those
    // frames come slower, so wait for a quiet second, then check that it stays quiet.
    let quiet = false;
    for (let attempt = 0; attempt < 10 && !quiet; ++attempt) {
      const before = await page.evaluate(() => window.evb.frames());
      await page.waitForTimeout(1000);
      quiet = before === await page.evaluate(() => window.evb.frames());
    }
    assert.ok(quiet, 'the loop pauses within 10 s of the last input');
    const before = await page.evaluate(() => window.evb.frames());
    await page.waitForTimeout(2000);
    assert.equal(await page.evaluate(() => window.evb.frames()), before, 'no frames are drawn while idle');
  } finally {
    await close();
  }
});

test('the canvas follows the window size', async () => {
  const { page, close } = await openPlayground({ dpr: 1 });
  try {
    await page.setViewportSize({ width: 900, height: 600 });
    await settle(page, 3);
    const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(size, [900, 600]);
    const header = await page.evaluate(() => window.evb.items().find((i) => i.label === 'Create bus'));
    assert.ok(header && header.x + header.w <= 900, 'items lie inside the resized window');
  } finally {
    await close();
  }
});

test('without WebGL2 the page explains itself instead of showing a blank canvas', async () => {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../../tools/serve.mjs');
  const { kSiteDir } = await import('./harness.mjs');
  const server = await startServer(kSiteDir, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const notice = page.locator('#notice');
    await notice.waitFor({ state: 'visible' });
    assert.match(await notice.innerText(), /WebGL2/);
  } finally {
    await browser.close();
    server.close();
  }
});
