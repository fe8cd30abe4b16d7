import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
} from "./chunk-RNZ45ZH7.js";
import "./chunk-LWNAGPV4.js";
import "./chunk-6OURC6NX.js";
import "./chunk-FL7RWFNA.js";
import "./chunk-VOJRKQKV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
};
