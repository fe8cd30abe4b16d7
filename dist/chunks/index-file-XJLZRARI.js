import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  INDEX_COLUMNS,
  IndexFormatError,
  READABLE_INDEX_VERSIONS,
  buildIndex,
  parseIndex,
  readIndexFile,
  resolveSource,
  serializeIndex,
  toIndexed
} from "./chunk-RUE43TMS.js";
import "./chunk-P7JT3L7S.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  INDEX_COLUMNS,
  IndexFormatError,
  READABLE_INDEX_VERSIONS,
  buildIndex,
  parseIndex,
  readIndexFile,
  resolveSource,
  serializeIndex,
  toIndexed
};
