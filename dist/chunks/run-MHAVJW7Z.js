import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  DRY_RUN_THREAD_TS,
  createChannelPacer,
  runAlert
} from "./chunk-PLPCU45S.js";
import "./chunk-EJ256RKK.js";
import "./chunk-Q5AWDRJE.js";
import "./chunk-VRPSVARW.js";
import "./chunk-7QIX2LZI.js";
import "./chunk-H63POQN7.js";
import "./chunk-2XQDVKDU.js";
import "./chunk-CGV6C5A4.js";
import "./chunk-PM6M57MW.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  DRY_RUN_THREAD_TS,
  createChannelPacer,
  runAlert
};
