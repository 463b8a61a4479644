// Buses and rules by clicking and typing: create, select and delete a bus (the default bus protected),
// copy its ARN to the system clipboard; write a rule's pattern in the monospace editor, see AWS's
// message marked at its line and column, insert an operator snippet, create, edit, disable, enable the rule,
// give it a log-group target with an input transformer, and delete it — each change echoed as `aws`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, fillItem, findItem, typeText, screenshot, state, waitForState } from './harness.mjs';

const kAccount = '123456789012';

function bus(s, name) {
  return s.world.buses.find((b) => b.Name === name);
}

test('buses: create, copy the ARN, delete; the default bus cannot be deleted', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    assert.equal(await findItem(page, 'Delete bus'), undefined, 'no Delete bus button for the default bus');
    await fillItem(page, 'new bus name', 'manual-order-bus');
    await clickItem(page, 'Create bus');
    let s = await waitForState(page, (st) => bus(st, 'manual-order-bus'));
    const arn = `arn:aws:events:us-east-1:${kAccount}:event-bus/manual-order-bus`;
    assert.equal(bus(s, 'manual-order-bus').Arn, arn);
    assert.equal(s.ui.buses.selected, 'manual-order-bus', 'the new bus is selected');
    assert.ok(s.console.includes('aws events create-event-bus --name manual-order-bus'), 'the change is echoed');

    await clickItem(page, 'Copy ARN');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), arn, 'the ARN is on the system clipboard');
    await screenshot(page, 'buses-created');

    await clickItem(page, 'Delete bus');
    s = await waitForState(page, (st) => !bus(st, 'manual-order-bus'));
    assert.ok(s.console.includes('aws events delete-event-bus --name manual-order-bus'));
    assert.equal(s.ui.buses.selected, 'default');

    await fillItem(page, 'new bus name', 'bad name!');
    await clickItem(page, 'Create bus');
    s = await waitForState(page, (st) => st.ui.buses.feedback && !st.ui.buses.feedback.ok);
    assert.match(s.ui.buses.feedback.text, /ValidationException/);
    await screenshot(page, 'buses-invalid-name');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('rules: live pattern validation with the place marked, snippets, create, disable, enable, targets, delete', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await fillItem(page, 'new bus name', 'orders');
    await clickItem(page, 'Create bus');
    await fillItem(page, 'rule name', 'big-orders');

    await fillItem(page, 'event pattern', '{\n"source": ["Order Service"],\n"detail": {"price": [{"numeric": [">" 50]}]}\n}');
    let s = await waitForState(page, (st) => st.ui.rules.problem);
    assert.match(s.ui.rules.problem.message, /^Event pattern is not valid\. Reason: /, 'AWS\'s own message');
    assert.equal(s.ui.rules.problem.line, 3, 'the problem is on line 3');
    assert.ok(s.ui.rules.problem.column > 20, `column ${s.ui.rules.problem.column} points into the numeric array`);
    await screenshot(page, 'rules-pattern-problem');

    await fillItem(page, 'event pattern', '{\n"source": [],\n"detail-type": ["New Order"]\n}');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await clickItem(page, 'prefix');
    s = await waitForState(page, (st) => st.ui.rules.pattern.includes('"source": [{"prefix": "order-"}]'));
    assert.equal(s.ui.rules.problem, null, 'the pattern with the snippet is valid');
    await screenshot(page, 'rules-snippet-inserted');

    await clickItem(page, 'Create rule');
    s = await waitForState(page, (st) => bus(st, 'orders').Rules.length === 1);
    const rule = bus(s, 'orders').Rules[0];
    assert.equal(rule.Name, 'big-orders');
    assert.equal(rule.State, 'ENABLED');
    assert.deepEqual(JSON.parse(rule.EventPattern), { source: [{ prefix: 'order-' }], 'detail-type': ['New Order'] });
    assert.ok(s.console.some((l) => l.startsWith('aws events put-rule --name big-orders')), 'put-rule echoed');

    await fillItem(page, 'event pattern', '{"source": [{"prefix": "order-"}], "detail-type": ["Big Order"]}');
    await clickItem(page, 'Save rule');
    s = await waitForState(page, (st) => JSON.parse(bus(st, 'orders').Rules[0].EventPattern)['detail-type'][0] === 'Big Order');
    assert.ok(s.console.some((l) => l.startsWith('aws events put-rule --name big-orders') && l.includes('Big Order')), 'the edit is echoed');

    await clickItem(page, 'Disable rule');
    s = await waitForState(page, (st) => bus(st, 'orders').Rules[0].State === 'DISABLED');
    assert.ok(s.console.includes('aws events disable-rule --name big-orders --event-bus-name orders'));
    await screenshot(page, 'rules-disabled');
    await clickItem(page, 'Enable rule');
    await waitForState(page, (st) => bus(st, 'orders').Rules[0].State === 'ENABLED');

    await clickItem(page, 'Targets (0)');
    await fillItem(page, 'target resource', '/aws/events/orders-log');
    await clickItem(page, 'Input transformer');
    await clickItem(page, 'Add target', { scrollWithin: 'right column' });
    s = await waitForState(page, (st) => bus(st, 'orders').Rules[0].Targets.length === 1);
    const target = bus(s, 'orders').Rules[0].Targets[0];
    assert.equal(target.Arn, `arn:aws:logs:us-east-1:${kAccount}:log-group:/aws/events/orders-log`);
    assert.equal(target.Id, 'orders-log');
    assert.equal(target.InputTransformer.InputTemplate, '"Order <order> costs <price>"');
    assert.ok(s.world.logGroups.some((g) => g.logGroupName === '/aws/events/orders-log'), 'the missing log group was created');
    assert.ok(s.console.includes('aws logs create-log-group --log-group-name /aws/events/orders-log'));
    await screenshot(page, 'rules-target-added');

    await clickItem(page, 'Delete rule', { scrollWithin: 'right column' });
    s = await waitForState(page, (st) => bus(st, 'orders').Rules.length === 0);
    assert.ok(s.console.some((l) => l.startsWith('aws events remove-targets --rule big-orders')), 'targets removed first');
    assert.ok(s.console.includes('aws events delete-rule --name big-orders --event-bus-name orders'));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
