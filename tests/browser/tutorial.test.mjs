// The seed tutorial, walked through by clicking and typing as its reader would: create the bus, the
// catch-all rule, the CloudWatch log-group target, the role with AmazonEventBridgeFullAccess, the
// function; invoke it; open the log stream; read the order in the event. A screenshot at each step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, fillItem, navigate, screenshot, waitForState } from './harness.mjs';

const kAccount = '123456789012';
const kOrder = {
  orderNumber: '123',
  productId: 'ISN123',
  price: 100,
  customer: { name: 'Jane Doe', customerId: '1', address: 'galaxy far far away' },
};

function bus(s) {
  return s.world.buses.find((b) => b.Name === 'manual-order-bus');
}

test('the seed tutorial, step by step, by clicking', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    // 1. create-event-bus --name manual-order-bus
    await fillItem(page, 'new bus name', 'manual-order-bus');
    await clickItem(page, 'Create bus');
    let s = await waitForState(page, (st) => bus(st));
    assert.equal(bus(s).Arn, `arn:aws:events:us-east-1:${kAccount}:event-bus/manual-order-bus`);
    await screenshot(page, 'tutorial-1-bus');

    // 2. put-rule --name manual-order-rule --event-pattern {"account":[...]} --state ENABLED
    await fillItem(page, 'rule name', 'manual-order-rule');
    await fillItem(page, 'event pattern', `{"account": ["${kAccount}"]}`);
    await clickItem(page, 'Create rule');
    s = await waitForState(page, (st) => bus(st).Rules.length === 1);
    assert.equal(bus(s).Rules[0].Arn, `arn:aws:events:us-east-1:${kAccount}:rule/manual-order-bus/manual-order-rule`);
    assert.equal(bus(s).Rules[0].State, 'ENABLED');
    await screenshot(page, 'tutorial-2-rule');

    // 3. the target: a new CloudWatch log group /aws/events/manual-order-cw
    await clickItem(page, 'Targets (0)');
    await fillItem(page, 'target resource', '/aws/events/manual-order-cw');
    await clickItem(page, 'Add target');
    s = await waitForState(page, (st) => bus(st).Rules[0].Targets.length === 1);
    assert.equal(bus(s).Rules[0].Targets[0].Arn, `arn:aws:logs:us-east-1:${kAccount}:log-group:/aws/events/manual-order-cw`);
    await screenshot(page, 'tutorial-3-target');

    // 4. the role, with AmazonEventBridgeFullAccess attached
    await navigate(page, 'Function');
    await clickItem(page, 'Create role');
    await clickItem(page, 'Attach policy');
    s = await waitForState(page, (st) => st.world.roles.length === 1 && st.world.roles[0].AttachedPolicies.length === 1);
    assert.equal(s.world.roles[0].RoleName, 'myManualOrder-role-hcqiducd');
    assert.equal(s.world.roles[0].AttachedPolicies[0].PolicyArn, 'arn:aws:iam::aws:policy/AmazonEventBridgeFullAccess');
    await screenshot(page, 'tutorial-4-role');

    // 5. create-function manual-order-function, whose handler puts the order on the bus
    await clickItem(page, 'Create function', { scrollWithin: 'right column' });
    s = await waitForState(page, (st) => st.world.functions.length === 1);
    assert.equal(s.world.functions[0].Role, `arn:aws:iam::${kAccount}:role/service-role/myManualOrder-role-hcqiducd`);
    await screenshot(page, 'tutorial-5-function');

    // 6. describe-log-streams is empty before the function runs
    await navigate(page, 'Logs');
    s = await waitForState(page, (st) => st.ui.logs.group === '/aws/events/manual-order-cw');
    assert.deepEqual(s.world.logGroups.find((g) => g.logGroupName === '/aws/events/manual-order-cw').logStreams, []);
    await screenshot(page, 'tutorial-6-no-streams');

    // 7. invoke: START / END / REPORT
    await navigate(page, 'Function');
    await clickItem(page, 'Fire order');
    s = await waitForState(page, (st) => st.ui.function.lastLog);
    assert.match(s.ui.function.lastLog, /^START RequestId: \S+ Version: \$LATEST\nEND RequestId: \S+\nREPORT RequestId: /);
    await screenshot(page, 'tutorial-7-invoked');

    // 8. the log stream holds the event: the full EventBridge envelope with the order as its detail
    await navigate(page, 'Logs');
    s = await waitForState(page, (st) => st.ui.logs.stream && st.ui.logs.selectedMessage);
    const event = JSON.parse(s.ui.logs.selectedMessage);
    assert.deepEqual(Object.keys(event), ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    assert.equal(event['detail-type'], 'New Order');
    assert.equal(event.source, 'Order Service');
    assert.equal(event.account, kAccount);
    assert.deepEqual(event.detail, kOrder);
    await screenshot(page, 'tutorial-8-order-in-log');

    for (const line of ['aws events create-event-bus --name manual-order-bus', 'aws iam create-role --role-name myManualOrder-role-hcqiducd']) {
      assert.ok(s.console.some((l) => l.startsWith(line)), `echoed: ${line}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
