import {
  COVERAGE_MARKER,
  coverageJson,
  coverageMarkdown
} from "./chunk-E2KOBLYX.js";
import "./chunk-JN6JRQFA.js";
import "./chunk-GIGNEGIA.js";
export {
  COVERAGE_MARKER,
  coverageJson,
  coverageMarkdown
};
