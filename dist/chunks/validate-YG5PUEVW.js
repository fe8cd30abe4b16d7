import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
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
} from "./chunk-FLW54PH6.js";
import "./chunk-7X6CB4DH.js";
import "./chunk-I3FLW727.js";
import "./chunk-Y2KZ6SGM.js";
import "./chunk-RUE43TMS.js";
import "./chunk-P7JT3L7S.js";
import "./chunk-GKK2PCUX.js";
import "./chunk-H63POQN7.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
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
