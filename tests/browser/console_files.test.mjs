// The console's files in the page: a learner uploads a zip from the computer (byte for byte, binary),
// creates a Lambda function from it with fileb://, writes a file with the shell and downloads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPlayground, clickItem, enterLine, findItem, focusItem, navigate, screenshot, waitForState } from './harness.mjs';

// A stored zip of one file (a.py, "print(1)\n"), built by hand: the bytes include NUL and bytes above 127,
// which a text-only upload or download would have mangled.
function tinyZip() {
  const name = Buffer.from('a.py');
  const data = Buffer.from('print(1)\n');
  const crc = 0x3ce11e06;  // CRC-32 of "print(1)\n"
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12); end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, name, data, central, name, end, Buffer.from([0x00, 0xff, 0x80])]);
}

test('console: a file uploaded from the computer is used with fileb://; a file the shell wrote downloads byte for byte', async () => {
  const { page, errors, close } = await openPlayground();
  const enter = (line) => enterLine(page, line);
  try {
    await navigate(page, 'Console');
    // The input line leaves room for both of its buttons, whole and side by side.
    const input = await findItem(page, 'console input');
    const files = await findItem(page, 'Files');
    const clear = await findItem(page, 'Clear');
    assert.ok(input.x + input.w <= files.x && files.x + files.w <= clear.x, 'input, Files, Clear side by side');
    assert.ok(clear.w > files.w * 0.8, `Clear is whole on screen, not cut by the window's edge (${clear.w} px wide)`);
    const zip = tinyZip();
    await clickItem(page, 'Files');
    const chooser = page.waitForEvent('filechooser');
    await clickItem(page, 'Upload a file...');
    await (await chooser).setFiles({ name: 'function.zip', mimeType: 'application/zip', buffer: zip });
    let s = await waitForState(page, (st) => st.console.some((l) => l.startsWith('Uploaded function.zip')));
    assert.ok(s.console.includes(`Uploaded function.zip (${zip.length} bytes): use it as fileb://function.zip or file://function.zip`));

    await focusItem(page, 'console input');
    await enter('aws iam create-role --role-name r --assume-role-policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}\' --query Role.Arn');
    await enter('aws lambda create-function --function-name up --runtime python3.9 --handler a.handler --role arn:aws:iam::123456789012:role/r --zip-file fileb://function.zip --query CodeSize');
    s = await waitForState(page, (st) => st.console.includes(String(zip.length)));
    await enter('echo "héllo" > note.txt');
    await waitForState(page, (st) => st.console.includes('$ echo "héllo" > note.txt'));

    await clickItem(page, 'Files');
    const upload = await findItem(page, 'Upload a file...');
    assert.ok(upload.y + upload.h <= files.y, 'the popup opens above the Files button, hiding neither button');
    await screenshot(page, 'console-files');
    // The popup stays open while files are downloaded one after the other.
    for (const [name, expected] of [['function.zip', zip], ['note.txt', Buffer.from('héllo\n')]]) {
      const download = page.waitForEvent('download');
      await clickItem(page, `Download ${name}`);
      const saved = await (await download).path();
      assert.deepEqual(readFileSync(saved), expected, `${name} downloads byte for byte`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
