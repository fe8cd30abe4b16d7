import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadRunbooks,
  matchCommand,
  matchesJson
} from "./chunk-ID5BZDOX.js";
import {
  matchesText
} from "./chunk-HF3PC64S.js";
import "./chunk-LWNAGPV4.js";
import "./chunk-IZMRBCCN.js";
import "./chunk-7AGHVDON.js";
import "./chunk-6OURC6NX.js";
import "./chunk-FL7RWFNA.js";
import "./chunk-VOJRKQKV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadRunbooks,
  matchCommand,
  matchesJson,
  matchesText
};
