
// node-builtin-loader:oncall:builtin-loader
import { createRequire } from "node:module";
var requireBuiltin;
function builtin(id) {
  if (typeof process.getBuiltinModule === "function") return process.getBuiltinModule(id);
  return (requireBuiltin || (requireBuiltin = createRequire(import.meta.url)))(id);
}

export {
  builtin
};
