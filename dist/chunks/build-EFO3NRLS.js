import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
} from "./chunk-RLSZKKMN.js";
import "./chunk-MHKXONUL.js";
import "./chunk-SQPR3ESR.js";
import "./chunk-MDMDY2PQ.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
};
