import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  commandHelp,
  globalHelp,
  main,
  parseCommandArgs
} from "./chunk-GGTAVN2I.js";
import "./chunk-ZFGDMJNI.js";
import "./chunk-LWNAGPV4.js";
import "./chunk-Y2KZ6SGM.js";
import "./chunk-O3DVVK6G.js";
import "./chunk-3BE7A36C.js";
import "./chunk-NJFFVMUX.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  commandHelp,
  globalHelp,
  main,
  parseCommandArgs
};
