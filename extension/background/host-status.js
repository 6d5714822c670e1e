// What the popup shows about the host: connected (with its version), not installed
// (with how to fix it), forbidden, or exited and reconnecting.
(function (ST) {
  'use strict';
  let status = { state: 'connecting', since: Date.now() };

  function update(next) {
    const hello = next.hello || (next.state === 'connected' ? status.hello : undefined);
    status = {
      state: next.state,
      since: Date.now(),
      reason: next.reason || '',
      hello: next.state === 'connected' && hello
        ? { host_version: hello.host_version, protocol: hello.protocol, profiles: hello.profiles, categories: hello.categories }
        : undefined,
    };
  }

  ST.hostStatus = { update, get: () => ({ ...status }) };
})(globalThis.SecondThought);
