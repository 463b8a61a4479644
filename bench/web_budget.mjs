// web_budget.mjs: the page's budgets, measured in this machine's headless Chromium and printed (run by
// hand, not by the tests): first frame after navigation (goal < 1 s), the page's total transfer when
// gzip-compressed (goal <= 1.5 MB), CPU while idle (goal near zero), and frame times while scrolling the
// logs with 1,000 fired orders in them.
//   node bench/web_budget.mjs [site dir, default build/wasm/site]
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { startServer } from '../tools/serve.mjs';

const kSiteDir = resolve(process.argv[2] || process.env.EVB_SITE_DIR || 'build/wasm/site');
const kArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const kWidth = 1280, kHeight = 800;

function verdict(ok) { return ok ? 'ok  ' : 'OVER'; }

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function openPage(browser, url, bodies) {
  const page = await browser.newPage({ viewport: { width: kWidth, height: kHeight } });
  if (bodies) page.on('response', async (r) => { try { bodies.push({ url: r.url(), body: await r.body() }); } catch { /* redirects */ } });
  await page.goto(url);
  await page.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 60000 });
  return page;
}

async function firstFrame(browser, url) {
  const times = [];
  for (let i = 0; i < 3; ++i) {
    const page = await openPage(browser, url);
    times.push(await page.evaluate(() => window.evb.firstFrameMs));
    await page.close();
  }
  return times;
}

async function transfer(browser, url) {
  const bodies = [];
  const page = await openPage(browser, url, bodies);
  await page.waitForTimeout(500);
  await page.close();
  return bodies.map(({ url: u, body }) => ({ name: u.split('/').pop() || 'index.html', raw: body.length, gzip: gzipSync(body, { level: 9 }).length }));
}

async function idleCpu(browser, url) {
  const page = await openPage(browser, url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.waitForTimeout(2000);
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  const framesBefore = await page.evaluate(() => window.evb.frames());
  await page.waitForTimeout(5000);
  const after = await metric();
  const framesAfter = await page.evaluate(() => window.evb.frames());
  await page.close();
  return { cpu: (after.TaskDuration - before.TaskDuration) / (after.Timestamp - before.Timestamp), frames: framesAfter - framesBefore };
}

async function click(page, label) {
  const item = (await page.evaluate(() => window.evb.items())).find((i) => i.label === label);
  if (!item) throw new Error(`no item "${label}"`);
  await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
  await page.waitForTimeout(150);
}

async function busyFrames(browser, url) {
  const page = await openPage(browser, url);
  await page.evaluate(() => localStorage.clear());
  await click(page, 'Function');
  await click(page, 'Set up the tutorial');
  await click(page, 'times');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1000');
  const started = Date.now();
  await click(page, 'Invoke N times');
  await page.waitForFunction(() => window.evb.state().world.logGroups.some((g) => g.storedEvents >= 1000), null, { timeout: 120000 });
  const fireMs = Date.now() - started;
  await click(page, 'Logs');
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => window.evb.frames());
  await page.mouse.move(900, 250);
  for (let i = 0; i < 60; ++i) {
    await page.mouse.wheel(0, i < 30 ? -400 : 400);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(500);
  const drawn = (await page.evaluate(() => window.evb.frames())) - before;
  const times = (await page.evaluate(() => window.evb.frameTimes())).slice(-Math.min(drawn, 240));
  await page.close();
  return { fireMs, times };
}

const server = await startServer(kSiteDir, 0);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: kArgs });
const url = `http://127.0.0.1:${server.address().port}/`;
try {
  console.log(`EventBridge Playground budgets (${kSiteDir}, headless Chromium, SwiftShader, ${kWidth}x${kHeight})`);
  const first = await firstFrame(browser, url);
  const best = Math.min(...first);
  console.log(`${verdict(best < 1000)} first frame after navigation: ${first.map((t) => t.toFixed(0)).join(', ')} ms (goal < 1000 ms)`);

  const files = await transfer(browser, url);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`${verdict(total <= 1.5e6)} transfer, gzip -9: ${(total / 1e6).toFixed(2)} MB (goal <= 1.5 MB)`);
  for (const f of files) console.log(`       ${f.name.padEnd(16)} ${(f.raw / 1024).toFixed(0).padStart(6)} KiB raw  ${(f.gzip / 1024).toFixed(0).padStart(6)} KiB gzip`);

  const idle = await idleCpu(browser, url);
  console.log(`${verdict(idle.cpu < 0.01)} idle: ${(idle.cpu * 100).toFixed(2)}% of a core, ${idle.frames} frames drawn in 5 s (goal near 0)`);

  const busy = await busyFrames(browser, url);
  const avg = busy.times.reduce((a, b) => a + b, 0) / Math.max(1, busy.times.length);
  console.log(`       1,000 orders fired in ${busy.fireMs} ms (one Invoke N times click)`);
  console.log(`${verdict(percentile(busy.times, 0.95) < 16.7)} frames while scrolling 1,000 logged events: ${busy.times.length} frames, ` +
    `mean ${avg.toFixed(1)} ms, p95 ${percentile(busy.times, 0.95).toFixed(1)} ms, max ${Math.max(...busy.times).toFixed(1)} ms (goal p95 < 16.7 ms)`);
} finally {
  await browser.close();
  server.close();
}
