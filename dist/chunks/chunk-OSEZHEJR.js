
// src/runbooks/types.ts
var DEFAULT_INDEX_BRANCH = "oncall-runbooks-index";
var DEFAULT_INDEX_PATH = "index.json";
var INDEX_FORMAT = "oncall-runbooks/index";
var INDEX_VERSION = 3;

export {
  DEFAULT_INDEX_BRANCH,
  DEFAULT_INDEX_PATH,
  INDEX_FORMAT,
  INDEX_VERSION
};
