// Exercises: the first exercise solved by clicking — start it, change the rule's pattern in the rule
// editor, send a big order from the console — until every check passes and the list shows its check
// mark (kept across reloads); starting another exercise asks first and the solved world stays one Undo away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, focusItem, fillItem, navigate, screenshot, typeText, waitForState } from './harness.mjs';

const kExercise = '01-big-orders-only';

// bigOrdersOnly tells whether the exercise's rule now filters on a numeric price.
function bigOrdersOnly(st) {
  const bus = st.world.buses.find((b) => b.Name === 'manual-order-bus');
  const rule = bus && (bus.Rules || []).find((r) => r.Name === 'manual-order-rule');
  return !!rule && JSON.stringify(rule).includes('numeric');
}

test('exercises: the first exercise solved by clicking until every check passes', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await navigate(page, 'Exercises');
    let s = await waitForState(page, (st) => st.exercises.selected === kExercise && st.exercises.report);
    await clickItem(page, 'Start exercise');
    s = await waitForState(page, (st) => st.exercises.started === kExercise && st.world.buses.length === 2);
    assert.equal(s.exercises.report.complete, false);
    const failing = s.exercises.report.checks.filter((c) => !c.passed).map((c) => c.id);
    assert.deepEqual(failing, ['pattern', 'logged'], 'the target check passes from the start');
    await screenshot(page, 'exercise-started');

    // Change the rule's pattern in the rule editor.
    await navigate(page, 'Buses & rules');
    await clickItem(page, 'manual-order-bus');
    await clickItem(page, 'manual-order-rule');
    await fillItem(page, 'event pattern', '{"detail": {"price": [{"numeric": [">", 100]}]}}');
    await clickItem(page, 'Save rule');
    await waitForState(page, bigOrdersOnly);

    // Send a big order from the console, typed as a person would.
    await focusItem(page, 'console input');
    await typeText(page, `aws events put-events --entries '[{"Source":"Order Service","DetailType":"New Order","Detail":"{\\"orderNumber\\":\\"7\\",\\"price\\":250}","EventBusName":"manual-order-bus"}]'`);
    await page.keyboard.press('Enter');
    await waitForState(page, (st) => st.console.some((l) => l.includes('"FailedEntryCount": 0')));

    await navigate(page, 'Exercises');
    s = await waitForState(page, (st) => st.exercises.report.complete);
    assert.equal(s.exercises.report.passed, 3);
    assert.deepEqual(s.exercises.completed, [kExercise], 'progress shows the exercise done');
    await screenshot(page, 'exercise-complete');

    // Another exercise asks before replacing the solved world; Undo brings it back.
    const item = (await page.evaluate(() => window.evb.items())).find((i) => i.label.endsWith('Shop events, but not the heartbeats'));
    assert.ok(item, 'the second exercise is listed');
    assert.ok((await page.evaluate(() => window.evb.items())).some((i) => i.label === '\u2713 Only the big orders'),
      'the first exercise shows its check mark');
    await page.mouse.click(item.x + item.w / 2, item.y + item.h / 2);
    s = await waitForState(page, (st) => st.exercises.selected !== kExercise);
    await clickItem(page, 'Start exercise');
    await waitForState(page, (st) => st.exercises.asking);
    await screenshot(page, 'exercise-ask');
    await clickItem(page, "Start from the exercise's world");
    s = await waitForState(page, (st) => st.exercises.started === st.exercises.selected && !st.exercises.asking);
    await page.keyboard.press('Control+z');
    s = await waitForState(page, bigOrdersOnly);

    // Progress survives a reload.
    await page.reload();
    await page.waitForFunction(() => window.evb && window.evb.ready, null, { polling: 100 });
    await navigate(page, 'Exercises');
    s = await waitForState(page, (st) => st.exercises.completed.length === 1);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
