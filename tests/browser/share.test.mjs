// Share links: the world travels in the URL fragment, compressed by the browser's CompressionStream
// (#evb1=...), and comes back exactly in a fresh browser; the user's own world stays one Undo away; a world
// too big for a link gets a clear message and a file download; damaged links and links of an unknown
// (newer) format are named, never fatal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPlayground, clickItem, navigate, screenshot, state, waitForState } from './harness.mjs';

const kSetup = [
  'aws events create-event-bus --name manual-order-bus',
  `aws events put-rule --name manual-order-rule --event-pattern '{"source":["Order Service"]}' --event-bus-name manual-order-bus`,
  'aws logs create-log-group --log-group-name /aws/events/manual-order-cw',
  'aws events put-targets --rule manual-order-rule --event-bus-name manual-order-bus --targets Id=cw,Arn=arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/manual-order-cw',
  `aws events put-events --entries '[{"Source":"Order Service","DetailType":"New Order","Detail":"{\\"price\\":250}","EventBusName":"manual-order-bus"}]'`,
];

// withoutRevision drops the change counter, which restarts when a world is loaded.
function withoutRevision(world) {
  const { revision, ...rest } = world;
  return rest;
}

async function run(page, lines) {
  for (const line of lines) {
    const result = await page.evaluate((l) => window.evb.exec(l), line);
    assert.equal(result.exit_code, 0, `${line}: ${result.err}`);
  }
}

test('share link: the world round-trips through the URL fragment into a fresh browser, exactly', async () => {
  const sender = await openPlayground();
  let link, world;
  try {
    await run(sender.page, kSetup);
    world = (await state(sender.page)).world;
    await navigate(sender.page, 'Share & embed');
    await clickItem(sender.page, 'Copy share link');
    const s = await waitForState(sender.page, (st) => st.share.link);
    link = s.share.link;
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#evb1=[A-Za-z0-9_-]+$/, 'a versioned fragment, base64url');
    assert.ok(link.length < 4000, `the tutorial world makes a short link (${link.length} characters)`);
    assert.equal(await sender.page.evaluate(() => navigator.clipboard.readText()), link, 'the link is on the clipboard');
    assert.match(s.share.feedback, /Link copied/);
    await screenshot(sender.page, 'share-link');
    assert.deepEqual(sender.errors, []);
  } finally {
    await sender.close();
  }

  // A fresh browser (its own storage) with some work of its own opens the link.
  const receiver = await openPlayground({ path: link.replace(/^http:\/\/[^/]+/, '') });
  try {
    const s = await waitForState(receiver.page, (st) => st.world.buses.length === 2);
    assert.deepEqual(withoutRevision(s.world), withoutRevision(world), 'the world is restored exactly: resources, logs, clock, ids');
    assert.ok(s.console.some((l) => l.includes('opened a shared link')), 'the load is noted in the console');
    assert.equal(await receiver.page.evaluate(() => location.hash), '', 'the fragment is dropped once opened');
    assert.equal(s.canUndo, true, 'the world before the link is one Undo away');
    await screenshot(receiver.page, 'share-link-opened');
    assert.deepEqual(receiver.errors, []);
  } finally {
    await receiver.close();
  }
});

test('share link: only the resources; too big for a link gives a message and a file', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await run(page, kSetup.slice(0, 4));
    await navigate(page, 'Share & embed');
    await clickItem(page, 'Only the resources: buses, rules, targets, log groups, functions, roles');
    await clickItem(page, 'Copy share link');
    let s = await waitForState(page, (st) => st.share.link);
    const resources = s.exports.resources;
    const resourcesLink = s.share.link;

    // Incompressible log data makes the world too big for any link.
    const noise = await page.evaluate(() => {
      const bytes = crypto.getRandomValues(new Uint8Array(20000));
      return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    });
    await run(page, ['aws logs create-log-stream --log-group-name /aws/events/manual-order-cw --log-stream-name noise',
      `aws logs put-log-events --log-group-name /aws/events/manual-order-cw --log-stream-name noise --log-events timestamp=1700000000000,message=${noise}`]);
    await clickItem(page, 'Everything: resources, logs and the clock');
    await clickItem(page, 'Copy share link');
    s = await waitForState(page, (st) => st.share.tooBig);
    assert.match(s.share.feedback, /too big for a link: it would be \d+ characters long, and links over 16000/);
    await screenshot(page, 'share-too-big');
    const download = page.waitForEvent('download');
    await clickItem(page, 'Download world file');
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    assert.equal(file.format, 'evb-world', 'the download is the world file');

    // The resources-only link opens as those resources, each echoed as its aws line.
    const receiver = await openPlayground({ path: resourcesLink.replace(/^http:\/\/[^/]+/, '') });
    try {
      const r = await waitForState(receiver.page, (st) => st.world.buses.length === 2);
      assert.deepEqual(r.exports.resources, resources);
      assert.ok(r.console.some((l) => l.startsWith('aws events put-rule') && l.includes('manual-order-rule')));
      assert.deepEqual(receiver.errors, []);
    } finally {
      await receiver.close();
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('share link: a damaged link and a link of a newer format are named; the world is kept', async () => {
  for (const [fragment, message] of [['#evb1=AAAA-not-deflate', /The link is damaged/],
    ['#evb1=%%%', /The link is damaged/], ['#evb9=abc', /newer version of the playground \(link format 9\)/]]) {
    const { page, errors, close } = await openPlayground({ path: '/' + fragment });
    try {
      const s = await waitForState(page, (st) => st.share.openProblem);
      assert.match(s.share.openProblem, message);
      assert.equal(s.world.buses.length, 1, 'nothing was loaded');
      if (fragment.startsWith('#evb9')) await screenshot(page, 'share-link-newer');
      await clickItem(page, 'Close');
      await waitForState(page, (st) => !st.share.openProblem);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  }
});
