/**
 * The hardening rules of DESIGN.md §1 on every workflow this repository ships,
 * and each rule shown to catch a small bad workflow, so a pass means something.
 */
import { describe, expect, it } from '@jest/globals';
import {
  checkoutCredentialProblems,
  concurrencyProblems,
  expressionsInRun,
  idTokenProblems,
  inlinePythonProblems,
  parseWorkflowYaml,
  permissionProblems,
  pypiGateProblems,
  readText,
  skipPropagationProblems,
  TEMPLATE_OWNER,
  unpinnedUses,
  uploadOverwriteProblems,
  unsafeTriggerProblems,
  workflowFiles,
  type Workflow,
} from './rules.js';

/** The template references the suite's own actions by tag, as the issue asks; everything else is pinned. */
const SUITE_BY_TAG = new RegExp(`^${TEMPLATE_OWNER}/python-release-actions/actions/[a-z-]+@v\\d+$`);

const RELEASE_WORKFLOWS = ['.github/workflows/release.yml', 'templates/release.yml'];

describe.each(workflowFiles())('%s', (file) => {
  const wf = parseWorkflowYaml(readText(file));

  it('interpolates no ${{ }} into a run: script', () => {
    expect(expressionsInRun(wf)).toEqual([]);
  });

  it('pins every third-party action to a full commit SHA', () => {
    expect(unpinnedUses(wf, { allowTagged: file.startsWith('templates/') ? SUITE_BY_TAG : undefined })).toEqual([]);
  });

  it('grants nothing at the top and declares permissions on every job', () => {
    expect(permissionProblems(wf)).toEqual([]);
  });

  it('gives id-token: write only to publish jobs, and every publish job an environment', () => {
    expect(idTokenProblems(wf)).toEqual([]);
  });

  it('checks out without persisting the token', () => {
    expect(checkoutCredentialProblems(wf)).toEqual([]);
  });

  it('has no trigger that runs fork code with secrets', () => {
    expect(unsafeTriggerProblems(wf)).toEqual([]);
  });

  it('uploads every artifact with overwrite: true, so any job can be rerun', () => {
    expect(uploadOverwriteProblems(wf)).toEqual([]);
  });

  it('holds no Python of its own (no python -c, no heredoc, no .py script)', () => {
    expect(inlinePythonProblems(wf)).toEqual([]);
  });

  it('lets no skipped job silently skip the jobs after it', () => {
    expect(skipPropagationProblems(wf)).toEqual([]);
  });
});

describe.each(RELEASE_WORKFLOWS)('%s (the pipeline)', (file) => {
  const wf = parseWorkflowYaml(readText(file));

  it('stays under 340 lines: the adopting repository owns every line of it', () => {
    expect(readText(file).split('\n').length).toBeLessThan(340);
  });

  it('never runs two releases at once', () => {
    expect(concurrencyProblems(wf)).toEqual([]);
  });

  it('publishes to PyPI only behind environment pypi, pointing at the draft release, with the verified manifest', () => {
    expect(pypiGateProblems(wf)).toEqual([]);
  });

  it('gives each job exactly the permissions it needs', () => {
    const permissions = Object.fromEntries(Object.entries(wf.jobs).map(([id, job]) => [id, job.permissions]));
    expect(permissions).toEqual({
      prepare: { contents: 'write', 'pull-requests': 'write' },
      draft: { contents: 'write' },
      build: { contents: 'read' },
      wheels: { contents: 'read', actions: 'read' },
      plan: { contents: 'read' },
      testpypi: { contents: 'read', 'id-token': 'write' },
      'verify-testpypi': { contents: 'read' },
      brief: { contents: 'read' },
      pypi: { contents: 'read', 'id-token': 'write' },
      'verify-pypi': { contents: 'read' },
      finalize: { contents: 'write' },
    });
  });
});

/** A workflow that breaks every rule once. */
const BAD = `
on: pull_request_target
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "\${{ github.event.pull_request.title }}"
      - uses: someone/action@main
      - uses: docker://alpine:3
  publish:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: ./actions/pypi-publish
        with:
          repository: pypi
  mint:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - run: "true"
  reuse:
    uses: org/repo/.github/workflows/x.yml@v1
  scripts:
    needs: reuse
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - run: python -c 'print(1)'
      - run: |
          "$(command -v python3 || command -v python)" - <<'PY'
          print(1)
          PY
      - run: python3 tools/record.py --out x
      - shell: python
        run: print(1)
      - run: python -m pip install twine && python -m build --wheel
      - uses: actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4
        with:
          name: results
      - uses: actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4
        with:
          name: again
          overwrite: true
  after:
    needs: scripts
    runs-on: ubuntu-latest
    steps: []
  late:
    needs: scripts
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps: []
`;

describe('the rules catch what they guard against', () => {
  const bad: Workflow = parseWorkflowYaml(BAD);

  it('finds ${{ }} in run:', () => {
    expect(expressionsInRun(bad)).toEqual([expect.stringContaining('jobs.build.steps[1]')]);
  });

  it('finds tags, branches and undigested images where SHAs belong', () => {
    const problems = unpinnedUses(bad).join('\n');
    expect(problems).toMatch(/actions\/checkout@v4 is not pinned/);
    expect(problems).toMatch(/someone\/action@main is not pinned/);
    expect(problems).toMatch(/docker:\/\/alpine:3 is not pinned to a digest/);
    expect(problems).toMatch(/jobs\.reuse: org\/repo\/\.github\/workflows\/x\.yml@v1/);
    expect(unpinnedUses(parseWorkflowYaml('jobs:\n  a:\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8\n'))).toEqual([]);
  });

  it('allows the suite by tag only where asked, and nothing else by tag', () => {
    const wf = parseWorkflowYaml(`jobs:\n  a:\n    steps:\n      - uses: ${TEMPLATE_OWNER}/python-release-actions/actions/fetch-wheels@v1\n      - uses: other/python-release-actions-fork/x@v1\n`);
    expect(unpinnedUses(wf, { allowTagged: SUITE_BY_TAG })).toEqual([expect.stringContaining('other/python-release-actions-fork/x@v1')]);
    expect(unpinnedUses(wf)).toHaveLength(2);
  });

  it('finds write-all and jobs without permissions', () => {
    const problems = permissionProblems(bad).join('\n');
    expect(problems).toMatch(/grants `permissions: write-all`/);
    expect(problems).toMatch(/jobs\.build declares no `permissions:`/);
    expect(permissionProblems(parseWorkflowYaml('permissions:\n  contents: write\njobs:\n  a:\n    permissions: {}\n'))).toEqual(['the workflow grants contents: write to every job']);
  });

  it('finds id-token where nothing publishes, and publishing outside an environment', () => {
    const problems = idTokenProblems(bad).join('\n');
    expect(problems).toMatch(/jobs\.mint has id-token: write but publishes nothing/);
    expect(problems).toMatch(/jobs\.publish publishes outside an environment/);
    const noToken = parseWorkflowYaml('jobs:\n  p:\n    environment: pypi\n    permissions:\n      contents: read\n    steps:\n      - uses: ./actions/pypi-publish\n');
    expect(idTokenProblems(noToken)).toEqual([expect.stringMatching(/publishes without id-token: write/)]);
  });

  it('finds a PyPI upload without the gate, the draft link, the manifest and the dry-run stop', () => {
    const problems = pypiGateProblems(bad);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/without `environment: pypi`/);
    expect(pypiGateProblems(parseWorkflowYaml('jobs:\n  a:\n    steps: []\n'))).toEqual(['no job publishes to PyPI (pypi-publish with repository: pypi)']);
    const wrongUrl = parseWorkflowYaml('jobs:\n  p:\n    if: "!inputs.dry-run"\n    environment:\n      name: pypi\n      url: https://pypi.org\n    steps:\n      - uses: ./actions/pypi-publish\n        with:\n          repository: pypi\n          expect-manifest: m.json\n');
    expect(pypiGateProblems(wrongUrl)).toEqual([expect.stringMatching(/environment\.url must be the draft release/)]);
  });

  it('finds a missing or cancelling concurrency group', () => {
    expect(concurrencyProblems(bad)).toEqual(['the workflow has no `concurrency:`']);
    expect(concurrencyProblems(parseWorkflowYaml('concurrency:\n  group: r\n  cancel-in-progress: true\njobs: {}\n'))).toEqual(['`concurrency:` cancels the release in progress']);
  });

  it('finds an upload that a rerun would fail on', () => {
    expect(uploadOverwriteProblems(bad)).toEqual([expect.stringMatching(/^jobs\.scripts\.steps\[5\]: upload-artifact without overwrite: true/)]);
  });

  it('finds python -c, a program on stdin, a heredoc, a .py script and shell: python, and lets python -m be', () => {
    const problems = inlinePythonProblems(bad);
    expect(problems.filter((p) => p.startsWith('jobs.scripts.steps[0]'))).toEqual([expect.stringContaining('runs python -c')]);
    expect(problems.filter((p) => p.startsWith('jobs.scripts.steps[1]')).join('\n')).toMatch(/feeds a program to Python on stdin[\s\S]*heredoc/);
    expect(problems.filter((p) => p.startsWith('jobs.scripts.steps[2]'))).toEqual([expect.stringContaining('runs a .py script')]);
    expect(problems.filter((p) => p.startsWith('jobs.scripts.steps[3]'))).toEqual([expect.stringContaining('shell: python step is inline Python')]);
    expect(problems.filter((p) => p.startsWith('jobs.scripts.steps[4]'))).toEqual([]);
  });

  it('finds jobs that a skipped job would skip, and a status check that ignores failures', () => {
    expect(skipPropagationProblems(bad)).toEqual([
      'jobs.after runs after scripts, which can be skipped, and its if: has no !cancelled() (it would be skipped too)',
      'jobs.late: if: ${{ !cancelled() }} checks no needs.<job>.result, so it would run after a failure',
    ]);
  });

  it('finds checkout persisting credentials and unsafe triggers', () => {
    expect(checkoutCredentialProblems(bad)).toEqual([expect.stringContaining('jobs.build.steps[0]')]);
    expect(unsafeTriggerProblems(bad)).toEqual(['the workflow is triggered by pull_request_target']);
  });
});
