// The real host, registered for a fresh browser profile. Each run copies the binary to a
// path of its own, so the test finds (and kills) only the host its own browser started.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
export const HOST_NAME = 'org.secondthought.host';
export const IDS = JSON.parse(execFileSync('cat', [join(ROOT, 'extension/ids.json')]).toString());

export function builtHost() {
  return process.env.SECONDTHOUGHT_HOST || join(ROOT, 'build/release/host/secondthought-host');
}

export function installHostCopy(dir) {
  const target = join(dir, 'bin', 'secondthought-host');
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(builtHost(), target);
  chmodSync(target, 0o755);
  return target;
}

function manifest(hostPath, extra) {
  return JSON.stringify({ name: HOST_NAME, description: 'Second Thought (e2e test)', path: hostPath, type: 'stdio', ...extra }, null, 2);
}

export function registerForChromium(profileDir, hostPath) {
  const dir = join(profileDir, 'NativeMessagingHosts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${HOST_NAME}.json`), manifest(hostPath, { allowed_origins: [`chrome-extension://${IDS.chromium}/`] }));
}

export function registerForFirefox(home, hostPath) {
  const dir = join(home, '.mozilla', 'native-messaging-hosts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${HOST_NAME}.json`), manifest(hostPath, { allowed_extensions: [IDS.firefox] }));
}

// Pids of running hosts started from this exact path.
export function hostPids(hostPath) {
  const r = spawnSync('pgrep', ['-f', hostPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')], { encoding: 'utf8' });
  return r.stdout.split('\n').map((s) => s.trim()).filter(Boolean).map(Number);
}

// What the host itself says about a text: the spans the highlights must match.
export function checkJson(hostPath, text, args = []) {
  const r = spawnSync(hostPath, ['check', '--json', ...args, '-'], { input: text, encoding: 'utf8' });
  return JSON.parse(r.stdout);
}

// Firefox reads an extension's storage.managed (policy) from a manifest in the user's
// profile folder: the tests use it to start Firefox with given settings.
export function writeFirefoxPolicy(home, data) {
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${IDS.firefox}.json`), JSON.stringify({ name: IDS.firefox, description: 'Second Thought test policy', type: 'storage', data }, null, 2));
}
