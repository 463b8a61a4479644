// The console: the shell in the page, typed into as a person types — a command and its output, tab
// completion, history with the arrow keys, a continued line — and every change made with the mouse
// echoed there as its `aws` line, undoable from the top bar and with Ctrl+Z.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, focusItem, fillItem, navigate, screenshot, settle, state, typeText, waitForState } from './harness.mjs';

test('console: commands, output, tab completion, history, continuation', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await navigate(page, 'Console');
    await focusItem(page, 'console input');
    await typeText(page, 'aws events list-event-buses');
    await page.keyboard.press('Enter');
    let s = await waitForState(page, (st) => st.console.some((l) => l.includes('"EventBuses": [')));
    assert.ok(s.console.includes('$ aws events list-event-buses'));

    await typeText(page, 'aws events create-ev');
    await page.keyboard.press('Tab');
    s = await waitForState(page, (st) => st.ui.console.input === 'aws events create-event-bus ');
    await typeText(page, '--name typed-bus');
    await page.keyboard.press('Enter');
    s = await waitForState(page, (st) => st.world.buses.some((b) => b.Name === 'typed-bus'));
    assert.ok(s.console.some((l) => l.includes('"EventBusArn": "arn:aws:events:us-east-1:123456789012:event-bus/typed-bus"')));

    await page.keyboard.press('ArrowUp');
    s = await waitForState(page, (st) => st.ui.console.input === 'aws events create-event-bus --name typed-bus');
    await page.keyboard.press('ArrowUp');
    s = await waitForState(page, (st) => st.ui.console.input === 'aws events list-event-buses');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    s = await waitForState(page, (st) => st.ui.console.input === '');

    await typeText(page, 'aws events describe-event-bus \\');
    await page.keyboard.press('Enter');
    s = await waitForState(page, (st) => st.ui.console.pending !== '');
    await typeText(page, '--name typed-bus');
    await page.keyboard.press('Enter');
    s = await waitForState(page, (st) => st.ui.console.pending === '' && st.console.some((l) => l.includes('"Name": "typed-bus"')));

    // A quick typist's next line starts in the same frame as Enter: no character may be lost.
    await page.keyboard.type('aws events list-rules');
    await page.keyboard.press('Enter');
    await page.keyboard.type('aws events describe-rule');
    s = await waitForState(page, (st) => st.ui.console.input === 'aws events describe-rule');
    assert.ok(s.console.includes('$ aws events list-rules'));
    await page.keyboard.press('Escape');

    await typeText(page, 'aws events delete-event-bus --name default');
    await page.keyboard.press('Enter');
    s = await waitForState(page, (st) => st.console.some((l) => l.startsWith('An error occurred')));
    await screenshot(page, 'console-session');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('console: mouse changes are echoed as aws lines; undo and redo from the top bar and the keyboard', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await fillItem(page, 'new bus name', 'first');
    await clickItem(page, 'Create bus');
    await fillItem(page, 'new bus name', 'second');
    await clickItem(page, 'Create bus');
    let s = await waitForState(page, (st) => st.world.buses.length === 3);
    assert.ok(s.console.includes('aws events create-event-bus --name first'));
    assert.ok(s.console.includes('aws events create-event-bus --name second'));
    assert.equal(s.canUndo, true);

    await clickItem(page, '\u21B6 Undo');
    s = await waitForState(page, (st) => st.world.buses.length === 2);
    assert.deepEqual(s.world.buses.map((b) => b.Name), ['default', 'first']);
    assert.ok(s.console.includes('# undone: aws events create-event-bus --name second'));
    await screenshot(page, 'console-undone');

    await clickItem(page, '\u21B7 Redo');
    s = await waitForState(page, (st) => st.world.buses.length === 3);

    await clickItem(page, 'Flow', { within: 'sidebar' });
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    s = await waitForState(page, (st) => st.world.buses.length === 1);
    assert.equal(s.canUndo, false);
    await page.keyboard.press('Control+Shift+Z');
    s = await waitForState(page, (st) => st.world.buses.length === 2);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
