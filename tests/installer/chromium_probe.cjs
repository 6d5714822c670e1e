// Starts Debian's Chromium the way a user does after ./installer/install.sh: its default
// profile folder under $HOME (.config/chromium, where the installer wrote the manifest),
// the installed unpacked extension, and no other set-up. Then, from the extension's
// service worker, asks the host for `hello` through native messaging.
// usage: HOME=<scratch> node chromium_probe.cjs <extension dir>
// Prints the extension's URL and the reply; exit 0 when the reply is a protocol-1 hello.
const path = require('node:path');
const { chromium } = require(path.join(__dirname, '..', '..', 'node_modules', 'playwright-core'));

(async () => {
  const ext = process.argv[2];
  const context = await chromium.launchPersistentContext(path.join(process.env.HOME, '.config', 'chromium'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  try {
    const worker = context.serviceWorkers()[0] || (await context.waitForEvent('serviceworker', { timeout: 30000 }));
    console.log(worker.url());
    const reply = await worker.evaluate(() => new Promise((resolve) => {
      chrome.runtime.sendNativeMessage('org.secondthought.host', { type: 'hello' }, (r) =>
        resolve(r || { error: chrome.runtime.lastError && chrome.runtime.lastError.message }));
    }));
    console.log(JSON.stringify(reply));
    process.exitCode = reply && reply.type === 'hello' && reply.protocol === 1 ? 0 : 1;
  } finally {
    await context.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
