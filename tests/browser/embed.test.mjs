// Embeds: a blog page (site/blog-sample.html) with two embeds that start only when seen, driven through
// the postMessage API (load, run, fire, results, delivery notices), hostile messages answered with AWS-style
// errors, a read-only embed, "Copy embed snippet" and "Open in full playground" carrying the world.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { join } from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { kSiteDir, kShotDir, openPlayground, clickItem, navigate, state, waitForState } from './harness.mjs';

const kChromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

async function openHost(path) {
  const server = await startServer(kSiteDir, 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: kChromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
  return { page, context, errors, close: async () => { await browser.close(); server.close(); } };
}

// withoutRevision drops the change counter, which restarts when a world is loaded.
function withoutRevision(world) {
  const { revision, ...rest } = world;
  return rest;
}

async function frameOf(page, id) {
  return (await page.$(`#${id}`)).contentFrame();
}

async function waitForBlog(page, pattern) {
  await page.waitForFunction((p) => window.blogLog.some((l) => new RegExp(p).test(l)), pattern.source, { timeout: 15000 });
}

test('embed: a blog page with two embeds, each starting when seen, driven through the postMessage API', async () => {
  const { page, errors, close } = await openHost('/blog-sample.html');
  try {
    const first = await frameOf(page, 'first');
    await first.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
    const second = await frameOf(page, 'second');
    assert.equal(await second.evaluate(() => window.evbStarted()), false, 'the embed below the fold has not started');
    assert.equal(await second.evaluate(() => typeof window.createEvbModule), 'undefined', 'nor loaded the wasm');

    let s = await first.evaluate(() => window.evb.state());
    assert.equal(s.embedded, true);
    assert.ok(s.world.buses[0].Rules.some((r) => r.Name === 'internal-logins'), 'the scenario from the URL is loaded');

    await page.click('#fire-inside');
    await waitForBlog(page, /fired 10\.0\.0\.42: matched default\/internal-logins/);
    await waitForBlog(page, /delivered: rule internal-logins → arn:aws:logs:us-east-1:123456789012:log-group:\/aws\/events\/internal-logins/);
    await page.click('#fire-outside');
    await waitForBlog(page, /fired 203\.0\.113\.9: no rule matched/);
    await page.click('#read');
    await waitForBlog(page, /log group holds 1 event\(s\)/);
    await page.screenshot({ path: join(kShotDir, 'embed-blog.png') });

    // The API from the host page: run a command line, results, load another scenario.
    const run = await page.evaluate(() => window.blogEmbeds.first.run('aws events list-rules --query "Rules[].Name" --output text'));
    assert.equal(run.out.trim(), 'internal-logins');
    const results = await page.evaluate(() => window.blogEmbeds.first.results());
    assert.equal(results.logGroups['/aws/events/internal-logins'][0].detail.sourceIp, '10.0.0.42',
      'the log event is the full EventBridge envelope');
    const loaded = await page.evaluate(() => window.blogEmbeds.first.load('numeric-ranges'));
    assert.equal(loaded.ok, true);

    // Hostile or malformed messages get AWS-style errors, and the embed keeps working.
    const failures = await page.evaluate(async () => {
      const e = window.blogEmbeds.first;
      const out = [];
      for (const message of [{ type: 'nope' }, { type: 'fire', event: 'x' }, { type: 'run', line: 42 },
        { type: 'run', line: 'x'.repeat(70000) }, { type: 'load', scenario: { format: 'evb-example' } },
        { type: 'load', scenario: '../../etc/passwd' }, { type: 'fire', event: { Source: 'a', Detail: '{not json' } }]) {
        out.push(await e.send(message).then((r) => 'ok ' + JSON.stringify(r), (err) => `${err.code}: ${err.message}`));
      }
      window.frames[0].postMessage({ evb: 1, id: 'x', type: 'run', line: { toString: null } }, '*');
      window.frames[0].postMessage('garbage', '*');
      return out;
    });
    assert.match(failures[0], /^ValidationException: Unknown message type 'nope'/);
    assert.match(failures[1], /^ValidationException: fire needs "event"/);
    assert.match(failures[2], /^ValidationException: run needs "line"/);
    assert.match(failures[3], /^ValidationException: The command line is longer/);
    assert.match(failures[4], /^ValidationException: The scenario is not valid/);
    assert.match(failures[5], /^ResourceNotFoundException: There is no example or exercise named/);
    assert.doesNotMatch(failures[6], /^ok/);
    s = await first.evaluate(() => window.evb.state());
    assert.ok(s.world.buses[0].Rules.length > 0, 'the embed still works');

    // Scrolling down starts the second, read-only, light embed.
    await page.$eval('#second', (el) => el.scrollIntoView());
    await second.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
    s = await second.evaluate(() => window.evb.state());
    assert.equal(s.readOnly, true);
    assert.equal(s.dark, false, 'theme=light');
    const refused = await second.evaluate(() => window.evb.exec('aws events delete-rule --name big-orders'));
    assert.match(refused.err, /read-only/);
    const fired = await page.evaluate(() => window.blogEmbeds.second.fire({ Source: 'shop', DetailType: 'Order', Detail: { price: 500 } }));
    assert.equal(fired.ok, true, 'a read-only embed still fires events');
    await page.screenshot({ path: join(kShotDir, 'embed-blog-second.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('embed: "Copy embed snippet" makes an iframe of this world; "Open in full playground" carries it back', async () => {
  const { page, context, errors, close } = await openPlayground();
  try {
    for (const line of ['aws events create-event-bus --name orders',
      `aws events put-rule --name big --event-bus-name orders --event-pattern '{"detail":{"price":[{"numeric":[">",100]}]}}'`]) {
      await page.evaluate((l) => window.evb.exec(l), line);
    }
    const world = (await state(page)).world;
    await navigate(page, 'Share & embed');
    await clickItem(page, 'Read-only (readers fire events but cannot change resources)');
    await clickItem(page, 'Copy embed snippet');
    const s = await waitForState(page, (st) => st.share.snippet);
    const snippet = s.share.snippet;
    assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed-frame\.html\?panels=rules,logs,sandbox,console&readonly=1&height=520#evb1=[A-Za-z0-9_-]+" title="EventBridge Playground" width="100%" height="520" loading="lazy"/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

    // The snippet in a page of its own.
    const host = await context.newPage();
    await host.setContent(`<!doctype html><body style="margin:0">${snippet}</body>`);
    const frame = await (await host.$('iframe')).contentFrame();
    await frame.waitForFunction(() => window.evb && window.evb.ready && window.evb.state().world.buses.length === 2,
      null, { timeout: 30000, polling: 100 });
    const embedded = await frame.evaluate(() => window.evb.state());
    assert.deepEqual(withoutRevision(embedded.world), withoutRevision(world), 'the embed shows this world');
    assert.equal(embedded.readOnly, true);
    await host.screenshot({ path: join(kShotDir, 'embed-snippet.png') });

    // "Open in full playground" from inside the embed, by clicking it.
    const box = await (await host.$('iframe')).boundingBox();
    const button = (await frame.evaluate(() => window.evb.items())).find((i) => i.label === 'Open in full playground');
    assert.ok(button, 'the embed offers Open in full playground');
    const opened = context.waitForEvent('page');
    await host.mouse.click(box.x + button.x + button.w / 2, box.y + button.y + button.h / 2);
    const full = await opened;
    await full.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
    await full.waitForFunction(() => window.evb.state().world.buses.length === 2, null, { timeout: 10000, polling: 100 });
    const fullState = await full.evaluate(() => window.evb.state());
    assert.deepEqual(withoutRevision(fullState.world), withoutRevision(world), 'the full playground opens with the embed\'s world');
    assert.equal(fullState.embedded, false);
    assert.match(full.url(), /\/index\.html$/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
