/** Check runs, commit statuses and Actions artifacts. */
import { gone, notFound } from '../errors.js';
import type { CommitStatusState, CommitStatusValue } from '../state.js';
import { bodyOf, commitForRef, intParam, json, paginate, type Handler, type HandlerContext } from './context.js';

/** The newest status per context, newest first (what the combined status reports). */
function latestPerContext(statuses: CommitStatusState[]): CommitStatusState[] {
  const byContext = new Map<string, CommitStatusState>();
  for (const status of [...statuses].sort((a, b) => b.id - a.id)) {
    if (!byContext.has(status.context)) byContext.set(status.context, status);
  }
  return [...byContext.values()];
}

function combinedState(statuses: CommitStatusState[]): CommitStatusValue {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

function artifactList(ctx: HandlerContext, runId?: number) {
  const name = ctx.query.get('name');
  const direction = ctx.query.get('direction') ?? 'desc';
  const artifacts = ctx.model.state.artifacts
    .filter((a) => (runId === undefined || a.runId === runId) && (name === null || a.name === name))
    .sort((a, b) => (direction === 'asc' ? a.id - b.id : b.id - a.id));
  const page = paginate(ctx, artifacts);
  return json(200, { total_count: artifacts.length, artifacts: page.items.map((a) => ctx.render.artifact(a)) }, page.headers);
}

function artifact(ctx: HandlerContext) {
  const found = ctx.model.state.artifacts.find((a) => a.id === intParam(ctx, 'artifact_id'));
  if (!found) throw notFound();
  return found;
}

export const checkHandlers: Record<string, Handler> = {
  'checks/list-for-ref': (ctx) => {
    const sha = commitForRef(ctx, ctx.params.ref);
    const name = ctx.query.get('check_name');
    const status = ctx.query.get('status');
    const filter = ctx.query.get('filter') ?? 'latest';
    let runs = ctx.model.state.checkRuns.filter((r) => r.headSha === sha).sort((a, b) => b.id - a.id);
    if (filter === 'latest') {
      const seen = new Set<string>();
      runs = runs.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
    }
    if (name !== null) runs = runs.filter((r) => r.name === name);
    if (status !== null) runs = runs.filter((r) => r.status === status);
    const page = paginate(ctx, runs);
    return json(200, { total_count: runs.length, check_runs: page.items.map((r) => ctx.render.checkRun(r)) }, page.headers);
  },

  'repos/get-combined-status-for-ref': (ctx) => {
    const sha = ctx.model.resolveCommitish(ctx.params.ref);
    if (!sha) throw notFound();
    const latest = latestPerContext(ctx.model.state.statuses.filter((s) => s.sha === sha));
    const page = paginate(ctx, latest);
    return json(
      200,
      {
        state: combinedState(latest),
        statuses: page.items.map((s) => ctx.render.simpleStatus(s)),
        sha,
        total_count: latest.length,
        repository: ctx.render.repository(),
        commit_url: `${ctx.render.repoApi}/commits/${sha}`,
        url: `${ctx.render.repoApi}/commits/${sha}/status`,
      },
      page.headers,
    );
  },

  'repos/list-commit-statuses-for-ref': (ctx) => {
    const sha = commitForRef(ctx, ctx.params.ref);
    const statuses = ctx.model.state.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
    const page = paginate(ctx, statuses);
    return json(200, page.items.map((s) => ctx.render.status(s)), page.headers);
  },

  'repos/create-commit-status': (ctx) => {
    const input = bodyOf<{ state: CommitStatusValue; target_url?: string | null; description?: string | null; context?: string }>(ctx);
    const status = ctx.model.addStatus(ctx.params.sha, input.context ?? 'default', input.state, {
      description: input.description ?? undefined,
      targetUrl: input.target_url ?? undefined,
      creator: ctx.actor,
    });
    return json(201, ctx.render.status(status));
  },

  'actions/list-workflow-run-artifacts': (ctx) => artifactList(ctx, intParam(ctx, 'run_id')),

  'actions/list-artifacts-for-repo': (ctx) => artifactList(ctx),

  'actions/get-artifact': (ctx) => json(200, ctx.render.artifact(artifact(ctx))),

  'actions/download-artifact': (ctx) => {
    const found = artifact(ctx);
    if (ctx.params.archive_format !== 'zip') throw notFound();
    if (found.expired) throw gone('Artifact has expired');
    return { status: 302, headers: { location: ctx.objectUrl('artifacts', found.id) } };
  },

  'actions/delete-artifact': (ctx) => {
    const found = artifact(ctx);
    ctx.model.state.artifacts = ctx.model.state.artifacts.filter((a) => a.id !== found.id);
    return { status: 204 };
  },
};
