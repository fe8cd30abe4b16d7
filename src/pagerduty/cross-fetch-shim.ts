/**
 * Stand-in for the `cross-fetch` package that `@pagerduty/pdjs` requires.
 *
 * pdjs would otherwise bundle node-fetch 2 and its whatwg-url/tr46 tables (~310 KB and a `punycode`
 * deprecation warning on Node 24). Node's global fetch has the same surface pdjs uses
 * (`fetch`, `Headers`), so the bundle and the tests alias `cross-fetch` to this file.
 */
const shim = globalThis.fetch.bind(globalThis);
export default shim;
export const fetch = shim;
export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
