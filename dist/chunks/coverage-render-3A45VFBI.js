import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  COVERAGE_MARKER,
  coverageJson,
  coverageMarkdown
} from "./chunk-S6AHBPBN.js";
import "./chunk-RM6LXHDI.js";
import "./chunk-RX3WBYGZ.js";
export {
  COVERAGE_MARKER,
  coverageJson,
  coverageMarkdown
};
