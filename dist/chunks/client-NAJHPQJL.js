import {
  ConflictError,
  DEFAULT_GITHUB_API_URL,
  createGitHubClient,
  parseRepository
} from "./chunk-S4TTLXGH.js";
import "./chunk-R4RCMKVR.js";
import "./chunk-LEF5IGAI.js";
import "./chunk-BYBTV2RS.js";
import "./chunk-GIGNEGIA.js";
export {
  ConflictError,
  DEFAULT_GITHUB_API_URL,
  createGitHubClient,
  parseRepository
};
