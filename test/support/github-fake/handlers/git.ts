/** Repository, branches, Git data (refs, blobs, trees, commits), commits, contents, tags. */
import { notFound, unprocessable } from '../errors.js';
import type { IdentityInput, TreeInputEntry } from '../model.js';
import { bodyOf, commitForRef, json, paginate, type Handler, type HandlerContext } from './context.js';

function refsMatching(ctx: HandlerContext, prefix: string): [string, string][] {
  return [...ctx.model.state.refs.entries()].filter(([name]) => name.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
}

/** Tags newest-version first, the order GitHub's tag list shows for version tags. */
function sortedTags(ctx: HandlerContext): [string, string][] {
  return refsMatching(ctx, 'refs/tags/')
    .map(([name, sha]): [string, string] => [name.slice('refs/tags/'.length), sha])
    .sort(([a], [b]) => b.localeCompare(a, 'en', { numeric: true }));
}

export const gitHandlers: Record<string, Handler> = {
  'repos/get': (ctx) => json(200, ctx.render.repository()),

  'repos/list-branches': (ctx) => {
    const branches = refsMatching(ctx, 'refs/heads/').map(([name, sha]) => ctx.render.shortBranch(name.slice('refs/heads/'.length), sha));
    const page = paginate(ctx, branches);
    return json(200, page.items, page.headers);
  },

  'repos/get-branch': (ctx) => {
    const sha = ctx.model.branchSha(ctx.params.branch);
    if (!sha) throw notFound('Branch not found');
    return json(200, ctx.render.branch(ctx.params.branch, sha));
  },

  'git/get-ref': (ctx) => {
    const full = `refs/${ctx.params.ref}`;
    const sha = ctx.model.state.refs.get(full);
    if (!sha) throw notFound();
    return json(200, ctx.render.gitRef(full, sha));
  },

  'git/list-matching-refs': (ctx) => {
    const prefix = `refs/${ctx.params.ref}`;
    return json(200, refsMatching(ctx, prefix).map(([name, sha]) => ctx.render.gitRef(name, sha)));
  },

  'git/create-ref': (ctx) => {
    const { ref, sha } = bodyOf<{ ref: string; sha: string }>(ctx);
    ctx.model.createRef(ref, sha);
    const body = ctx.render.gitRef(ref, sha);
    return json(201, body, { location: String(body.url) });
  },

  'git/update-ref': (ctx) => {
    const { sha, force } = bodyOf<{ sha: string; force?: boolean }>(ctx);
    ctx.model.updateRef(ctx.params.ref, sha, force === true);
    const full = `refs/${ctx.params.ref}`;
    return json(200, ctx.render.gitRef(full, sha));
  },

  'git/delete-ref': (ctx) => {
    ctx.model.deleteRef(ctx.params.ref);
    return { status: 204 };
  },

  'git/create-tag': (ctx) => {
    const input = bodyOf<{ tag: string; message: string; object: string; type: 'commit' | 'tree' | 'blob'; tagger?: IdentityInput }>(ctx);
    const sha = ctx.model.createTagObject(input);
    const body = ctx.render.gitTag(sha);
    return json(201, body, { location: String(body.url) });
  },

  'git/get-tag': (ctx) => {
    if (!ctx.model.git.tagObject(ctx.params.tag_sha)) throw notFound();
    return json(200, ctx.render.gitTag(ctx.params.tag_sha));
  },

  'git/create-blob': (ctx) => {
    const { content, encoding } = bodyOf<{ content: string; encoding?: string }>(ctx);
    const enc = encoding ?? 'utf-8';
    if (enc !== 'utf-8' && enc !== 'utf8' && enc !== 'base64') {
      throw unprocessable(`encoding must be either 'utf-8' or 'base64'`);
    }
    const data = enc === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
    const sha = ctx.model.git.writeBlob(data);
    const url = `${ctx.render.repoApi}/git/blobs/${sha}`;
    return json(201, { sha, url }, { location: url });
  },

  'git/get-blob': (ctx) => {
    if (!ctx.model.git.blob(ctx.params.file_sha)) throw notFound();
    return json(200, ctx.render.blob(ctx.params.file_sha));
  },

  'git/create-tree': (ctx) => {
    const { base_tree, tree } = bodyOf<{ base_tree?: string; tree: TreeInputEntry[] }>(ctx);
    const sha = ctx.model.createTree(base_tree, tree);
    const body = ctx.render.tree(sha, false);
    return json(201, body, { location: String(body.url) });
  },

  'git/get-tree': (ctx) => {
    // GitHub accepts a tree SHA, a commit SHA or a ref name here.
    const given = ctx.params.tree_sha;
    let sha: string | undefined = ctx.model.git.tree(given) ? given : undefined;
    if (!sha) {
      const commit = ctx.model.resolveCommitish(given);
      sha = commit ? ctx.model.git.commit(commit)?.tree : undefined;
    }
    if (!sha) throw notFound();
    // Any value of `recursive` (even "0" or "false") turns recursion on, as documented.
    return json(200, ctx.render.tree(sha, ctx.query.has('recursive')));
  },

  'git/create-commit': (ctx) => {
    const input = bodyOf<{ message: string; tree: string; parents?: string[]; author?: IdentityInput; committer?: IdentityInput; signature?: string }>(ctx);
    const sha = ctx.model.createCommit(input);
    const body = ctx.render.gitCommit(sha);
    return json(201, body, { location: String(body.url) });
  },

  'git/get-commit': (ctx) => {
    if (!ctx.model.git.commit(ctx.params.commit_sha)) throw notFound();
    return json(200, ctx.render.gitCommit(ctx.params.commit_sha));
  },

  'repos/get-commit': (ctx) => json(200, ctx.render.commit(commitForRef(ctx, ctx.params.ref))),

  'repos/list-commits': (ctx) => {
    const start = ctx.model.resolveCommitish(ctx.query.get('sha') ?? ctx.model.state.defaultBranch);
    if (!start) throw notFound();
    const path = ctx.query.get('path');
    let shas = ctx.model.git.commitsBetween(undefined, start).reverse();
    if (path) {
      shas = shas.filter((sha) => {
        const commit = ctx.model.git.commit(sha);
        if (!commit) return false;
        const now = ctx.model.git.lookup(commit.tree, path)?.sha;
        const parentTree = commit.parents[0] ? ctx.model.git.commit(commit.parents[0])?.tree : undefined;
        const before = parentTree ? ctx.model.git.lookup(parentTree, path)?.sha : undefined;
        return now !== before;
      });
    }
    const page = paginate(ctx, shas);
    return json(200, page.items.map((sha) => ctx.render.commit(sha, false)), page.headers);
  },

  'repos/get-content': (ctx) => {
    const ref = ctx.query.get('ref') ?? ctx.model.state.defaultBranch;
    const sha = ctx.model.resolveCommitish(ref);
    if (!sha) throw notFound(`No commit found for the ref ${ref}`);
    const commit = ctx.model.git.commit(sha);
    const path = ctx.params.path.replace(/^\/+|\/+$/g, '');
    const entry = commit ? ctx.model.git.lookup(commit.tree, path) : undefined;
    if (!entry) throw notFound();
    const accept = String(ctx.headers.accept ?? '');
    if (entry.type === 'blob' && accept.includes('vnd.github.raw')) {
      const data = ctx.model.git.blob(entry.sha)?.data ?? Buffer.alloc(0);
      return { status: 200, raw: { data, contentType: 'text/plain; charset=utf-8' } };
    }
    if (entry.type === 'tree') {
      const tree = ctx.model.git.tree(entry.sha);
      const items = (tree?.entries ?? []).map((e) => ctx.render.contentEntry(e, path ? `${path}/${e.name}` : e.name, ref, false));
      return json(200, items);
    }
    return json(200, ctx.render.contentEntry(entry, path, ref, true));
  },

  'repos/list-tags': (ctx) => {
    const page = paginate(ctx, sortedTags(ctx));
    return json(200, page.items.map(([name, sha]) => ctx.render.tag(name, sha)), page.headers);
  },
};
