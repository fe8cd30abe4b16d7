import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
} from "./chunk-TCV4NYN5.js";
import "./chunk-RDJC7CW4.js";
import "./chunk-FYQKVPZC.js";
import "./chunk-NC2GMJHO.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  buildCommand,
  reportProblems,
  runBuild,
  writeFileAtomic
};
