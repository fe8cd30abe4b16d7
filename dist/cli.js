#!/usr/bin/env node
import{createRequire as __oncallCreateRequire}from"node:module";const require=__oncallCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-WLSHNJIT.js";
import "./chunks/chunk-A56JVIDH.js";
import "./chunks/chunk-CAGJONYV.js";
import "./chunks/chunk-NJFFVMUX.js";
import "./chunks/chunk-NC2GMJHO.js";
import "./chunks/chunk-GQNV3XG6.js";
import "./chunks/chunk-RX3WBYGZ.js";

// src/cli.ts
var exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin
});
await Promise.all([
  new Promise((resolve) => process.stdout.write("", resolve)),
  new Promise((resolve) => process.stderr.write("", resolve))
]);
process.exit(exitCode);
