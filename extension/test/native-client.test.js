// The native client against a fake port: hello and configure first, request ids, stale
// replies dropped, supersession, timeouts, and reconnecting with back-off.
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, fakeTimers } = require('./load');
const ST = load('shared/request-ids.js', 'background/native-client.js');

function fakePort() {
  const msgL = [];
  const discL = [];
  return {
    sent: [],
    postMessage(m) { if (this.closed) throw new Error('Attempting to use a disconnected port object'); this.sent.push(m); },
    onMessage: { addListener: (f) => msgL.push(f) },
    onDisconnect: { addListener: (f) => discL.push(f) },
    reply(m) { for (const f of msgL) f(m); },
    die(message) { this.closed = true; for (const f of discL) f({ error: message ? { message } : undefined }); },
  };
}

const flush = () => new Promise((r) => setImmediate(r));

function setup(extra) {
  const t = fakeTimers();
  const ports = [];
  const statuses = [];
  const configured = [];
  const client = new ST.NativeClient({
    connect: () => { const p = fakePort(); ports.push(p); return p; },
    getHostSettings: () => Promise.resolve({ profile: 'gmc' }),
    onStatus: (s) => statuses.push(s.state),
    onConfigured: (s) => configured.push(s),
    timers: t,
    now: t.now,
    timeoutMs: 1000,
    backoff: [100, 200, 400],
    ...extra,
  });
  return { t, ports, statuses, configured, client };
}

test('connect sends hello, then configure; analyze goes after both, with an id', async () => {
  const { ports, statuses, configured, client } = setup();
  client.connect();
  const port = ports[0];
  const pending = client.analyze({ text: 'hi', site: 'x.com' }, 'e1');
  await flush();
  assert.deepEqual(port.sent.map((m) => m.type), ['hello', 'configure', 'analyze']);
  assert.deepEqual(port.sent[1].settings, { profile: 'gmc' });
  const id = port.sent[2].id;
  assert.match(id, /^a\d+$/);
  port.reply({ type: 'hello', protocol: 1, host_version: '1.0' });
  port.reply({ type: 'configured', settings: { profile: 'gmc' } });
  port.reply({ type: 'analysis', id, warnings: [{ rule: 'r' }] });
  assert.deepEqual((await pending).warnings, [{ rule: 'r' }]);
  assert.deepEqual(statuses, ['connecting', 'connected']);
  assert.deepEqual(configured, [{ profile: 'gmc' }]);
});

test('a newer request for the same editor supersedes the older; stale replies are dropped', async () => {
  const { ports, client } = setup();
  client.connect();
  const first = client.analyze({ text: 'a' }, 'e1');
  const other = client.analyze({ text: 'b' }, 'e2');
  const second = client.analyze({ text: 'ab' }, 'e1');
  await assert.rejects(first, (e) => e.code === 'superseded');
  await flush();
  const port = ports[0];
  const sent = port.sent.filter((m) => m.type === 'analyze');
  assert.deepEqual(sent.map((m) => m.text), ['b', 'ab'], 'the superseded request is not even sent');
  const [b, ab] = sent;
  port.reply({ type: 'analysis', id: 'a999', warnings: [0] });
  assert.equal(client.stats.stale, 1, 'a reply to no pending request is dropped');
  port.reply({ type: 'analysis', id: ab.id, warnings: [2] });
  port.reply({ type: 'analysis', id: b.id, warnings: [1] });
  assert.deepEqual((await other).warnings, [1], 'replies may come in any order');
  assert.deepEqual((await second).warnings, [2]);
  port.reply({ type: 'analysis', id: ab.id, warnings: [3] });
  assert.equal(client.stats.stale, 2, 'a second reply to the same id is dropped');
});

test('an error reply with an id fails that request; without one, the hello/configure in line', async () => {
  const { ports, client, configured } = setup();
  client.connect();
  const req = client.analyze({ text: 'x' }, 'e1');
  await flush();
  const port = ports[0];
  port.reply({ type: 'hello', protocol: 1 });
  port.reply({ type: 'error', code: 'bad_request', message: 'wrong type' }); // the configure
  await flush();
  assert.equal(configured.length, 1);
  assert.equal(configured[0], null);
  port.reply({ type: 'error', id: port.sent[2].id, code: 'too_large' });
  await assert.rejects(req, (e) => e.code === 'host_error');
});

test('a request with no reply times out', async () => {
  const { t, client } = setup();
  client.connect();
  const req = client.analyze({ text: 'x' }, 'e1');
  await flush();
  t.advance(1000);
  await assert.rejects(req, (e) => e.code === 'timeout');
});

test('the host exits: pending requests fail, status says why, reconnect with back-off', async () => {
  const { t, ports, statuses, client } = setup();
  client.connect();
  const req = client.analyze({ text: 'x' }, 'e1');
  await flush();
  ports[0].die('Native host has exited.');
  await assert.rejects(req, (e) => e.code === 'disconnected');
  assert.equal(statuses.at(-1), 'exited');
  t.advance(99);
  assert.equal(ports.length, 1);
  t.advance(1);
  assert.equal(ports.length, 2, 'reconnected after the first back-off step');
  ports[1].die('Specified native messaging host not found.');
  assert.equal(statuses.at(-1), 'not_installed');
  t.advance(199);
  assert.equal(ports.length, 2);
  t.advance(1);
  assert.equal(ports.length, 3, 'the second step is longer');
  ports[2].reply({ type: 'hello', protocol: 1 });
  await flush();
  assert.equal(statuses.at(-1), 'connected');
  assert.equal(client.attempt, 0, 'a good hello resets the back-off');
});

test('a new request reconnects at once instead of waiting for the back-off', async () => {
  const { t, ports, client } = setup();
  client.connect();
  t.advance(300);
  ports[0].die('Native host has exited.');
  t.advance(10);
  assert.equal(ports.length, 1);
  const req = client.analyze({ text: 'again' }, 'e1');
  assert.equal(ports.length, 2);
  await flush();
  const sent = ports[1].sent.find((m) => m.type === 'analyze');
  ports[1].reply({ type: 'analysis', id: sent.id, warnings: [] });
  assert.deepEqual((await req).warnings, []);
});

test('settings changes configure the running host', async () => {
  const { ports, client } = setup();
  client.connect();
  await flush();
  client.configure({ profile: 'nmc' });
  await flush();
  assert.deepEqual(ports[0].sent.filter((m) => m.type === 'configure').map((m) => m.settings.profile), ['gmc', 'nmc']);
});

test('disconnect reasons are classified for the popup', () => {
  const c = ST.classifyDisconnect;
  assert.equal(c('Specified native messaging host not found.'), 'not_installed');
  assert.equal(c('No such native application org.secondthought.host'), 'not_installed');
  assert.equal(c('Access to the specified native messaging host is forbidden.'), 'forbidden');
  assert.equal(c('Native host has exited.'), 'exited');
  assert.equal(c(''), 'exited');
});
