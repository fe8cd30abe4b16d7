/**
 * What Slack posts to the relay, read into small typed shapes. Interactivity requests are a form with one field,
 * `payload`, holding JSON (`block_actions` for a button, `view_submission` for a modal); slash commands are plain
 * form fields. Everything is checked here; the rest of src/interact/ never sees raw payloads.
 */

/** `action_id`s of the incident message's buttons. */
export const ACTION_IDS = {
  acknowledge: 'oncall_acknowledge',
  resolve: 'oncall_resolve',
  escalate: 'oncall_escalate',
  note: 'oncall_add_note',
  postmortem: 'oncall_draft_postmortem',
} as const;
export type IncidentAction = keyof typeof ACTION_IDS;

/** `callback_id` of the Add note modal. */
export const NOTE_CALLBACK_ID = 'oncall_note_modal';
/** Where the note text sits in the modal's state. */
export const NOTE_BLOCK_ID = 'oncall_note';
export const NOTE_INPUT_ID = 'oncall_note_text';

/** A button on an incident message was pressed. */
export interface ButtonClick {
  kind: 'button';
  action: IncidentAction;
  /** The button's `value`: the incident it claims to act on (checked against the message before use). */
  incidentId: string;
  userId: string;
  channelId: string;
  messageTs: string;
  responseUrl: string;
  triggerId: string;
  /** Same for every delivery of this one click. */
  dedupeKey: string;
}

/** The Add note modal was submitted. */
export interface NoteSubmission {
  kind: 'note';
  incidentId: string;
  userId: string;
  channelId: string;
  messageTs: string;
  responseUrl: string;
  text: string;
  dedupeKey: string;
}

/** A slash command (`/oncall …`). */
export interface SlashCommand {
  kind: 'command';
  command: string;
  text: string;
  userId: string;
  channelId: string;
  responseUrl: string;
  dedupeKey: string;
}

/** Something valid that the relay does not act on (another app's button, a closed modal, a shortcut). */
export interface Ignored {
  kind: 'ignored';
  reason: string;
}

export type Interaction = ButtonClick | NoteSubmission | SlashCommand | Ignored;

/** The body is not a Slack request the relay understands; the message says what was wrong (never echoing input). */
export class InvalidInteractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInteractionError';
  }
}

/** The state carried through the Add note modal (`private_metadata`, set by the relay, returned by Slack). */
export interface NoteModalState {
  incident_id: string;
  channel: string;
  message_ts: string;
  response_url: string;
}

const ID = /^[A-Z0-9]{1,32}$/;
const TS = /^\d{1,12}\.\d{1,9}$/;
const MAX_NOTE = 3_000;

/** Reads an interactivity body (`payload=<JSON>`). */
export function parseInteraction(body: string): Interaction {
  const form = new URLSearchParams(body);
  const raw = form.get('payload');
  if (raw === null) throw new InvalidInteractionError('expected a form with a "payload" field');
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    throw new InvalidInteractionError('the "payload" field is not JSON');
  }
  const p = object(payload, 'payload');
  const type = p.type;
  if (type === 'block_actions') return readBlockActions(p);
  if (type === 'view_submission') return readViewSubmission(p);
  return { kind: 'ignored', reason: `interaction type ${JSON.stringify(String(type).slice(0, 40))}` };
}

/** Reads a slash-command body (plain form fields). */
export function parseSlashCommand(body: string): SlashCommand | Ignored {
  const form = new URLSearchParams(body);
  if (form.get('ssl_check') === '1') return { kind: 'ignored', reason: 'ssl_check' };
  const command = form.get('command') ?? '';
  if (!command.startsWith('/'))
    throw new InvalidInteractionError('expected a slash command ("command" field)');
  return {
    kind: 'command',
    command: command.slice(0, 40),
    text: (form.get('text') ?? '').slice(0, 200),
    userId: id(form.get('user_id'), 'user_id'),
    channelId: id(form.get('channel_id'), 'channel_id'),
    responseUrl: string(form.get('response_url'), 'response_url'),
    dedupeKey: `command:${string(form.get('trigger_id'), 'trigger_id').slice(0, 200)}`,
  };
}

function readBlockActions(p: Record<string, unknown>): ButtonClick | Ignored {
  const actions = Array.isArray(p.actions) ? p.actions : [];
  const action = actions.length === 1 ? object(actions[0], 'actions[0]') : undefined;
  if (!action) return { kind: 'ignored', reason: 'not exactly one action' };
  const entry = Object.entries(ACTION_IDS).find(([, actionId]) => actionId === action.action_id);
  if (!entry) return { kind: 'ignored', reason: 'not one of the incident buttons' };
  const container = object(p.container, 'container');
  if (container.type !== 'message') return { kind: 'ignored', reason: 'button not in a message' };
  const user = object(p.user, 'user');
  const userId = id(user.id, 'user.id');
  const messageTs = ts(container.message_ts, 'container.message_ts');
  const actionTs = string(action.action_ts, 'actions[0].action_ts').slice(0, 40);
  return {
    kind: 'button',
    action: entry[0] as IncidentAction,
    incidentId: id(action.value, 'actions[0].value'),
    userId,
    channelId: id(container.channel_id, 'container.channel_id'),
    messageTs,
    responseUrl: string(p.response_url, 'response_url'),
    triggerId: string(p.trigger_id, 'trigger_id').slice(0, 200),
    dedupeKey: `button:${userId}:${messageTs}:${entry[1]}:${actionTs}`,
  };
}

function readViewSubmission(p: Record<string, unknown>): NoteSubmission | Ignored {
  const view = object(p.view, 'view');
  if (view.callback_id !== NOTE_CALLBACK_ID) return { kind: 'ignored', reason: 'another modal' };
  let state: unknown;
  try {
    state = JSON.parse(string(view.private_metadata, 'view.private_metadata'));
  } catch {
    throw new InvalidInteractionError('view.private_metadata is not the JSON the relay put there');
  }
  const s = object(state, 'view.private_metadata');
  const values = object(object(view.state, 'view.state').values, 'view.state.values');
  const input = object(object(values[NOTE_BLOCK_ID], `values.${NOTE_BLOCK_ID}`)[NOTE_INPUT_ID], 'note input');
  const text = typeof input.value === 'string' ? input.value.trim() : '';
  if (text === '') throw new InvalidInteractionError('the note is empty');
  const user = object(p.user, 'user');
  return {
    kind: 'note',
    incidentId: id(s.incident_id, 'private_metadata.incident_id'),
    userId: id(user.id, 'user.id'),
    channelId: id(s.channel, 'private_metadata.channel'),
    messageTs: ts(s.message_ts, 'private_metadata.message_ts'),
    responseUrl: string(s.response_url, 'private_metadata.response_url'),
    text: text.slice(0, MAX_NOTE),
    dedupeKey: `note:${string(view.id, 'view.id').slice(0, 40)}:${String(view.hash ?? '').slice(0, 60)}`,
  };
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInteractionError(`${where}: expected an object`);
  }
  return value as Record<string, unknown>;
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') throw new InvalidInteractionError(`${where}: expected text`);
  return value;
}

function id(value: unknown, where: string): string {
  const s = string(value, where);
  if (!ID.test(s)) throw new InvalidInteractionError(`${where}: expected an ID such as "C0123ABCD"`);
  return s;
}

function ts(value: unknown, where: string): string {
  const s = string(value, where);
  if (!TS.test(s))
    throw new InvalidInteractionError(`${where}: expected a Slack timestamp such as "1700000000.000100"`);
  return s;
}
