import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  loadRunbooks,
  matchCommand,
  matchesJson
} from "./chunk-46SXMZJK.js";
import {
  matchesText
} from "./chunk-HF3PC64S.js";
import "./chunk-LWNAGPV4.js";
import "./chunk-RUE43TMS.js";
import "./chunk-P7JT3L7S.js";
import "./chunk-GKK2PCUX.js";
import "./chunk-H63POQN7.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  loadRunbooks,
  matchCommand,
  matchesJson,
  matchesText
};
