import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  bucketOf,
  buildTriggerTable,
  compareMatches,
  compileRuleRegex,
  createMatcher,
  createTableMatcher,
  hasKeyword,
  isAsciiAlnum,
  matchScore,
  triggerKeywords
} from "./chunk-VOJRKQKV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  bucketOf,
  buildTriggerTable,
  compareMatches,
  compileRuleRegex,
  createMatcher,
  createTableMatcher,
  hasKeyword,
  isAsciiAlnum,
  matchScore,
  triggerKeywords
};
