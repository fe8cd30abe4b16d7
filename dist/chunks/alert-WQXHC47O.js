import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  ALERT_LANGUAGES,
  alertClients,
  alertCommand,
  loadRunbooks,
  readAlertConfig
} from "./chunk-PF6URXLJ.js";
import "./chunk-JWL2R7FE.js";
import "./chunk-3BWGM6WY.js";
import "./chunk-KNVEHQG6.js";
import "./chunk-E4BKKMTE.js";
import "./chunk-LWNAGPV4.js";
import "./chunk-FL7RWFNA.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  ALERT_LANGUAGES,
  alertClients,
  alertCommand,
  loadRunbooks,
  readAlertConfig
};
