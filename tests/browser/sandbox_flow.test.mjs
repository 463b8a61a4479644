// The pattern sandbox and the flow view by clicking and typing: one pattern against events marked
// should-match / should-not-match, with the field-by-field reason; the diagram lighting the last
// event's path, unmatched rules saying why not, and a node opening its panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, focusItem, fillItem, navigate, screenshot, typeText, waitForState } from './harness.mjs';

test('sandbox: a pattern against should-match and should-not-match events, with the reason', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await navigate(page, 'Pattern sandbox');
    let s = await waitForState(page, (st) => st.ui.sandbox.summary === '2 of 2 events as expected');
    await screenshot(page, 'sandbox-start');

    await fillItem(page, 'sandbox pattern', '{"detail": {"price": [{"numeric": [">", 10]}]}}');
    s = await waitForState(page, (st) => st.ui.sandbox.summary === '1 of 2 events as expected');
    await clickItem(page, '\u2717 Event 2');
    await clickItem(page, 'should match', { nth: 1 });
    s = await waitForState(page, (st) => st.ui.sandbox.summary === '2 of 2 events as expected');

    await fillItem(page, 'sandbox pattern', '{"detail": {"price": [{"numeric": [">", 500]}]}}');
    await clickItem(page, '\u2717 Event 1');
    s = await waitForState(page, (st) => st.ui.sandbox.summary === '0 of 2 events as expected');
    assert.match(s.ui.sandbox.reason, /detail\.price/, 'the reason names the field that failed');
    await screenshot(page, 'sandbox-why-not');

    await fillItem(page, 'sandbox pattern', '{"detail": {"price": [{"numeric": [">", "x"]}]}}');
    s = await waitForState(page, (st) => st.ui.sandbox.summary === 'Fix the pattern to test the events.');
    await screenshot(page, 'sandbox-invalid-pattern');

    await clickItem(page, 'Add event');
    s = await waitForState(page, (st) => st.ui.sandbox.events === 3);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('flow: the last event lights its path; an unmatched rule says why not; a node opens its panel', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await navigate(page, 'Function');
    await clickItem(page, 'Set up the tutorial');
    await focusItem(page, 'console input');
    await typeText(page, `aws events put-rule --name pricey --event-bus-name manual-order-bus --event-pattern '{"detail":{"price":[{"numeric":[">",500]}]}}'`);
    await page.keyboard.press('Enter');
    await waitForState(page, (st) => st.world.buses.find((b) => b.Name === 'manual-order-bus').Rules.length === 2);
    await clickItem(page, 'Fire order');
    await navigate(page, 'Flow');
    let s = await waitForState(page, (st) => st.ui.flow.lastEvent !== '');
    const node = (title) => s.ui.flow.nodes.find((n) => n.title === title);
    assert.match(s.ui.flow.lastEvent, /^Order Service \/ New Order on manual-order-bus/);
    assert.equal(node('manual-order-bus').state, 'lit');
    assert.equal(node('manual-order-rule').state, 'lit');
    assert.equal(node('manual-order-cw').state, 'lit');
    assert.equal(node('manual-order-cw').note, '\u2713 delivered');
    assert.equal(node('pricey').state, 'unmatched');
    assert.match(node('pricey').note, /^\u2717 why not: .*detail\.price/);
    await screenshot(page, 'flow-last-event');

    await clickItem(page, 'Put a test event on a bus');
    await fillItem(page, 'put detail', '{"price": 900}');
    await clickItem(page, 'Put event');
    s = await waitForState(page, (st) => st.ui.flow.nodes.find((n) => n.title === 'pricey').state === 'lit');
    assert.equal(s.ui.flow.nodes.find((n) => n.title === 'manual-order-rule').state, 'lit');
    await screenshot(page, 'flow-put-event');

    await clickItem(page, 'pricey');
    s = await waitForState(page, (st) => st.view === 0);
    assert.equal(s.ui.rules.selected, 'pricey', 'clicking a rule opens it in the rule editor');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
