/**
 * ToolkitArtifactUploader against a stand-in for the Actions results service
 * (the real one exists only inside a workflow job). The stand-in keeps the
 * service's rule that matters here: an artifact name is taken once per
 * workflow run, and a second CreateArtifact for it fails with the toolkit's
 * own 409 message. Deleting a missing artifact throws the toolkit's own
 * ArtifactNotFoundError.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ArtifactNotFoundError, type UploadArtifactResponse } from '@actions/artifact';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { ToolkitArtifactUploader, type ArtifactUploadClient } from '../../../src/sources/artifact-toolkit.js';

const CONFLICT =
  'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run';

class RunArtifacts implements ArtifactUploadClient {
  readonly byName = new Map<string, number>();
  readonly calls: string[] = [];
  private nextId = 100;
  /** Runs just before CreateArtifact: another job, or a failing service. */
  beforeCreate?: () => void;
  deleteError?: Error;

  add(name: string): number {
    const id = this.nextId++;
    this.byName.set(name, id);
    return id;
  }

  async uploadArtifact(name: string): Promise<UploadArtifactResponse> {
    this.calls.push(`upload ${name}`);
    this.beforeCreate?.();
    if (this.byName.has(name)) throw new Error(CONFLICT);
    return { id: this.add(name), size: 1234, digest: 'ab'.repeat(32) };
  }

  async deleteArtifact(name: string): Promise<{ id: number }> {
    this.calls.push(`delete ${name}`);
    if (this.deleteError) throw this.deleteError;
    const id = this.byName.get(name);
    if (id === undefined) throw new ArtifactNotFoundError(`Artifact not found for name: ${name}`);
    this.byName.delete(name);
    return { id };
  }
}

let run: RunArtifacts;
let log: MemoryLogger;
beforeEach(() => {
  run = new RunArtifacts();
  log = new MemoryLogger();
});
afterEach(() => {
  // Every test leaves at most one artifact of the name, as the service would.
  expect(run.byName.size).toBeLessThanOrEqual(1);
});

const upload = () => new ToolkitArtifactUploader(run).upload('wheels', ['/dist/a.whl'], '/dist', log);

describe('ToolkitArtifactUploader', () => {
  it('replaces the artifact an earlier attempt of the run uploaded, and says so', async () => {
    const earlier = run.add('wheels');
    const res = await upload();
    expect(run.calls).toEqual(['delete wheels', 'upload wheels']);
    expect([...run.byName]).toEqual([['wheels', res.id]]);
    expect(res.id).not.toBe(earlier);
    expect(log.text()).toContain(`Deleted artifact wheels (id ${earlier}), which this workflow run already had`);
  });

  it('uploads without deleting anything when the name is free', async () => {
    await upload();
    expect([...run.byName.keys()]).toEqual(['wheels']);
    expect(log.text()).not.toContain('Deleted');
    expect(log.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });

  it('a rerun after a failed upload succeeds (the failed attempt may have created the artifact)', async () => {
    run.beforeCreate = () => {
      run.beforeCreate = undefined;
      run.add('wheels'); // created, then the upload of its content failed
      throw new Error('Unable to make request: ECONNRESET');
    };
    const err = await upload().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^Could not upload artifact wheels: Unable to make request: ECONNRESET\. The wheels and manifest are in \/dist; re-run the job/);
    await expect(upload()).resolves.toMatchObject({ size: 1234 });
    expect([...run.byName.keys()]).toEqual(['wheels']);
  });

  it('blames another job, not a passing fault, when the name is taken after the delete', async () => {
    run.beforeCreate = () => void run.add('wheels');
    const err = await upload().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('another job of this workflow run uploaded an artifact of that name while this step ran');
    expect((err as Error).message).toContain('Give upload-artifact a name no other job of the workflow uses');
    expect((err as Error).message).not.toContain('re-run');
  });

  it('names the failed delete when the name stays taken', async () => {
    run.add('wheels');
    run.deleteError = new Error('Failed to DeleteArtifact: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable');
    const err = await upload().catch((e: unknown) => e);
    expect(log.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([expect.stringContaining('Could not delete an earlier artifact wheels')]);
    expect((err as Error).message).toContain('this workflow run already has an artifact of that name, and deleting it failed (Failed to DeleteArtifact');
    expect((err as Error).message).toContain('Re-run the job');
  });

  it('outside a workflow job, the real client fails before uploading, saying why', async () => {
    const saved = { token: process.env.ACTIONS_RUNTIME_TOKEN, url: process.env.ACTIONS_RESULTS_URL };
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const err = await new ToolkitArtifactUploader().upload('wheels', ['/dist/a.whl'], '/dist', log).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/^Could not upload artifact wheels: uploading needs the Actions results service.*ACTIONS_RUNTIME_TOKEN/);
    } finally {
      if (saved.token !== undefined) process.env.ACTIONS_RUNTIME_TOKEN = saved.token;
      if (saved.url !== undefined) process.env.ACTIONS_RESULTS_URL = saved.url;
    }
  });
});
