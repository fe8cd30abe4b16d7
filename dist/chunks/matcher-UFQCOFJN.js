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
} from "./chunk-M7LR7W3O.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
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
