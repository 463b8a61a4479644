// What people expect of a real web app: copy and paste with the system clipboard, non-ASCII and IME
// text, keyboard focus inside an iframe without taking the host page's keys, the world kept across
// reloads (and a clear notice, with the old data to download, when what was kept is unreadable), dark
// and light themes following prefers-color-scheme, and a UI scale setting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kShotDir, openPlayground, clickItem, fillItem, findItem, navigate, screenshot, settle, state, typeText, waitForState } from './harness.mjs';

test('clipboard: paste into a field from the system clipboard (shortcut and paste menu)', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await page.evaluate(() => navigator.clipboard.writeText('pasted-bus'));
    await clickItem(page, 'new bus name');
    await page.keyboard.press('Control+V');
    await settle(page, 3);
    await clickItem(page, 'Create bus');
    let s = await waitForState(page, (st) => st.world.buses.some((b) => b.Name === 'pasted-bus'));

    await clickItem(page, 'new bus name');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'menu-pasted');
      document.getElementById('evb-text-input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await settle(page, 3);
    await clickItem(page, 'Create bus');
    s = await waitForState(page, (st) => st.world.buses.some((b) => b.Name === 'menu-pasted'));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('text input: non-ASCII characters and IME composition reach ImGui fields', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await fillItem(page, 'rule name', 'intl');
    await clickItem(page, 'rule description');
    await page.keyboard.insertText('Zürich – Ωmega Привет ');
    await page.evaluate(() => {
      const field = document.getElementById('evb-text-input');
      field.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
      field.value = '\u200bё';
      field.dispatchEvent(new InputEvent('input', { data: 'ё', inputType: 'insertCompositionText', isComposing: true }));
      field.dispatchEvent(new CompositionEvent('compositionend', { data: 'ёж' }));
    });
    await settle(page, 3);
    await clickItem(page, 'Create rule');
    const s = await waitForState(page, (st) => st.world.buses[0].Rules.length === 1);
    assert.equal(s.world.buses[0].Rules[0].Description, 'Zürich – Ωmega Привет ёж');
    await screenshot(page, 'webapp-non-ascii');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('iframe: clicking the playground gives it the keyboard; the host page keeps its own keys', async () => {
  const { page, frame: inner, errors, close } = await openPlayground({ path: '/embed.html', width: 1100, height: 800 });
  try {
    assert.ok(inner.url().endsWith('/index.html'), 'the playground runs in the iframe');
    const box = await page.locator('#playground').boundingBox();
    const item = async (label) => (await inner.evaluate(() => window.evb.items())).find((i) => i.label === label);
    const click = async (label) => {
      const it = await item(label);
      await page.mouse.click(box.x + 1 + it.x + it.w / 2, box.y + 1 + it.y + it.h / 2);
      await page.waitForTimeout(300);
    };

    await page.locator('#notes').click();
    await page.keyboard.type('host keys');
    assert.equal(await page.locator('#notes').inputValue(), 'host keys');

    await click('new bus name');
    await page.keyboard.type('framed-bus');
    await click('Create bus');
    await inner.waitForFunction(() => window.evb.state().world.buses.some((b) => b.Name === 'framed-bus'), null, { polling: 100 });

    await page.locator('#notes').click();
    await page.keyboard.type(' again');
    assert.equal(await page.locator('#notes').inputValue(), 'host keys again', 'the host keeps its keys');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'notes', 'the playground does not take focus back');
    mkdirSync(kShotDir, { recursive: true });
    await page.screenshot({ path: join(kShotDir, 'webapp-iframe.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('storage: the world survives a reload; unreadable storage gets a notice and a download, never a crash', async () => {
  const { page, errors, close } = await openPlayground();
  try {
    await fillItem(page, 'new bus name', 'kept-bus');
    await clickItem(page, 'Create bus');
    await waitForState(page, (st) => st.saved && st.world.buses.some((b) => b.Name === 'kept-bus'));
    await page.reload();
    await page.waitForFunction(() => window.evb && window.evb.ready, null, { polling: 100 });
    let s = await state(page);
    assert.ok(s.world.buses.some((b) => b.Name === 'kept-bus'), 'the bus is still there after a reload');
    assert.equal(s.restoreNotice, false);

    const broken = '{"format":"evb-world","version":1,"account":{"region":"us-east-1"';
    await page.evaluate((text) => localStorage.setItem('evb-playground/world', text), broken);
    await page.reload();
    await page.waitForFunction(() => window.evb && window.evb.ready, null, { polling: 100 });
    s = await waitForState(page, (st) => st.restoreNotice);
    assert.deepEqual(s.world.buses.map((b) => b.Name), ['default'], 'a fresh world');
    await screenshot(page, 'webapp-restore-notice');

    const download = page.waitForEvent('download');
    await clickItem(page, 'Download the old data');
    const file = await (await download).path();
    assert.equal(readFileSync(file, 'utf8'), broken, 'the old data is offered as it was');
    await clickItem(page, 'Start fresh');
    s = await waitForState(page, (st) => !st.restoreNotice);
    assert.equal(await page.evaluate(() => localStorage.getItem('evb-playground/world-unreadable')), null);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('themes follow prefers-color-scheme, can be chosen, and the UI scale setting grows the interface', async () => {
  const { page, errors, close } = await openPlayground({ colorScheme: 'light' });
  try {
    let s = await state(page);
    assert.equal(s.dark, false, 'a light system scheme gives the light theme');
    await screenshot(page, 'webapp-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    s = await waitForState(page, (st) => st.dark === true);

    await clickItem(page, '\u2699 Settings');
    await clickItem(page, 'Light');
    s = await waitForState(page, (st) => st.dark === false);
    const before = await findItem(page, 'Create bus');
    await clickItem(page, '150%');
    s = await waitForState(page, (st) => st.uiScale === 1.5);
    await page.keyboard.press('Escape');
    await settle(page, 5);
    const after = await findItem(page, 'Create bus');
    assert.ok(Math.abs(after.h / before.h - 1.5) < 0.1, `buttons grow with the scale (${before.h} -> ${after.h})`);
    await screenshot(page, 'webapp-light-150');

    await page.reload();
    await page.waitForFunction(() => window.evb && window.evb.ready, null, { polling: 100 });
    s = await state(page);
    assert.equal(s.uiScale, 1.5, 'the settings are kept');
    assert.equal(s.dark, false);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
