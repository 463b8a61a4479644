// The console runs tutorials' bash as typed: a variable captured from a command, a for loop typed over
// several lines, a here-document, sleep on the virtual clock and a jq filter — the shell's features, end to
// end in the page, typed with the keyboard as a learner types them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPlayground, clickItem, enterLine, focusItem, navigate, screenshot, waitForState } from './harness.mjs';

test('console: variables, a multi-line loop, a here-document, sleep and jq as bash runs them', async () => {
  const { page, errors, close } = await openPlayground();
  const enter = (line) => enterLine(page, line);
  try {
    await navigate(page, 'Console');
    await focusItem(page, 'console input');
    await enter(`RULE=$(aws events put-rule --name typed --event-pattern '{"source":["shop"]}' --query RuleArn --output text)`);
    await enter('echo "rule is $RULE"');
    let s = await waitForState(page, (st) => st.console.includes('rule is arn:aws:events:us-east-1:123456789012:rule/typed'));

    await enter('for n in a b; do');
    s = await waitForState(page, (st) => st.ui.console.pending !== '');
    await enter('  echo "bus-$n"');
    await enter('done');
    s = await waitForState(page, (st) => st.ui.console.pending === '' && st.console.includes('bus-b'));
    assert.ok(s.console.indexOf('bus-a') < s.console.indexOf('bus-b'));

    await enter("cat > note.txt <<'EOF'");
    await enter('it\'s $RULE, literally');
    await enter('EOF');
    await enter('cat note.txt');
    s = await waitForState(page, (st) => st.console.includes("it's $RULE, literally"));

    // The world starts at 22:13 (virtual time): an hour's sleep is over at once.
    await enter('sleep 3600 && date -u +%H:%M');
    const hourLater = (line) => /^23:1\d$/.test(line);
    s = await waitForState(page, (st) => st.console.some(hourLater));
    await enter("aws events list-rules | jq -r '.Rules[].Name'");
    s = await waitForState(page, (st) => st.console.lastIndexOf('typed') > st.console.findIndex(hourLater));
    await screenshot(page, 'console-bash');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
