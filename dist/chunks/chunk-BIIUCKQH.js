import {
  printableLines
} from "./chunk-TVETWU2K.js";

// src/log.ts
function secretForms(secret) {
  const forms = /* @__PURE__ */ new Set([secret, secret.trim(), ...secret.split(/\r\n|\r|\n/).map((line) => line.trim())]);
  return [...forms].filter((form) => form.length >= 4);
}
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(secret) {
    if (!secret) return;
    for (const form of secretForms(secret)) this.secrets.add(form);
  }
  redact(text) {
    return this.redactEncoded(text);
  }
  /**
   * Like {@link redact}, and also scrubs each secret as `encode` writes it: text that was escaped before it reached
   * the redactor (the job summary's Markdown turns `_` into `&#95;`) would otherwise carry a secret past it.
   */
  redactEncoded(text, encode) {
    let out = text;
    const longestFirst = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of longestFirst) {
      out = out.split(secret).join("***");
      const encoded = encode?.(secret).trim();
      if (encoded && encoded.length >= 4) out = out.split(encoded).join("***");
    }
    return out;
  }
};
var COMMAND_START = /^([\s\u0085]*):(?=:)/;
var OLD_COMMAND = /##\[/g;
function neutralizeCommandLine(line) {
  return line.replace(COMMAND_START, "$1%3A").replace(OLD_COMMAND, "#%23[");
}
function neutralizeCommands(text) {
  return text.replace(/[^\r\n]+/g, neutralizeCommandLine);
}
function safeLogText(message, redactor) {
  return neutralizeCommands(printableLines(redactor.redact(message)));
}
function streamLogger(writeLine, redactor, options = {}) {
  const write = (line) => writeLine(safeLogText(line, redactor));
  const where = (a) => a?.file ? `${a.file}${a.startLine ? `:${a.startLine}${a.startColumn ? `:${a.startColumn}` : ""}` : ""}: ` : "";
  return {
    debug: (m) => {
      if (options.verbose) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m, a) => write(`${where(a)}warning: ${m}`),
    error: (m, a) => write(`${where(a)}error: ${m}`)
  };
}

export {
  secretForms,
  Redactor,
  neutralizeCommands,
  safeLogText,
  streamLogger
};
