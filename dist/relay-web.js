import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  createConfiguredHandler,
  createRelayFetch,
  relayInputFromEnv,
  resolveRelaySettings
} from "./chunks/chunk-NYSLKC64.js";
import "./chunks/chunk-FATINXFK.js";
import "./chunks/chunk-MPWPAQCW.js";
import "./chunks/chunk-BDPWQ4EI.js";
import "./chunks/chunk-PDB5J76S.js";
import "./chunks/chunk-RUE43TMS.js";
import "./chunks/chunk-P7JT3L7S.js";
import "./chunks/chunk-GKK2PCUX.js";
import "./chunks/chunk-O3DVVK6G.js";
import "./chunks/chunk-3BE7A36C.js";
import "./chunks/chunk-NJFFVMUX.js";
import "./chunks/chunk-F4ZC2TKO.js";
import "./chunks/chunk-EJ256RKK.js";
import "./chunks/chunk-VRPSVARW.js";
import "./chunks/chunk-7QIX2LZI.js";
import "./chunks/chunk-H63POQN7.js";
import "./chunks/chunk-2XQDVKDU.js";
import "./chunks/chunk-US3WHMU3.js";
import "./chunks/chunk-MDWLG7ZL.js";
import "./chunks/chunk-52BRTSGR.js";
import "./chunks/chunk-NMHQ4UDV.js";
import "./chunks/chunk-GQNV3XG6.js";
import "./chunks/chunk-RX3WBYGZ.js";
export {
  createConfiguredHandler,
  createRelayFetch,
  relayInputFromEnv,
  resolveRelaySettings
};
