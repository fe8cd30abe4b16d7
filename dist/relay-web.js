import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  createConfiguredHandler,
  createRelayFetch,
  relayInputFromEnv,
  resolveRelaySettings
} from "./chunks/chunk-5LQXITH7.js";
import "./chunks/chunk-V4QJYPQ6.js";
import "./chunks/chunk-3NUOZ2YC.js";
import "./chunks/chunk-4V5UVXYQ.js";
import "./chunks/chunk-GE62CBFY.js";
import "./chunks/chunk-PDB5J76S.js";
import "./chunks/chunk-IWKBK7NS.js";
import "./chunks/chunk-EKRTJYNU.js";
import "./chunks/chunk-6RWEAGYR.js";
import "./chunks/chunk-CWGSSBJK.js";
import "./chunks/chunk-D3ITTP2X.js";
import "./chunks/chunk-5O3PJ7U7.js";
import "./chunks/chunk-7TEMSXUT.js";
import "./chunks/chunk-TY6LQKLM.js";
import "./chunks/chunk-IZMRBCCN.js";
import "./chunks/chunk-Y7PU434J.js";
import "./chunks/chunk-QXZAMIQC.js";
import "./chunks/chunk-WJ2HETJX.js";
import "./chunks/chunk-NMHQ4UDV.js";
import "./chunks/chunk-O3DVVK6G.js";
import "./chunks/chunk-3BE7A36C.js";
import "./chunks/chunk-NJFFVMUX.js";
import "./chunks/chunk-Y2KZ6SGM.js";
import "./chunks/chunk-F62FUJ75.js";
import "./chunks/chunk-3V7YR3NY.js";
import "./chunks/chunk-SMKC6UQW.js";
import "./chunks/chunk-7QIX2LZI.js";
import "./chunks/chunk-7AGHVDON.js";
import "./chunks/chunk-5XKN62DZ.js";
import "./chunks/chunk-6OURC6NX.js";
import "./chunks/chunk-FL7RWFNA.js";
import "./chunks/chunk-VOJRKQKV.js";
import "./chunks/chunk-GQNV3XG6.js";
import "./chunks/chunk-RX3WBYGZ.js";
export {
  createConfiguredHandler,
  createRelayFetch,
  relayInputFromEnv,
  resolveRelaySettings
};
