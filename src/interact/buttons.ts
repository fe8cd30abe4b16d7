/**
 * The incident message's buttons and the Add note modal, as data. The buttons follow the incident's state as the
 * message shows it: no Acknowledge once acknowledged; once resolved, only Draft postmortem (the status line then
 * says who resolved it and when). A click is only a request: the relay re-reads PagerDuty before acting.
 */
import type { Block, ButtonElement } from '../slack/types.js';
import {
  ACTION_IDS,
  NOTE_BLOCK_ID,
  NOTE_CALLBACK_ID,
  NOTE_INPUT_ID,
  type IncidentAction,
  type NoteModalState,
} from './payload.js';

/** `block_id` of the buttons on the incident message. */
export const ACTIONS_BLOCK_ID = 'oncall-actions';

const LABELS: Record<IncidentAction, string> = {
  acknowledge: 'Acknowledge',
  resolve: 'Resolve',
  escalate: 'Escalate',
  note: 'Add note',
  postmortem: 'Draft postmortem',
};

/** The buttons for an incident in `status`. */
export function incidentActionsBlock(status: string, incidentId: string): Block {
  const actions: IncidentAction[] =
    status === 'resolved'
      ? ['postmortem']
      : status === 'acknowledged'
        ? ['resolve', 'escalate', 'note']
        : ['acknowledge', 'resolve', 'escalate', 'note'];
  const elements: ButtonElement[] = actions.map((action) => ({
    type: 'button',
    text: { type: 'plain_text', text: LABELS[action] },
    action_id: ACTION_IDS[action],
    value: incidentId,
    ...(action === 'acknowledge' ? { style: 'primary' as const } : {}),
  }));
  return { type: 'actions', block_id: ACTIONS_BLOCK_ID, elements };
}

/** The Add note modal. `state` rides in `private_metadata`, which only this app can set. */
export function noteModal(state: NoteModalState, incidentLabel: string): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: NOTE_CALLBACK_ID,
    private_metadata: JSON.stringify(state),
    title: { type: 'plain_text', text: 'Add a note' },
    submit: { type: 'plain_text', text: 'Add note' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'context',
        elements: [
          { type: 'plain_text', text: `Added to ${incidentLabel.slice(0, 150)} in PagerDuty, as you.` },
        ],
      },
      {
        type: 'input',
        block_id: NOTE_BLOCK_ID,
        label: { type: 'plain_text', text: 'Note' },
        element: { type: 'plain_text_input', action_id: NOTE_INPUT_ID, multiline: true, max_length: 3000 },
      },
    ],
  };
}
