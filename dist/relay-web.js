import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  createConfiguredHandler,
  createRelayFetch,
  relayInputFromEnv,
  resolveRelaySettings
} from "./chunks/chunk-5ZJ2BZ7V.js";
import "./chunks/chunk-RDIZ3Q4A.js";
import "./chunks/chunk-PDB5J76S.js";
import "./chunks/chunk-DNLNOUCH.js";
import "./chunks/chunk-FZXBCV45.js";
import "./chunks/chunk-NGX6MTDV.js";
import "./chunks/chunk-FYQKVPZC.js";
import "./chunks/chunk-PSHHUUR3.js";
import "./chunks/chunk-O3DVVK6G.js";
import "./chunks/chunk-3BE7A36C.js";
import "./chunks/chunk-NJFFVMUX.js";
import "./chunks/chunk-LXSAIHD4.js";
import "./chunks/chunk-EJ256RKK.js";
import "./chunks/chunk-VRPSVARW.js";
import "./chunks/chunk-7QIX2LZI.js";
import "./chunks/chunk-H63POQN7.js";
import "./chunks/chunk-2XQDVKDU.js";
import "./chunks/chunk-DRWPEJD5.js";
import "./chunks/chunk-WRPJA574.js";
import "./chunks/chunk-RRKFE2V3.js";
import "./chunks/chunk-BKSS6F5Q.js";
import "./chunks/chunk-NMHQ4UDV.js";
import "./chunks/chunk-GQNV3XG6.js";
import "./chunks/chunk-RX3WBYGZ.js";
export {
  createConfiguredHandler,
  createRelayFetch,
  relayInputFromEnv,
  resolveRelaySettings
};
