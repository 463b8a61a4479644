// The Function and Logs pages by clicking: the tutorial's function one click away, its role and
// policies, "Fire order" with the START / END / REPORT tail, invoking N times, editing the order
// template, the Python/boto3 equivalent (copied out of its read-only editor), and the order read back
// in the CloudWatch-style logs: groups, streams, events (a foldable JSON tree), filter, follow and copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, fillItem, findItem, navigate, screenshot, settle, state, waitForState } from './harness.mjs';

const kGroup = '/aws/events/manual-order-cw';

function group(s, name) {
  return s.world.logGroups.find((g) => g.logGroupName === name);
}

// copyPythonHandler selects the read-only Python equivalent and copies it out, as a person would.
async function copyPythonHandler(page, options = {}) {
  await clickItem(page, 'python handler', options);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await settle(page, 3);
  return page.evaluate(() => navigator.clipboard.readText());
}

test('function: the tutorial set-up, Fire order, invoke N times, edit the order, the Python equivalent', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await navigate(page, 'Function');
    await clickItem(page, 'Set up the tutorial');
    let s = await waitForState(page, (st) => st.world.functions.length === 1);
    assert.equal(s.world.functions[0].FunctionName, 'manual-order-function');
    const role = s.world.roles.find((r) => r.RoleName === 'myManualOrder-role-hcqiducd');
    assert.ok(role.AttachedPolicies.some((p) => p.PolicyName === 'AmazonEventBridgeFullAccess'));

    await clickItem(page, 'Fire order');
    s = await waitForState(page, (st) => st.ui.function.lastLog);
    assert.match(s.ui.function.lastLog, /^START RequestId: [0-9a-f-]{36} Version: \$LATEST\nEND RequestId: [0-9a-f-]{36}\nREPORT RequestId: [0-9a-f-]{36}\tDuration: /);
    assert.equal(s.ui.function.lastFailed, false);
    assert.equal(group(s, kGroup).storedEvents, 1, 'the order reached the log group');
    assert.ok(s.console.includes('aws lambda invoke --function-name manual-order-function --log-type Tail response.json'));
    await screenshot(page, 'function-fired');

    await fillItem(page, 'times', '25');
    await clickItem(page, 'Invoke N times');
    s = await waitForState(page, (st) => group(st, kGroup).storedEvents === 26);
    assert.match(s.ui.function.feedback.text, /25 times/);

    const python = await findItem(page, 'python handler');
    assert.equal(python.kind, 'input', 'the Python handler is a (read-only) text field');
    const code = await copyPythonHandler(page);
    assert.match(code, /^import json\nimport boto3\n/);
    assert.match(code, /event_bridge = boto3\.client\('events'\)/);
    assert.match(code, /'EventBusName': 'manual-order-bus'/);
    assert.match(code, /"address": "galaxy far far away"/);

    await fillItem(page, 'order detail', '{"orderNumber": "order-${seq}", "quantity": "${seq}", "price": 250}', { scrollWithin: 'right column' });
    await clickItem(page, 'Save function', { scrollWithin: 'right column' });
    await waitForState(page, (st) => st.world.functions[0].behavior.putEvents[0].Detail.price === 250);
    await clickItem(page, 'Fire order', { scrollWithin: 'right column' });
    s = await waitForState(page, (st) => group(st, kGroup).storedEvents === 27);
    const stream = group(s, kGroup).logStreams[0];
    const newest = JSON.parse(stream.events[stream.events.length - 1].message);
    // ${seq} is the invocation number: inside text it is text; a value that is only a placeholder keeps
    // its JSON type (function_behavior.hpp), so "${seq}" gives the number 27.
    assert.deepEqual(newest.detail, { orderNumber: 'order-27', quantity: 27, price: 250 });
    // The Python equivalent writes the placeholders as Python: the invocation counter, kept as a number.
    const edited = await copyPythonHandler(page, { scrollWithin: 'right column' });
    assert.match(edited, /"orderNumber": "order-" \+ str\(invocations\),\n/);
    assert.match(edited, /"quantity": invocations,\n/);
    assert.match(edited, /^invocations = 0/m);
    await screenshot(page, 'function-edited-template');

    await clickItem(page, 'Detach', { nth: 1 });
    await waitForState(page, (st) => st.world.roles[0].AttachedPolicies.length === 1);
    await clickItem(page, 'Fire order');
    s = await waitForState(page, (st) => /AccessDenied/.test(st.ui.function.lastLog + st.ui.function.lastPayload));
    assert.equal(group(s, kGroup).storedEvents, 27, 'without events:PutEvents the order is not delivered');
    await screenshot(page, 'function-access-denied');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('logs: groups, streams, events with timestamps, the event as JSON, filter, follow, copy', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await navigate(page, 'Function');
    await clickItem(page, 'Set up the tutorial');
    await clickItem(page, 'Fire order');
    await navigate(page, 'Logs');
    let s = await waitForState(page, (st) => st.ui.logs.selectedMessage);
    assert.equal(s.ui.logs.group, kGroup, 'the EventBridge target group opens first');
    const event = JSON.parse(s.ui.logs.selectedMessage);
    assert.deepEqual(Object.keys(event), ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    assert.equal(event.detail.customer.name, 'Jane Doe');
    await screenshot(page, 'logs-event');

    // The event is a foldable tree. Its rows carry no labels, so find the "detail" row as a person sees it:
    // the last top-level row, the one whose next row is indented further (its fields).
    const treeRows = async () => (await page.evaluate(() => window.evb.items()))
      .filter((i) => i.window.endsWith('event detail') || /event detail_[0-9A-F]+$/.test(i.window))
      .filter((i) => i.label === '' && i.h < 40);
    const rows = await treeRows();
    const detailRow = rows.findLast((row, k) => k + 1 < rows.length && rows[k + 1].x > row.x && k > 0);
    assert.ok(detailRow, 'the detail row is on screen');
    const clickRow = async (row) => {
      await page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
      await settle(page, 3);
    };
    await clickRow(detailRow);
    const folded = await treeRows();
    assert.ok(folded.length < rows.length, 'folding detail hides its fields');
    assert.ok(!folded.some((row) => row.y > detailRow.y && row.x > detailRow.x), 'no field of detail is left under it');
    await screenshot(page, 'logs-event-folded');
    await clickRow(detailRow);
    assert.equal((await treeRows()).length, rows.length, 'unfolding shows them again');

    await clickItem(page, 'Copy event');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), s.ui.logs.selectedMessage);

    await navigate(page, 'Function');
    await fillItem(page, 'times', '4');
    await clickItem(page, 'Invoke N times');
    await navigate(page, 'Logs');
    s = await waitForState(page, (st) => st.ui.logs.listed === 5);
    assert.equal(s.ui.logs.selected, 4, 'following: the newest event is selected');

    await fillItem(page, 'filter events', '{ $.detail.orderNumber = "123" }');
    s = await waitForState(page, (st) => st.ui.logs.filter !== '' && st.ui.logs.listed === 5);
    await fillItem(page, 'filter events', 'Jane');
    s = await waitForState(page, (st) => st.ui.logs.filter === 'Jane');
    assert.equal(s.ui.logs.listed, 5);
    await fillItem(page, 'filter events', 'nobody-here');
    s = await waitForState(page, (st) => st.ui.logs.filter === 'nobody-here');
    assert.equal(s.ui.logs.listed, 0);
    await screenshot(page, 'logs-filtered');

    await clickItem(page, '/aws/lambda/manual-order-function');
    s = await waitForState(page, (st) => st.ui.logs.group === '/aws/lambda/manual-order-function');
    assert.equal(s.ui.logs.filter, 'nobody-here');
    await fillItem(page, 'filter events', '');
    s = await waitForState(page, (st) => st.ui.logs.selectedMessage && /^REPORT RequestId/.test(st.ui.logs.selectedMessage));
    await screenshot(page, 'logs-lambda-group');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
