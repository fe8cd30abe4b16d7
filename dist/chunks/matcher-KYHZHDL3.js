import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  compareMatches,
  compileRuleRegex,
  createMatcher,
  hasKeyword,
  isAsciiAlnum,
  matchScore
} from "./chunk-GKK2PCUX.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  compareMatches,
  compileRuleRegex,
  createMatcher,
  hasKeyword,
  isAsciiAlnum,
  matchScore
};
