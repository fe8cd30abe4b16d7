/**
 * The postmortem template: placeholders `{{name}}` filled with Markdown built from PagerDuty and Slack
 * (src/postmortem/draft.ts). The repository's own template (`postmortems/TEMPLATE.md` by default) wins over this
 * default, which is the same file as shipped in this repository. Placeholders are listed in docs/postmortem.md.
 */

/** The default template: the same text as postmortems/TEMPLATE.md (a test keeps them equal). */
export const DEFAULT_TEMPLATE = `<!-- Postmortem draft for {{incident_id}}, written by oncall-runbooks from PagerDuty and Slack. Edit freely: once this file is edited, a re-run leaves it alone. -->

# {{date}}: {{title}}

## Summary

{{summary}}

|                            |                            |
| -------------------------- | -------------------------- |
| Incident                   | {{incident_link}}          |
| Service                    | {{service}}                |
| Urgency / priority         | {{urgency}} / {{priority}} |
| Time to acknowledge (MTTA) | {{mtta}}                   |
| Time to resolve (MTTR)     | {{mttr}}                   |
| Responders                 | {{responders}}             |
| Runbook                    | {{runbook}}                |

{{problems}}

## Impact

- Who or what was affected: _to fill in_
- How long the impact lasted: _to fill in_
- Seen by customers: _yes / no_

## Timeline (from PagerDuty)

{{timeline}}

## Notes in PagerDuty

{{notes}}

## Slack thread

{{slack_thread}}

## What went well

- _to fill in_

## What went wrong

- _to fill in_

## Action items

| Action       | Owner | Issue | Due |
| ------------ | ----- | ----- | --- |
| _to fill in_ |       |       |     |
`;

/** Every placeholder the draft fills. */
export const PLACEHOLDERS = [
  'incident_id',
  'incident_number',
  'incident_link',
  'title',
  'date',
  'service',
  'urgency',
  'priority',
  'summary',
  'mtta',
  'mttr',
  'responders',
  'runbook',
  'timeline',
  'notes',
  'slack_thread',
  'problems',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * Fills `{{name}}` (spaces inside the braces allowed) with `values`, in one pass: a value that itself contains
 * `{{…}}` is never filled again. Unknown placeholders are left as written, so a typo shows in the draft.
 */
export function fillTemplate(template: string, values: Record<Placeholder, string>): string {
  return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name as Placeholder] : whole,
  );
}
