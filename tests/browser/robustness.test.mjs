// Robustness of the page, tried as a person or a hostile page would: text of any size (typed, pasted,
// imported, linked), errors inside a call, pages that frame the playground and post to it, read-only
// embeds, links and ?scenario= arriving over the user's work, two tabs, and Undo across a reload. Nothing
// may bring the page down, hand the user's world to another page, or replace it without asking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kShotDir, openPlayground, playgroundFrame, clickItem, focusItem, navigate, screenshot, settle, state, waitForState } from './harness.mjs';

// ready opens path in a new page of context and waits for the playground.
async function ready(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
  return { page, errors };
}

async function exec(page, line) {
  return page.evaluate((l) => window.evb.exec(l), line);
}

// withOwnWork opens the playground where the user has made a bus of their own, "mine".
async function withOwnWork() {
  const opened = await openPlayground();
  assert.equal((await exec(opened.page, 'aws events create-event-bus --name mine')).exit_code, 0);
  return opened;
}

function busNames(s) {
  return s.world.buses.map((b) => b.Name).sort();
}

// answers posts message to the frame named id from the host page and returns the reply, or 'no answer'.
async function answers(host, id, message) {
  return host.evaluate(({ id, message }) => new Promise((done) => {
    const frame = document.getElementById(id).contentWindow;
    const reply = (e) => {
      if (e.source !== frame || !e.data || e.data.type !== 'reply' || e.data.id !== message.id) return;
      window.removeEventListener('message', reply);
      done(e.data);
    };
    window.addEventListener('message', reply);
    frame.postMessage(Object.assign({ evb: 1 }, message), '*');
    setTimeout(() => done('no answer'), 2500);
  }), { id, message });
}

test('robustness: the page survives text of any size, bytes that are not UTF-8 and errors inside a call', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    // 1.4 million characters used to be copied onto the 5 MB C stack and kill the page.
    let r = await exec(page, 'echo ' + 'a'.repeat(1400000));
    assert.equal(r.exit_code, 2);
    assert.match(r.err, /command line too long/);
    r = await exec(page, 'echo ' + 'b'.repeat(900000));
    assert.equal(r.exit_code, 0);
    assert.equal(r.out.length, 900001, 'a long line under the limit runs');
    let s = await state(page);
    assert.ok(s.console.some((l) => /^\$ echo b+ … \(\d+ more bytes not shown\)$/.test(l)), 'the console cuts it for the screen');

    // base64 -d making byte 0xFF threw a WebAssembly.Exception through the bridge.
    r = await exec(page, 'echo /w== | base64 -d');
    assert.equal(r.exit_code, 0);
    r = await exec(page, 'aws events create-event-bus --name after-ff');
    assert.equal(r.exit_code, 0, 'the page still answers');

    // 5 MB pasted into the console with Ctrl+V (its line takes 2 KB and refuses more), then a command.
    await navigate(page, 'Console');
    await page.evaluate(() => navigator.clipboard.writeText('echo ' + 'c'.repeat(5 << 20)));
    await focusItem(page, 'console input');
    await page.keyboard.press('Control+V');
    await settle(page, 3);
    await page.keyboard.type('aws events list-event-buses --query "length(EventBuses)"');
    await page.keyboard.press('Enter');
    s = await waitForState(page, (st) => st.console.includes('$ aws events list-event-buses --query "length(EventBuses)"'));
    await screenshot(page, 'robustness-console-5mb');

    // 5 MB pasted into the pattern editor.
    await navigate(page, 'Buses & rules');
    await page.evaluate(() => navigator.clipboard.writeText('{"source": ["' + 'd'.repeat(5 << 20) + '"]}'));
    await clickItem(page, 'event pattern');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    s = await waitForState(page, (st) => st.ui.rules.pattern.length > 5000000);
    await screenshot(page, 'robustness-pattern-5mb');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await settle(page, 3);

    // A 2 MB file opened for import.
    await navigate(page, 'Export & import');
    const dir = mkdtempSync(join(tmpdir(), 'evb-'));
    writeFileSync(join(dir, 'big.json'), JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Padding: 'e'.repeat(2 << 20), Resources: {} }));
    const chooser = page.waitForEvent('filechooser');
    await clickItem(page, 'Open file…');
    await (await chooser).setFiles(join(dir, 'big.json'));
    s = await waitForState(page, (st) => st.console.some((l) => l.includes('imported a CloudFormation template')) || (st.exports.outcome && st.exports.outcome.message));

    // An error that escapes a call in JavaScript (the engine's stack limit, say) is reported, and the page,
    // the stack and routing go on: events are delivered as before.
    const recovered = await page.evaluate(() => {
      const deep = '['.repeat(200000) + ']'.repeat(200000);
      const out = [];
      for (let i = 0; i < 10; ++i) {
        out.push(window.evb.exec(`aws events put-events --entries '[{"Source":"s","DetailType":"d","Detail":"{}","Resources":${deep}}]'`).exit_code);
      }
      return out;
    });
    assert.ok(recovered.every((code) => code !== 0), 'each deep request fails with an error answer');
    for (const line of ['aws logs create-log-group --log-group-name /aws/events/after',
      `aws events put-rule --name after --event-pattern '{"source":["after"]}'`,
      'aws events put-targets --rule after --targets Id=l,Arn=arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/after',
      `aws events put-events --entries '[{"Source":"after","DetailType":"d","Detail":"{}"}]'`]) {
      r = await exec(page, line);
      assert.equal(r.exit_code, 0, `${line}: ${r.err}`);
    }
    r = await exec(page, 'aws logs filter-log-events --log-group-name /aws/events/after --query "length(events)"');
    assert.equal(r.out.trim(), '1', 'after the failures events are still delivered');
    s = await state(page);
    assert.ok(s.world.buses.some((b) => b.Name === 'after-ff'));
    assert.ok(await page.evaluate(() => window.evb.frames()) > 0);
    await screenshot(page, 'robustness-after');

    // A short link that unpacks to 2 MB, and one that is damaged: named, never fatal, and gone from the
    // address bar, so a reload does not open them again.
    const link = await page.evaluate(async () => {
      const payload = JSON.stringify({ format: 'evb-share', version: 1, part: 'world',
        world: { format: 'evb-world', padding: 'f'.repeat(2 << 20) } });
      const stream = new Blob([payload]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      let text = '';
      for (const b of bytes) text += String.fromCharCode(b);
      return location.origin + '/#evb1=' + btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    });
    assert.ok(link.length < 8000, `a short link (${link.length} characters)`);
    for (const target of [link, link.slice(0, -40)]) {
      await page.goto('about:blank');  // else only the fragment changes, and the page does not load again
      await page.goto(target);
      await page.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
      s = await waitForState(page, (st) => st.share.openProblem !== '');
      assert.equal(await page.evaluate(() => location.hash), '', 'the link left the address bar');
      assert.ok(busNames(s).includes('after-ff'), 'the world is unchanged');
      await page.reload();
      await page.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
      s = await state(page);
      assert.equal(s.share.openProblem, '', 'a reload does not open it again');
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('robustness: links and ?scenario= ask before replacing the user\'s work; two tabs ask; Undo survives a reload', async () => {
  const { page, context, url, errors, close } = await withOwnWork();
  const origin = new URL(url).origin;
  try {

    // ?scenario= in another tab asks, and "Keep my world" keeps it.
    const scenario = await ready(context, origin + '/?scenario=cidr');
    let s = await waitForState(scenario.page, (st) => st.pendingWorld !== '');
    assert.match(s.pendingWorld, /^the example "/);
    assert.deepEqual(busNames(s), ['default', 'mine'], 'nothing is replaced while the page asks');
    await screenshot(scenario.page, 'robustness-scenario-asks');
    await clickItem(scenario.page, 'Keep my world');
    s = await waitForState(scenario.page, (st) => st.pendingWorld === '');
    assert.deepEqual(busNames(s), ['default', 'mine']);
    assert.deepEqual(scenario.errors, []);
    await scenario.page.close();

    // A share link of this world, opened in another tab after more work here: it asks, and opens.
    await navigate(page, 'Share & embed');
    await clickItem(page, 'Copy share link');
    const link = (await waitForState(page, (st) => st.share.link)).share.link;
    assert.equal((await exec(page, 'aws events create-event-bus --name mine2')).exit_code, 0);
    const other = await ready(context, link);
    s = await waitForState(other.page, (st) => st.pendingWorld !== '');
    assert.equal(s.pendingWorld, 'the world of a shared link');
    assert.deepEqual(busNames(s), ['default', 'mine', 'mine2']);
    await clickItem(other.page, 'Open it');
    s = await waitForState(other.page, (st) => st.pendingWorld === '' && st.world.buses.length === 2);
    assert.equal(s.canUndo, true);

    // Undo survives a reload: the work the link replaced comes back after it.
    await other.page.reload();
    await other.page.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
    s = await state(other.page);
    assert.deepEqual(busNames(s), ['default', 'mine']);
    assert.equal(s.canUndo, true, 'the undo history was kept with the world');
    await clickItem(other.page, '\u21B6 Undo');
    s = await waitForState(other.page, (st) => st.world.buses.length === 3);
    assert.deepEqual(busNames(s), ['default', 'mine', 'mine2']);
    assert.equal((await exec(other.page, 'aws events create-event-bus --name from-b')).exit_code, 0);

    // The first tab, unaware, changes its world: it asks instead of overwriting the other tab's save.
    assert.equal((await exec(page, 'aws events create-event-bus --name a-later')).exit_code, 0);
    s = await waitForState(page, (st) => st.saved === false);
    const kept = () => page.evaluate(() => JSON.parse(localStorage.getItem('evb-playground/world')));
    assert.ok(JSON.stringify(await kept()).includes('from-b'), 'the other tab\'s save is intact');
    await screenshot(page, 'robustness-other-tab');
    await clickItem(page, 'Load the other tab\'s world');
    s = await waitForState(page, (st) => st.world.buses.some((b) => b.Name === 'from-b'));
    assert.deepEqual(busNames(s), ['default', 'from-b', 'mine', 'mine2']);
    assert.equal(s.saved, true);
    await clickItem(page, '\u21B6 Undo');
    s = await waitForState(page, (st) => st.world.buses.some((b) => b.Name === 'a-later'));

    // And the other way round: the second tab's next change asks, and keeps its own world when told to.
    assert.equal((await exec(other.page, 'aws events create-event-bus --name b2')).exit_code, 0);
    await waitForState(other.page, (st) => st.saved === false);
    await clickItem(other.page, 'Keep this tab\'s world');
    await waitForState(other.page, (st) => st.saved === true);
    assert.ok(JSON.stringify(await kept()).includes('"b2"'), 'this tab\'s world is saved');
    assert.deepEqual(other.errors, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('robustness: a page that frames the playground gets nothing; embeds answer only allowed origins and stay read-only', async () => {
  const { page, context, url, errors, close } = await withOwnWork();
  const port = new URL(url).port;
  try {
    const saved = await page.evaluate(() => localStorage.getItem('evb-playground/world'));

    // Another origin (localhost is not 127.0.0.1) frames the full playground and two embeds.
    const host = await context.newPage();
    const warnings = [];
    host.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    host.on('pageerror', (e) => errors.push(String(e)));
    // Tall enough that all three frames are in view: Chromium stops drawing a frame of another site that is
    // out of view, and the read-only embed is clicked and typed into below.
    await host.setViewportSize({ width: 1280, height: 1340 });
    await host.goto(`http://localhost:${port}/embed.html`);
    const site = `http://127.0.0.1:${port}`;
    await host.setContent(`<!doctype html><body style="margin:0">
      <iframe id="full" src="${site}/index.html" width="900" height="420"></iframe>
      <iframe id="embed" src="${site}/embed-frame.html?scenario=cidr" width="900" height="420"></iframe>
      <iframe id="allowed" src="${site}/embed-frame.html?scenario=orders-by-price&panels=rules,console&readonly=1&origins=http://localhost:${port}"
        width="900" height="420"></iframe></body>`);
    const full = await playgroundFrame(host);
    assert.match(full.url(), /index\.html$/);

    // The full playground obeys no message: it neither reads nor replaces the world it shows (in a frame of
    // another site the browser gives it storage of its own, so not even the user's world is there).
    const shown = JSON.stringify((await full.evaluate(() => window.evb.state())).world);
    for (const message of [{ id: 1, type: 'state' }, { id: 2, type: 'results' }, { id: 3, type: 'load', scenario: 'cidr' },
      { id: 4, type: 'run', line: 'aws events delete-event-bus --name mine' }]) {
      assert.equal(await answers(host, 'full', message), 'no answer', JSON.stringify(message));
    }
    assert.equal(JSON.stringify((await full.evaluate(() => window.evb.state())).world), shown, 'the framed playground is unchanged');
    assert.equal(await page.evaluate(() => localStorage.getItem('evb-playground/world')), saved, 'the saved world is untouched');
    assert.ok(warnings.some((w) => w.includes(`ignored messages from http://localhost:${port}: the full playground`)), warnings.join('\n'));

    // An embed that names no origin answers only its own.
    assert.equal(await answers(host, 'embed', { id: 5, type: 'state' }), 'no answer');
    assert.ok(warnings.some((w) => w.includes('answers only its own origin')));

    // The embed that names this origin answers, with its own world only, and stays read-only whatever
    // the command line looks like.
    const world = await answers(host, 'allowed', { id: 6, type: 'state' });
    assert.equal(world.ok, true);
    assert.ok(!JSON.stringify(world).includes('"mine"'), 'the user\'s own world is not handed over');
    const buses = world.world.buses.length;
    let id = 10;
    for (const line of ['events create-event-bus --name x', 'aws events list-rules; aws events create-event-bus --name y',
      'aws events list-rules && aws events put-rule --name r --event-pattern \'{"source":["a"]}\'',
      'aws events describe-event-bus --name nope || aws events create-event-bus --name y',
      'echo hi | aws events create-event-bus --name y',
      `aws events create-event-bus --cli-input-json '{"Name":"z"}'`,
      'aws events delete-rule --name big-orders']) {
      const r = await answers(host, 'allowed', { id: ++id, type: 'run', line });
      assert.equal(r.ok, false, line);
      assert.match(r.err, /read-only/, line);
    }
    const fired = await answers(host, 'allowed', { id: ++id, type: 'fire', event: { Source: 'shop', DetailType: 'Order', Detail: { price: 500 } } });
    assert.equal(fired.ok, true, 'a read-only embed still fires events');
    const after = await answers(host, 'allowed', { id: ++id, type: 'state' });
    assert.equal(after.world.buses.length, buses);
    const rules = (w) => w.world.buses.flatMap((b) => (b.Rules || []).map((r) => `${r.Name} ${r.State} ${r.EventPattern}`));
    assert.deepEqual(rules(after), rules(world), 'the rules are as they were');

    // A reader typing a change into the read-only embed's console is refused too.
    const embedFrame = host.frames().find((f) => /origins=/.test(f.url()));
    await host.bringToFront();
    await embedFrame.waitForFunction(() => window.evb && window.evb.ready, null, { timeout: 30000, polling: 100 });
    const box = await (await host.$('#allowed')).boundingBox();
    // clickInEmbed clicks an item of the embed as clickItem does on a page: it lets the embed draw, reads
    // where the item is now (a window that just appeared lays out over its first frames), then moves,
    // presses and releases the mouse one frame apart.
    const clickInEmbed = async (label) => {
      await settle(embedFrame, 3);
      const item = (await embedFrame.evaluate(() => window.evb.items())).find((i) => i.label === label);
      assert.ok(item, `the embed shows "${label}"`);
      await host.mouse.move(box.x + item.x + item.w / 2, box.y + item.y + item.h / 2);
      await settle(embedFrame, 2);
      await host.mouse.down();
      await settle(embedFrame, 2);
      await host.mouse.up();
      await settle(embedFrame, 3);
    };
    await clickInEmbed('Console');
    await embedFrame.waitForFunction(() => window.evb.items().some((i) => i.label === 'console input'), null, { polling: 50 });
    await clickInEmbed('console input');
    await embedFrame.waitForFunction(() => window.evb.items().some((i) => i.label === 'console input' && i.active), null, { polling: 50 });
    const typed = 'events create-event-bus --name typed';
    await host.keyboard.type(typed, { delay: 10 });
    await embedFrame.waitForFunction((text) => window.evb.state().ui.console.input === text, typed, { polling: 50 });
    await host.keyboard.press('Enter');
    const refused = () => {
      const lines = window.evb.state().console;
      const typed = lines.lastIndexOf('$ events create-event-bus --name typed');
      return typed >= 0 && lines.slice(typed).some((l) => l.includes('(AccessDeniedException)'));
    };
    await embedFrame.waitForFunction(refused, null, { timeout: 10000, polling: 50 }).catch(async (e) => {
      // Say what the embed showed: the console's last lines and what its input field held.
      const shown = await embedFrame.evaluate(() => ({ tail: window.evb.state().console.slice(-6), ui: window.evb.state().ui }));
      throw new Error(`${e.message}\nthe embed showed: ${JSON.stringify(shown)}`);
    });
    assert.equal((await embedFrame.evaluate(() => window.evb.state())).world.buses.length, buses);
    await host.screenshot({ path: join(kShotDir, 'robustness-framed.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
