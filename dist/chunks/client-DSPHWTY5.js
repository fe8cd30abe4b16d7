import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  ConflictError,
  DEFAULT_GITHUB_API_URL,
  createGitHubClient,
  parseRepository
} from "./chunk-5O3PJ7U7.js";
import "./chunk-NMHQ4UDV.js";
import "./chunk-NJFFVMUX.js";
import "./chunk-GQNV3XG6.js";
import "./chunk-RX3WBYGZ.js";
export {
  ConflictError,
  DEFAULT_GITHUB_API_URL,
  createGitHubClient,
  parseRepository
};
