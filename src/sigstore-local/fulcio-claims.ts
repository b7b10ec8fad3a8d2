/**
 * What Fulcio writes into a certificate for a GitHub Actions token
 * (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md and its
 * GitHub workflow principal): the SAN is the job's workflow ref as a URL, and
 * each claim it knows becomes a v2 extension (a DER UTF8String).
 */
import { FULCIO_OIDS } from '../attestations/identity.js';

const GITHUB = 'https://github.com';

export interface FulcioIdentity {
  subjectAlternativeName: string;
  extensions: { oid: string; value: string }[];
}

/** Undefined when the token lacks what Fulcio needs for a GitHub workflow identity. */
export function githubIdentity(claims: Record<string, unknown>): FulcioIdentity | undefined {
  const text = (key: string): string | undefined => (typeof claims[key] === 'string' && claims[key] !== '' ? (claims[key] as string) : undefined);
  const jobWorkflowRef = text('job_workflow_ref');
  const iss = text('iss');
  if (!jobWorkflowRef || !iss) return undefined;
  const repository = text('repository');
  const runId = text('run_id');
  const runAttempt = text('run_attempt');
  const values: [string, string | undefined][] = [
    [FULCIO_OIDS.issuer, iss],
    [FULCIO_OIDS.buildSignerUri, `${GITHUB}/${jobWorkflowRef}`],
    [FULCIO_OIDS.buildSignerDigest, text('job_workflow_sha')],
    [FULCIO_OIDS.runnerEnvironment, text('runner_environment')],
    [FULCIO_OIDS.sourceRepositoryUri, repository && `${GITHUB}/${repository}`],
    [FULCIO_OIDS.sourceRepositoryDigest, text('sha')],
    [FULCIO_OIDS.sourceRepositoryRef, text('ref')],
    [FULCIO_OIDS.sourceRepositoryIdentifier, text('repository_id')],
    [FULCIO_OIDS.sourceRepositoryOwnerUri, text('repository_owner') && `${GITHUB}/${text('repository_owner')!}`],
    [FULCIO_OIDS.sourceRepositoryOwnerIdentifier, text('repository_owner_id')],
    [FULCIO_OIDS.buildConfigUri, text('workflow_ref') && `${GITHUB}/${text('workflow_ref')!}`],
    [FULCIO_OIDS.buildConfigDigest, text('workflow_sha')],
    [FULCIO_OIDS.buildTrigger, text('event_name')],
    [FULCIO_OIDS.runInvocationUri, repository && runId && runAttempt ? `${GITHUB}/${repository}/actions/runs/${runId}/attempts/${runAttempt}` : undefined],
    [FULCIO_OIDS.sourceRepositoryVisibilityAtSigning, text('repository_visibility')],
  ];
  return {
    subjectAlternativeName: `${GITHUB}/${jobWorkflowRef}`,
    extensions: values.filter((v): v is [string, string] => v[1] !== undefined).map(([oid, value]) => ({ oid, value })),
  };
}
