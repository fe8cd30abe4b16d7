import {
  GENERIC_KEYWORDS,
  MAX_DOC_FILE_BYTES,
  MAX_RUNBOOK_FILE_BYTES,
  findShadowing,
  hasErrors,
  ruleShadows,
  rulesAmbiguous,
  sortProblems,
  validateRunbooks
} from "./chunk-5SZKXDYW.js";
import "./chunk-55ZDFV63.js";
import "./chunk-FEPNFW2B.js";
import "./chunk-GCNY4AAF.js";
import "./chunk-5HCWRHT6.js";
import "./chunk-OSEZHEJR.js";
import "./chunk-UV4OEPKX.js";
import "./chunk-QB6QIQAD.js";
import "./chunk-7U377EUR.js";
import "./chunk-RW3X5YEY.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  GENERIC_KEYWORDS,
  MAX_DOC_FILE_BYTES,
  MAX_RUNBOOK_FILE_BYTES,
  findShadowing,
  hasErrors,
  ruleShadows,
  rulesAmbiguous,
  sortProblems,
  validateRunbooks
};
