/**
 * A GitHub trusted publisher as PEP 740 provenance names it, and how a
 * workflow run's `workflow_ref` (GITHUB_WORKFLOW_REF, the certificate's Build
 * Config URI) maps to one. No dependencies: the action's settings read it.
 */
import type { GitHubPublisher } from './pep740.js';

/** `owner/repo/.github/workflows/release.yml@refs/heads/main` → repository and workflow file. */
export function githubPublisherFromWorkflowRef(workflowRef: string, environment?: string): GitHubPublisher | undefined {
  const match = /^([^/]+\/[^/]+)\/\.github\/workflows\/([^@]+)@/.exec(workflowRef);
  if (!match) return undefined;
  return { kind: 'GitHub', repository: match[1], workflow: match[2], environment: environment ?? null };
}
