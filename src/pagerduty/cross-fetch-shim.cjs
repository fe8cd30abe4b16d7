// Stand-in for the `cross-fetch` package that @pagerduty/pdjs requires (CommonJS, so pdjs can `require` it).
// pdjs would otherwise bundle node-fetch 2 and its whatwg-url/tr46 tables (~310 KB and a `punycode` deprecation
// warning on Node 24). Node's global fetch has the surface pdjs uses (`fetch`, `Headers`), so the bundle
// (scripts/build.mjs) and the tests (jest.config.js) alias `cross-fetch` to this file.
'use strict';
const fetch = (...args) => globalThis.fetch(...args);
module.exports = fetch;
module.exports.default = fetch;
module.exports.fetch = fetch;
module.exports.Headers = globalThis.Headers;
module.exports.Request = globalThis.Request;
module.exports.Response = globalThis.Response;
