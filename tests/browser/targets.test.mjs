// Rule targets other than a log group, by clicking: a Lambda function and another event bus added in the
// Targets tab, then an event put from the console reaches both — the function runs (its own log group
// gets the START/END/REPORT lines and its order lands in the tutorial's log group) and the second bus counts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, focusItem, fillItem, navigate, typeText, screenshot, waitForState } from './harness.mjs';

const kAccount = '123456789012';
const kFunctionGroup = '/aws/lambda/manual-order-function';
const kTutorialGroup = '/aws/events/manual-order-cw';

function bus(s, name) {
  return s.world.buses.find((b) => b.Name === name);
}

function storedEvents(s, groupName) {
  const group = s.world.logGroups.find((g) => g.logGroupName === groupName);
  return group ? group.storedEvents : 0;
}

test('targets: a Lambda function and an event bus added by clicking both receive the matched event', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await navigate(page, 'Function');
    await clickItem(page, 'Set up the tutorial');
    await waitForState(page, (st) => st.world.functions.length === 1);

    await navigate(page, 'Buses & rules');
    await fillItem(page, 'new bus name', 'audit-bus');
    await clickItem(page, 'Create bus');
    await fillItem(page, 'new bus name', 'orders');
    await clickItem(page, 'Create bus');
    let s = await waitForState(page, (st) => st.ui.buses.selected === 'orders');
    await fillItem(page, 'rule name', 'to-function');
    await fillItem(page, 'event pattern', '{"source": ["shop"]}');
    await clickItem(page, 'Create rule');
    await waitForState(page, (st) => bus(st, 'orders').Rules.length === 1);

    await clickItem(page, 'Targets (0)');
    await clickItem(page, 'Lambda function');
    await fillItem(page, 'target resource', 'manual-order-function');
    await clickItem(page, 'Add target', { scrollWithin: 'right column' });
    s = await waitForState(page, (st) => bus(st, 'orders').Rules[0].Targets.length === 1);
    assert.equal(bus(s, 'orders').Rules[0].Targets[0].Arn, `arn:aws:lambda:us-east-1:${kAccount}:function:manual-order-function`);

    await clickItem(page, 'Event bus', { scrollWithin: 'right column' });
    await fillItem(page, 'target resource', 'audit-bus', { scrollWithin: 'right column' });
    await clickItem(page, 'Add target', { scrollWithin: 'right column' });
    s = await waitForState(page, (st) => bus(st, 'orders').Rules[0].Targets.length === 2);
    assert.deepEqual(bus(s, 'orders').Rules[0].Targets.map((t) => t.Arn).sort(), [
      `arn:aws:events:us-east-1:${kAccount}:event-bus/audit-bus`,
      `arn:aws:lambda:us-east-1:${kAccount}:function:manual-order-function`]);
    assert.ok(s.console.some((l) => l.startsWith('aws events put-targets --rule to-function --event-bus-name orders')));
    await screenshot(page, 'targets-function-and-bus');

    const before = storedEvents(s, kFunctionGroup);
    await navigate(page, 'Console');
    await focusItem(page, 'console input');
    await typeText(page, `aws events put-events --entries '[{"Source":"shop","DetailType":"Order","Detail":"{}","EventBusName":"orders"}]'`);
    await page.keyboard.press('Enter');
    s = await waitForState(page, (st) => bus(st, 'audit-bus').metrics.eventsIn === 1 && storedEvents(st, kFunctionGroup) > before);
    assert.ok(s.console.some((l) => l.includes('"FailedEntryCount": 0')));
    assert.equal(bus(s, 'orders').metrics.matchedEvents, 1);
    assert.equal(storedEvents(s, kTutorialGroup), 1, 'the function ran and its order reached the tutorial log group');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
