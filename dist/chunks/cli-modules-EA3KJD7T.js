import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  readAlertEventText,
  runAlert
} from "./chunk-4V5UVXYQ.js";
import "./chunk-GE62CBFY.js";
import {
  UserDirectory
} from "./chunk-PDB5J76S.js";
import "./chunk-IWKBK7NS.js";
import "./chunk-EKRTJYNU.js";
import "./chunk-6RWEAGYR.js";
import "./chunk-CWGSSBJK.js";
import "./chunk-D3ITTP2X.js";
import "./chunk-7TEMSXUT.js";
import {
  loadIndexFile
} from "./chunk-Z5X4PZA6.js";
import "./chunk-IZMRBCCN.js";
import {
  createPagerDutyClient
} from "./chunk-Y7PU434J.js";
import {
  createSlackClient
} from "./chunk-QXZAMIQC.js";
import "./chunk-WJ2HETJX.js";
import "./chunk-NMHQ4UDV.js";
import "./chunk-Y2KZ6SGM.js";
import "./chunk-F62FUJ75.js";
import "./chunk-3V7YR3NY.js";
import "./chunk-SMKC6UQW.js";
import "./chunk-7QIX2LZI.js";
import "./chunk-7AGHVDON.js";
import "./chunk-5XKN62DZ.js";
import "./chunk-6OURC6NX.js";
import "./chunk-FL7RWFNA.js";
import "./chunk-VOJRKQKV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  UserDirectory,
  createPagerDutyClient,
  createSlackClient,
  loadIndexFile,
  readAlertEventText,
  runAlert
};
