// Export and import: the tutorial world exported as an AWS CLI script and as CloudFormation JSON and YAML,
// then the template imported back (pasted into the import field, into a fresh account) giving the same
// resources; an unsupported resource type is named and nothing changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, fillItem, navigate, screenshot, waitForState } from './harness.mjs';

async function clipboard(page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

test('export then import gives back the same world; unsupported resources are named', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await navigate(page, 'Examples');
    await clickItem(page, 'Load example');
    let s = await waitForState(page, (st) => st.examples.loaded === 'tutorial' && st.world.functions.length === 1);
    const resources = s.exports.resources;
    assert.ok(resources.length >= 8, `the tutorial has ${resources.length} resources`);

    await navigate(page, 'Export & import');
    await clickItem(page, 'AWS CLI script');
    await clickItem(page, 'Copy export');
    const script = await clipboard(page);
    assert.match(script, /^#!\/usr\/bin\/env bash/);
    assert.match(script, /aws events put-rule --name manual-order-rule/);
    await screenshot(page, 'export-cli');

    await clickItem(page, 'Into a fresh account (replace this world)', { scrollWithin: 'page' });
    for (const format of ['CloudFormation JSON', 'CloudFormation YAML']) {
      await clickItem(page, format, { scrollWithin: 'page' });
      await clickItem(page, 'Copy export', { scrollWithin: 'page' });
      const template = await clipboard(page);
      assert.match(template, format.endsWith('JSON') ? /"AWSTemplateFormatVersion"/ : /^AWSTemplateFormatVersion:/m);
      assert.match(template, /AWS::Events::Rule/);

      // Paste it into the import field and import it into a fresh account.
      await clickItem(page, 'template to import', { scrollWithin: 'page' });
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Control+V');
      await clickItem(page, 'Import template', { scrollWithin: 'page' });
      s = await waitForState(page, (st) => st.exports.outcome && st.exports.outcome.ok !== undefined);
      assert.equal(s.exports.outcome.ok, true, JSON.stringify(s.exports.outcome).slice(0, 500));
      assert.deepEqual(s.exports.resources, resources, `${format}: the same resources come back`);
      assert.ok(s.console.some((l) => l.includes('imported a CloudFormation template')));
      await screenshot(page, `import-${format.endsWith('JSON') ? 'json' : 'yaml'}`);
    }

    // An unsupported resource type: a clear error, and nothing changes.
    await fillItem(page, 'template to import',
      '{"Resources": {"Orders": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "orders"}}}}', { scrollWithin: 'page' });
    await clickItem(page, 'Import template', { scrollWithin: 'page' });
    s = await waitForState(page, (st) => st.exports.outcome && st.exports.outcome.ok === false);
    assert.match(s.exports.outcome.message, /^Nothing was imported\. Resource Orders \(AWS::SQS::Queue\)/);
    assert.deepEqual(s.exports.resources, resources, 'the world is unchanged');
    await screenshot(page, 'import-unsupported');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
