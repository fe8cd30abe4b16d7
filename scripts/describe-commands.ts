/**
 * Prints what the command specs declare, for keeping action.yml and the README in step with the code:
 *   node scripts/run-ts.mjs scripts/describe-commands.ts inputs   → the action inputs (union over commands), as action.yml YAML
 *   node scripts/run-ts.mjs scripts/describe-commands.ts table    → a Markdown table: input | commands | description | default
 * A test (__tests__/action-yml.test.ts) fails when action.yml and the specs disagree.
 */
import { ACTION_COMMANDS, commands } from '../src/commands/registry.js';
import type { OptionSpec } from '../src/commands/command.js';

/** Defaults that only exist inside a workflow run. */
const ACTION_DEFAULTS: Record<string, string> = {
  'github-token': '${{ github.token }}',
  repository: '${{ github.repository }}',
};

export interface ActionInput {
  name: string;
  description: string;
  default?: string;
  commands: string[];
}

/** Every action input: `command`, `path`, and each non-CLI-only option of every command (merged by name). */
export async function actionInputs(): Promise<ActionInput[]> {
  const byName = new Map<string, ActionInput>();
  byName.set('command', {
    name: 'command',
    description: `What to run: ${ACTION_COMMANDS.join(', ')}.`,
    commands: [],
  });
  byName.set('path', {
    name: 'path',
    description: 'The runbooks directory (validate, publish).',
    default: 'runbooks',
    commands: [],
  });
  for (const entry of commands.filter((c) => (ACTION_COMMANDS as readonly string[]).includes(c.name))) {
    const spec = await entry.load();
    for (const option of spec.options as OptionSpec[]) {
      if (option.cliOnly) continue;
      const known = byName.get(option.name);
      if (known) {
        known.commands.push(spec.name);
        continue;
      }
      const fallback = ACTION_DEFAULTS[option.name] ?? option.default;
      byName.set(option.name, {
        name: option.name,
        description: option.description,
        ...(fallback !== undefined ? { default: fallback } : {}),
        commands: [spec.name],
      });
    }
  }
  return [...byName.values()];
}

const mode = process.argv[2] ?? 'table';
const inputs = await actionInputs();
if (mode === 'inputs') {
  for (const input of inputs) {
    console.log(`  ${input.name}:`);
    const scope = input.commands.length ? ` (${input.commands.join(', ')})` : '';
    console.log(`    description: ${JSON.stringify(input.description + scope)}`);
    console.log(`    required: ${input.name === 'command'}`);
    // Only defaults the action applies itself; the others are documented and applied by the command.
    if (['path', 'github-token', 'repository'].includes(input.name))
      console.log(`    default: ${JSON.stringify(input.default)}`);
  }
} else {
  console.log('| Input | Commands | Description | Default |');
  console.log('|---|---|---|---|');
  for (const input of inputs) {
    const d = input.default ? `\`${input.default}\`` : '';
    console.log(
      `| \`${input.name}\` | ${input.commands.join(', ') || 'all'} | ${input.description.replace(/\|/g, '\\|')} | ${d} |`,
    );
  }
}
