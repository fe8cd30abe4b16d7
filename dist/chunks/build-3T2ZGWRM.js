import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
} from "./chunk-BFSWJU2K.js";
import "./chunk-LWNAGPV4.js";
import "./chunk-RUE43TMS.js";
import "./chunk-P7JT3L7S.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
};
