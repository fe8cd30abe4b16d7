/**
 * Every GitHub REST API response field the client (./client.ts) reads, with the type it reads it as. The API
 * conformance test checks each against GitHub's published REST API description and fails when the client reads a
 * field that is not listed here: add a field here when the client starts reading it.
 */
import type { ResponseField } from '../util/response-reads.js';

const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';
const PULLS_CREATE = 'POST /repos/{owner}/{repo}/pulls';
const DISPATCH_WORKFLOW = 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
const NOT_EXTRACTED = 'This operation is not in the extract of the description';

export const GITHUB_RESPONSE_FIELDS: readonly ResponseField[] = [
  { operation: CONTENTS, path: 'sha', type: 'string' },
  { operation: CONTENTS, path: 'type', type: 'string' },
  { operation: CONTENTS, path: 'encoding', type: 'string' },
  { operation: CONTENTS, path: 'content', type: 'string' },
  // Files over 1 MB come without content: read through the blob.
  { operation: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}', path: 'content', type: 'string' },
  { operation: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}', path: 'encoding', type: 'string' },
  { operation: 'PUT /repos/{owner}/{repo}/contents/{path}', path: 'commit', type: 'object' },
  { operation: 'PUT /repos/{owner}/{repo}/contents/{path}', path: 'commit.sha', type: 'string' },
  {
    operation: 'GET /repos/{owner}/{repo}',
    path: 'default_branch',
    type: 'string',
    notInDescription: `${NOT_EXTRACTED} (repos/get).`,
  },
  {
    operation: 'GET /repos/{owner}/{repo}/git/ref/heads/{branch}',
    path: 'object',
    type: 'object',
    notInDescription: `${NOT_EXTRACTED} (git/get-ref).`,
  },
  {
    operation: 'GET /repos/{owner}/{repo}/git/ref/heads/{branch}',
    path: 'object.sha',
    type: 'string',
    notInDescription: `${NOT_EXTRACTED} (git/get-ref).`,
  },
  // A diagnostic workflow's dispatch names the run it started (200 with return_run_details).
  { operation: DISPATCH_WORKFLOW, path: 'workflow_run_id', type: 'integer' },
  { operation: DISPATCH_WORKFLOW, path: 'html_url', type: 'string' },
  // The coverage comment on a pull request (issues API: pull requests are issues).
  {
    operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    path: '[].id',
    type: 'integer',
    notInDescription: `${NOT_EXTRACTED} (issues/list-comments).`,
  },
  {
    operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    path: '[].body',
    type: 'string',
    notInDescription: `${NOT_EXTRACTED} (issues/list-comments).`,
  },
  {
    operation: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    path: 'id',
    type: 'integer',
    notInDescription: `${NOT_EXTRACTED} (issues/create-comment).`,
  },
  // The postmortem draft's pull request: found by its head branch, opened, updated.
  ...(['number', 'html_url', 'state', 'merged_at', 'title', 'body'] as const).flatMap(
    (path): ResponseField[] => {
      const type = path === 'number' ? 'integer' : 'string';
      return [
        { operation: PULLS_CREATE, path, type },
        {
          operation: 'GET /repos/{owner}/{repo}/pulls',
          path: `[].${path}`,
          type,
          notInDescription: `${NOT_EXTRACTED} (pulls/list).`,
        },
        {
          operation: 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
          path,
          type,
          describedAs: { operation: PULLS_CREATE, path },
        },
      ];
    },
  ),
];
