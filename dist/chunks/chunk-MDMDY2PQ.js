import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);

// src/runbooks/types.ts
var INDEX_FORMAT = "oncall-runbooks/index";
var INDEX_VERSION = 1;

export {
  INDEX_FORMAT,
  INDEX_VERSION
};
