/**
 * Every Slack Web API response field the client (./client.ts) reads, with the type it reads it as. The API
 * conformance test checks each against Slack's published Web API description and fails when the client reads a
 * field that is not listed here: add a field here when the client starts reading it.
 */
import type { ResponseField } from '../util/response-reads.js';

/** Slack's description (last updated 2021-09, when Slack archived it) predates message metadata (2022). */
const METADATA_NOTE =
  'Message metadata (2022) is newer than the published description (2021-09): https://api.slack.com/metadata';

function messages(operation: string): ResponseField[] {
  return [
    { operation, path: 'messages', type: 'array' },
    { operation, path: 'messages[].ts', type: 'string' },
    { operation, path: 'messages[].text', type: 'string' },
    { operation, path: 'messages[].thread_ts', type: 'string' },
    { operation, path: 'messages[].user', type: 'string' },
    {
      operation,
      path: 'messages[].blocks',
      type: 'array',
      ...(operation === 'conversations.replies'
        ? { notInDescription: 'The description lists blocks on conversations.history messages only.' }
        : {}),
    },
    ...(['subtype', 'topic'] as const).map((field) => ({
      operation,
      path: `messages[].${field}`,
      type: 'string' as const,
      ...(operation === 'conversations.replies'
        ? { notInDescription: `The description lists ${field} on conversations.history messages only.` }
        : {}),
    })),
    { operation, path: 'messages[].metadata', type: 'object', notInDescription: METADATA_NOTE },
    { operation, path: 'messages[].metadata.event_type', type: 'string', notInDescription: METADATA_NOTE },
    { operation, path: 'messages[].metadata.event_payload', type: 'object', notInDescription: METADATA_NOTE },
    { operation, path: 'messages[].metadata.event_payload.*', type: 'any', notInDescription: METADATA_NOTE },
    {
      operation,
      path: 'response_metadata',
      type: 'object',
      notInDescription: 'Cursor pagination is not in the description of this method (it is in its example).',
    },
    {
      operation,
      path: 'response_metadata.next_cursor',
      type: 'string',
      notInDescription: 'See response_metadata.',
    },
  ];
}

export const SLACK_RESPONSE_FIELDS: readonly ResponseField[] = [
  { operation: 'chat.postMessage', path: 'ts', type: 'string' },
  { operation: 'chat.postMessage', path: 'channel', type: 'string' },
  ...messages('conversations.history'),
  ...messages('conversations.replies'),
  { operation: 'users.lookupByEmail', path: 'user', type: 'object' },
  { operation: 'users.lookupByEmail', path: 'user.id', type: 'string' },
  { operation: 'users.lookupByEmail', path: 'user.deleted', type: 'boolean' },
  {
    operation: 'chat.getPermalink',
    path: 'permalink',
    type: 'string',
    notInDescription:
      'chat.getPermalink is not in the extract: https://api.slack.com/methods/chat.getPermalink',
  },
  { operation: 'usergroups.users.list', path: 'users', type: 'array' },
  ...scheduledMessageFields(),
  {
    operation: 'auth.test',
    path: 'user',
    type: 'string',
    notInDescription: 'auth.test is not in the extract: https://api.slack.com/methods/auth.test',
  },
  {
    operation: 'auth.test',
    path: 'user_id',
    type: 'string',
    notInDescription: 'auth.test is not in the extract: https://api.slack.com/methods/auth.test',
  },
  // Who pressed a button, by email (scope users:read.email).
  { operation: 'users.info', path: 'user', type: 'object' },
  { operation: 'users.info', path: 'user.deleted', type: 'boolean' },
  { operation: 'users.info', path: 'user.is_bot', type: 'boolean' },
  { operation: 'users.info', path: 'user.profile', type: 'object' },
  { operation: 'users.info', path: 'user.profile.email', type: 'string' },
  // Authors of a thread by name (the postmortem draft).
  { operation: 'users.info', path: 'user.name', type: 'string' },
  { operation: 'users.info', path: 'user.real_name', type: 'string' },
  { operation: 'users.info', path: 'user.profile.display_name', type: 'string' },
  { operation: 'users.info', path: 'user.profile.real_name', type: 'string' },
];

/** Scheduled messages (the shift post's claims) are not in the extract of the 2021 description. */
function scheduledMessageFields(): ResponseField[] {
  const note = (method: string) => `${method} is not in the extract: https://api.slack.com/methods/${method}`;
  const listed = 'chat.scheduledMessages.list';
  return [
    {
      operation: 'chat.scheduleMessage',
      path: 'scheduled_message_id',
      type: 'string',
      notInDescription: note('chat.scheduleMessage'),
    },
    { operation: listed, path: 'scheduled_messages', type: 'array', notInDescription: note(listed) },
    ...(['id', 'channel_id', 'text'] as const).map((field) => ({
      operation: listed,
      path: `scheduled_messages[].${field}`,
      type: 'string' as const,
      notInDescription: note(listed),
    })),
    ...(['post_at', 'date_created'] as const).map((field) => ({
      operation: listed,
      path: `scheduled_messages[].${field}`,
      type: 'number' as const,
      notInDescription: note(listed),
    })),
    { operation: listed, path: 'response_metadata', type: 'object', notInDescription: note(listed) },
    {
      operation: listed,
      path: 'response_metadata.next_cursor',
      type: 'string',
      notInDescription: note(listed),
    },
  ];
}
