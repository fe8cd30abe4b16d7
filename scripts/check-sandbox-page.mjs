/* global document -- page.evaluate() callbacks run in the browser */
// Opens the sandbox's channel page in headless Chromium (Debian's `chromium`), fails on any console error or page
// error, checks that the expected messages are shown, and saves a screenshot beside the page.
// Usage: node scripts/check-sandbox-page.mjs <dir written by `oncall sandbox --out <dir>`>
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? 'sandbox-out');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
if (!executablePath) {
  console.error(
    'check-sandbox-page: Chromium not found. Install it (apt-get install -y chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const problems = [];
/** Opens one channel page, checks what it shows against `want` and saves a screenshot beside it. */
async function checkPage(file, want) {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const where = file === 'channel.html' ? '' : `${file}: `;
  tab.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${where}console error: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`${where}page error: ${e.message}`));
  tab.on('requestfailed', (r) => problems.push(`${where}request failed: ${r.url()}`));
  const response = await tab.goto(pathToFileURL(join(dir, file)).href, { waitUntil: 'load' });
  if (!response?.ok()) problems.push(`${where}page did not load: ${response?.status()}`);
  const shown = await tab.evaluate(() => ({
    topLevel: document.querySelectorAll('main > .message').length,
    replies: document.querySelectorAll('.message.reply').length,
    text: document.body.innerText,
    hidden: [...document.querySelectorAll('.message')].filter((m) => m.getBoundingClientRect().height === 0)
      .length,
  }));
  if (shown.topLevel !== want.topLevel)
    problems.push(`${where}expected ${want.topLevel} top-level messages, the page shows ${shown.topLevel}`);
  if (shown.replies !== want.replies)
    problems.push(`${where}expected ${want.replies} thread replies, the page shows ${shown.replies}`);
  if (shown.hidden > 0) problems.push(`${where}${shown.hidden} messages have no height`);
  for (const text of want.texts)
    if (!shown.text.includes(text)) problems.push(`${where}the page does not show "${text}"`);
  const screenshot = join(dir, file.replace(/\.html$/, '.png'));
  const png = await tab.screenshot({ path: screenshot, fullPage: true });
  // A PNG's width and height sit at bytes 16–23 of the IHDR chunk.
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width !== 1000 || height < 800) problems.push(`${where}unexpected screenshot size ${width}×${height}`);
  console.log(
    `check-sandbox-page: ${file}: ${shown.topLevel} messages, ${shown.replies} replies, screenshot ${screenshot} (${width}×${height})`,
  );
}
try {
  await checkPage('channel.html', expected);
  // Channels the day routes incidents to, each on a page of its own.
  for (const more of expected.pages ?? []) await checkPage(more.file, more);
} finally {
  await browser.close();
}
if (problems.length) {
  for (const p of problems) console.error(`check-sandbox-page: ${p}`);
  process.exit(1);
}
console.log('check-sandbox-page: ok');
