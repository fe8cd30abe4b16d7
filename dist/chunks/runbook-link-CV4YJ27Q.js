import {
  defaultAddUrl,
  runbookLink
} from "./chunk-LWJ5VQNM.js";
import "./chunk-MENKK2CK.js";
import "./chunk-EA5KP37Y.js";
import "./chunk-IA4VIC32.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  defaultAddUrl,
  runbookLink
};
