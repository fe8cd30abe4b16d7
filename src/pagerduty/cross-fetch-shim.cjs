// Stand-in for the `cross-fetch` package that @pagerduty/pdjs requires (CommonJS, so pdjs can `require` it).
// pdjs would otherwise bundle node-fetch 2 and its whatwg-url/tr46 tables (~310 KB and a `punycode` deprecation
// warning on Node 24). The bundle (scripts/build.mjs) and the tests (jest.config.js) alias `cross-fetch` to this file.
// It hands pdjs the transport the PagerDuty adapter installs (src/util/http-fetch.ts: node:http, without the cost of
// loading undici) and Node's global fetch until one is installed. Looked up on each call, so loading pdjs loads
// nothing else.
'use strict';
const INSTALLED = Symbol.for('oncall-runbooks.cross-fetch');
const installed = () => globalThis[INSTALLED];
const fetch = (...args) => (installed()?.fetch ?? globalThis.fetch)(...args);
module.exports = fetch;
module.exports.default = fetch;
module.exports.fetch = fetch;
for (const name of ['Headers', 'Request', 'Response']) {
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    get: () => installed()?.[name] ?? globalThis[name],
  });
}
