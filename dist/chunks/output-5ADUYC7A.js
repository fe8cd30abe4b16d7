import {
  builtin
} from "./chunk-RW3X5YEY.js";
import "./chunk-GIGNEGIA.js";

// node-builtin:node:fs#src/cli/output.ts
var m = builtin("node:fs");
var writeSync = m.writeSync;

// src/cli/output.ts
function fdOutput(fd, deps) {
  const writeSync2 = deps.writeSync ?? writeSync;
  let closed = false;
  let stream;
  const toStream = (chunk) => {
    stream ??= deps.stream();
    stream.write(chunk);
  };
  return {
    write(text) {
      if (text === "" || closed) return;
      if (stream) return toStream(text);
      const bytes = Buffer.from(text, "utf8");
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync2(fd, bytes, offset, bytes.length - offset);
        } catch (error) {
          const code = error.code;
          if (code === "EPIPE") {
            closed = true;
            return;
          }
          if (code !== "EAGAIN") throw error;
          return toStream(bytes.subarray(offset));
        }
      }
    },
    flush() {
      const used = stream;
      if (!used) return Promise.resolve();
      return new Promise((resolve) => used.write("", () => resolve()));
    }
  };
}
export {
  fdOutput
};
