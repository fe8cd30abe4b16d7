import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  DRY_RUN_THREAD_TS,
  createChannelPacer,
  runAlert
} from "./chunk-F4ZC2TKO.js";
import "./chunk-EJ256RKK.js";
import "./chunk-VRPSVARW.js";
import "./chunk-7QIX2LZI.js";
import "./chunk-H63POQN7.js";
import "./chunk-2XQDVKDU.js";
import "./chunk-US3WHMU3.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  DRY_RUN_THREAD_TS,
  createChannelPacer,
  runAlert
};
