/** Pull requests (and the issue labels endpoint the bump PR uses). */
import { bodyOf, intParam, json, paginate, type Handler } from './context.js';

export const pullHandlers: Record<string, Handler> = {
  'pulls/list': (ctx) => {
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    const direction = ctx.query.get('direction') ?? 'desc';
    let pulls = ctx.model.state.pulls.filter((p) => state === 'all' || p.state === state);
    // GitHub only honours `head` in the `owner:branch` form; a bare branch name filters nothing.
    if (head && head.includes(':')) {
      const [owner, branch] = [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)];
      pulls = pulls.filter((p) => owner.toLowerCase() === ctx.model.state.owner.toLowerCase() && p.head === branch);
    }
    if (base) pulls = pulls.filter((p) => p.base === base);
    pulls = [...pulls].sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    const page = paginate(ctx, pulls);
    return json(200, page.items.map((p) => ctx.render.pull(p, false)), page.headers);
  },

  'pulls/create': (ctx) => {
    const input = bodyOf<{ title?: string; head: string; base: string; body?: string; draft?: boolean; maintainer_can_modify?: boolean }>(ctx);
    const pr = ctx.model.createPull(input, ctx.actor);
    const body = ctx.render.pull(pr, true);
    return json(201, body, { location: String(body.url) });
  },

  'pulls/get': (ctx) => json(200, ctx.render.pull(ctx.model.pull(intParam(ctx, 'pull_number')), true)),

  'pulls/update': (ctx) => {
    const input = bodyOf<{ title?: string; body?: string; state?: 'open' | 'closed'; base?: string; maintainer_can_modify?: boolean }>(ctx);
    return json(200, ctx.render.pull(ctx.model.updatePull(intParam(ctx, 'pull_number'), input), true));
  },

  'issues/add-labels': (ctx) => {
    const pr = ctx.model.pull(intParam(ctx, 'issue_number'));
    const input = ctx.body as { labels?: (string | { name: string })[] } | (string | { name: string })[] | undefined;
    const raw = Array.isArray(input) ? input : (input?.labels ?? []);
    for (const label of raw) {
      const name = typeof label === 'string' ? label : label.name;
      if (!pr.labels.includes(name)) pr.labels.push(name);
    }
    return json(200, pr.labels.map((l) => ctx.render.label(l)));
  },
};
