import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  LOOKUP_ROUNDS,
  UserDirectory,
  formatPerson
} from "./chunk-PDB5J76S.js";
import "./chunk-7QIX2LZI.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  LOOKUP_ROUNDS,
  UserDirectory,
  formatPerson
};
