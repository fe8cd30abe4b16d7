import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  BUILD_HINT,
  DIAGNOSE_COLUMN,
  EDITED_HINT,
  INDEX_COLUMNS,
  INDEX_OPTIONAL_COLUMNS,
  IndexFormatError,
  READABLE_INDEX_VERSIONS,
  TABLE_KEYS,
  buildIndex,
  checkColumns,
  checkCount,
  decodeRow,
  isObject,
  optionalCells,
  parseIndex,
  readChannels,
  readIndexFile,
  readIndexText,
  readSource,
  readTriggerTable,
  resolveSource,
  runbookChannels,
  serializeIndex,
  toIndexed,
  wrong
} from "./chunk-6OURC6NX.js";
import "./chunk-FL7RWFNA.js";
import "./chunk-VOJRKQKV.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  BUILD_HINT,
  DIAGNOSE_COLUMN,
  EDITED_HINT,
  INDEX_COLUMNS,
  INDEX_OPTIONAL_COLUMNS,
  IndexFormatError,
  READABLE_INDEX_VERSIONS,
  TABLE_KEYS,
  buildIndex,
  checkColumns,
  checkCount,
  decodeRow,
  isObject,
  optionalCells,
  parseIndex,
  readChannels,
  readIndexFile,
  readIndexText,
  readSource,
  readTriggerTable,
  resolveSource,
  runbookChannels,
  serializeIndex,
  toIndexed,
  wrong
};
