/**
 * The pipeline's parts fit together: every output, input, env value, matrix
 * value and artifact a job reads exists where it reads it; the suite's actions
 * get only inputs they declare; the job graph is the one of DESIGN.md §1; and
 * the template is this repository's pipeline with the actions referenced by tag.
 */
import { describe, expect, it } from '@jest/globals';
import { planVerify } from '../../../src/commands/plan-verify/index.js';
import { rayManifest } from '../commands/plan-verify/ray-set.js';
import {
  artifactProblems,
  needsOf,
  parseWorkflowYaml,
  PLANNED_LEG_FIELDS,
  readText,
  SUITE_ACTIONS,
  suiteAction,
  suiteActionSpec,
  TEMPLATE_OWNER,
  wiringProblems,
  workflowFiles,
  type Job,
  type Step,
  type Workflow,
} from './rules.js';

const RELEASE_WORKFLOWS = ['.github/workflows/release.yml', 'templates/release.yml'];

describe.each(workflowFiles())('%s', (file) => {
  const wf = parseWorkflowYaml(readText(file));

  it('reads only outputs, inputs, env and matrix values that exist, and gives each action only inputs it declares', () => {
    expect(wiringProblems(wf)).toEqual([]);
  });

  it('downloads only artifacts that an earlier job uploads', () => {
    expect(artifactProblems(wf)).toEqual([]);
  });
});

function stepsUsing(job: Job, action: string): Step[] {
  return (job.steps ?? []).filter((s) => suiteAction(s.uses) === action);
}

describe.each(RELEASE_WORKFLOWS)('%s (the pipeline of DESIGN.md §1)', (file) => {
  const wf = parseWorkflowYaml(readText(file));
  const jobs = wf.jobs;
  const stepsOf = (id: string) => jobs[id]!.steps ?? [];

  it('is started by hand with bump (a choice), version, source and dry-run', () => {
    const dispatch = (wf.on as { workflow_dispatch: { inputs: Record<string, { type: string; options?: string[] }> } }).workflow_dispatch;
    expect(Object.keys(dispatch.inputs)).toEqual(['bump', 'version', 'source', 'dry-run']);
    expect(dispatch.inputs.bump!.type).toBe('choice');
    expect(dispatch.inputs.bump!.options).toEqual(expect.arrayContaining(['major', 'minor', 'patch', 'rc', 'release']));
    expect(dispatch.inputs['dry-run']!.type).toBe('boolean');
    expect(Object.keys(wf.on as object)).toEqual(['workflow_dispatch']);
  });

  it('runs prepare → draft → build → wheels → plan ∥ testpypi → verify-testpypi → brief → pypi → verify-pypi → finalize', () => {
    expect(Object.keys(jobs)).toEqual(['prepare', 'draft', 'build', 'wheels', 'plan', 'testpypi', 'verify-testpypi', 'brief', 'pypi', 'verify-pypi', 'finalize']);
    const needs = Object.fromEntries(Object.entries(jobs).map(([id, job]) => [id, needsOf(job)]));
    expect(needs).toEqual({
      prepare: [],
      draft: ['prepare'],
      build: ['prepare', 'draft'],
      wheels: ['prepare', 'draft', 'build'],
      plan: ['wheels'],
      testpypi: ['prepare', 'wheels', 'plan'],
      'verify-testpypi': ['prepare', 'plan', 'testpypi'],
      brief: ['prepare', 'draft', 'plan', 'testpypi', 'verify-testpypi'],
      pypi: ['prepare', 'draft', 'verify-testpypi', 'brief'],
      'verify-pypi': ['prepare', 'plan', 'pypi'],
      finalize: ['prepare', 'draft', 'plan', 'pypi', 'verify-pypi'],
    });
  });

  it('uses each action in the job DESIGN.md puts it in, and create-release never inside a matrix', () => {
    expect(stepsUsing(jobs.prepare!, 'bump-version')).toHaveLength(1);
    expect(stepsUsing(jobs.draft!, 'create-release')[0]!.with).toMatchObject({ draft: 'true' });
    expect(stepsUsing(jobs.wheels!, 'fetch-wheels')).toHaveLength(1);
    expect(stepsUsing(jobs.plan!, 'plan-verify')).toHaveLength(1);
    expect(stepsUsing(jobs.testpypi!, 'pypi-publish')[0]!.with).toMatchObject({ repository: 'testpypi' });
    expect(stepsUsing(jobs['verify-testpypi']!, 'verify-install').map((s) => [s.with?.repository, s.with?.pin])).toEqual([['testpypi', 'true']]);
    expect(stepsUsing(jobs.brief!, 'approval-brief')).toHaveLength(1);
    expect(stepsUsing(jobs.pypi!, 'pypi-publish')[0]!.with).toMatchObject({ repository: 'pypi', 'expect-manifest': 'verified-manifest/manifest.json' });
    // Unpinned with the leg's wheels: pip's choice must be this version (within its series for a
    // maintenance release), then the same files are installed and checked as a pinned leg does.
    expect(stepsUsing(jobs['verify-pypi']!, 'verify-install').map((s) => [s.with?.repository, s.with?.pin, s.with?.pre])).toEqual([['pypi', 'false', 'auto']]);
    expect(stepsUsing(jobs.finalize!, 'create-release')[0]!.with).toMatchObject({ publish: 'true' });
    expect(stepsUsing(jobs.finalize!, 'approval-brief')[0]!.with).toMatchObject({ index: 'pypi', 'require-pass': 'false' });
    for (const [id, job] of Object.entries(jobs)) if (job.strategy) expect([id, stepsUsing(job, 'create-release')]).toEqual([id, []]);
  });

  it('fetches the wheels built at the bump commit: {version}, {commit} and {tag} filled, completeness and region passed through', () => {
    const fetch = stepsUsing(jobs.wheels!, 'fetch-wheels')[0]!;
    expect(fetch.with).toMatchObject({
      source: '${{ env.WHEELS_SOURCE }}',
      version: '${{ needs.prepare.outputs.version }}',
      'commit-sha': '${{ needs.prepare.outputs.commit-sha }}',
      tag: '${{ needs.prepare.outputs.tag }}',
      packages: '${{ env.PACKAGES }}',
      expect: '${{ vars.RELEASE_WHEELS_EXPECT }}',
      'expect-count': '${{ vars.RELEASE_WHEELS_EXPECT_COUNT }}',
      's3-region': '${{ vars.RELEASE_S3_REGION }}',
    });
    expect(fetch.with?.['allow-any-set']).toBeUndefined();
    expect(wf.env?.WHEELS_SOURCE).toBe('${{ inputs.source || vars.RELEASE_WHEELS_SOURCE }}');
    // The wait fits the job: an external CI waits 150 minutes by default, inside 180.
    expect(fetch.with?.['wait-timeout']).toMatch(/vars\.RELEASE_WHEELS_WAIT \|\| .*'150m'/);
    expect(jobs.wheels!['timeout-minutes']).toBeGreaterThan(150);
    // The credentials step: pinned, only when a role is set, and no id-token unless the adopter adds it.
    const aws = stepsOf('wheels').find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'))!;
    expect(aws.if).toBe("vars.RELEASE_AWS_ROLE_ARN != ''");
    expect(stepsOf('wheels').indexOf(aws)).toBeLessThan(stepsOf('wheels').indexOf(fetch));
  });

  it('builds at the bump commit with the project\'s own reusable workflow when the source is this run\'s artifact', () => {
    const build = jobs.build!;
    expect(build.uses).toBe('./.github/workflows/build-wheels.yml');
    expect(build.with).toEqual({ 'commit-sha': '${{ needs.prepare.outputs.commit-sha }}' });
    expect(build.if).toBe("startsWith(inputs.source || vars.RELEASE_WHEELS_SOURCE, 'artifact:')");
    // Way (b) deletes the build job: needs.build is then empty, which must read as skipped, not as a failure.
    expect(jobs.wheels!.if).toContain("contains(fromJSON('[\"success\", \"skipped\"]'), needs.build.result || 'skipped')");
    expect(jobs.wheels!.if).not.toMatch(/needs\.build\.result ==/);
  });

  it('uploads nothing to TestPyPI before the plan is made, and checks every file against PyPI before the gate', () => {
    expect(jobs.testpypi!.if).toContain("needs.plan.result == 'success'");
    const preflight = stepsUsing(jobs.brief!, 'pypi-publish');
    expect(preflight.map((s) => s.with)).toEqual([
      { repository: 'pypi', 'packages-dir': 'published-manifest', 'expect-manifest': 'published-manifest/manifest.json', 'preflight-only': 'true' },
    ]);
    expect(jobs.brief!.permissions).toEqual({ contents: 'read' });
  });

  it('plans the verify matrix from the fetched manifest, with runner labels of the adopter\'s own', () => {
    const plan = stepsUsing(jobs.plan!, 'plan-verify')[0]!;
    const download = stepsOf('plan').find((s) => s.with?.name === 'manifest-fetched')!;
    expect(plan.with?.manifest).toBe(`${download.with?.path}/manifest.json`);
    expect(plan.with?.runners).toBe('${{ vars.RELEASE_VERIFY_RUNNERS }}');
    expect(jobs.plan!.outputs).toMatchObject({ matrix: `\${{ steps.${plan.id}.outputs.matrix }}`, unverifiable: `\${{ steps.${plan.id}.outputs.unverifiable }}` });
  });

  it('uploads to PyPI the wheels, checked against the manifest the TestPyPI legs verified', () => {
    const downloads = stepsOf('pypi').filter((s) => s.uses?.startsWith('actions/download-artifact@')).map((s) => [s.with?.name, s.with?.path]);
    expect(downloads).toEqual([['wheels', 'wheelhouse'], ['manifest-testpypi', 'verified-manifest']]);
    const verify = stepsUsing(jobs['verify-testpypi']!, 'verify-install')[0]!;
    const verifyDownload = stepsOf('verify-testpypi').find((s) => s.with?.name === 'manifest-testpypi')!;
    expect(verify.with?.['expect-manifest']).toBe(`${verifyDownload.with?.path}/manifest.json`);
    expect(needsOf(jobs.pypi!)).toEqual(expect.arrayContaining(['verify-testpypi', 'brief']));
  });

  it('gives PyPI the attestations TestPyPI received: signed once, they travel with the verified manifest', () => {
    // pypi-publish refuses when the expected manifest names an attestation that is not beside its file.
    const testpypi = stepsOf('testpypi');
    const publishedAt = testpypi.findIndex((s) => suiteAction(s.uses) === 'pypi-publish');
    const packagesDir = testpypi[publishedAt]!.with?.['packages-dir'];
    const upload = testpypi.find((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.name === 'manifest-testpypi')!;
    const uploadDir = String(upload.with?.path).replace(/\/$/, '');
    expect(uploadDir).not.toMatch(/\.json$/);
    expect(testpypi.slice(publishedAt + 1).some((s) => s.run?.includes(`find ${packagesDir} -name '*.publish.attestation' -exec cp {} ${uploadDir}/`))).toBe(true);
    const pypi = stepsOf('pypi');
    const publishAt = pypi.findIndex((s) => suiteAction(s.uses) === 'pypi-publish');
    const pypiDir = pypi[publishAt]!.with?.['packages-dir'];
    const download = pypi.find((s) => s.with?.name === 'manifest-testpypi')!;
    expect(pypi.slice(0, publishAt).some((s) => s.run?.includes(`find ${download.with?.path} -name '*.publish.attestation' -exec cp {} ${pypiDir}/`))).toBe(true);
  });

  it('stops a dry run before the gate and everything after it', () => {
    expect(jobs.pypi!.if).toMatch(/!\s*inputs\.dry-run/);
    expect(jobs.pypi!.if).toMatch(/needs\.brief\.result == 'success'/);
    expect(jobs['verify-pypi']!.if).toMatch(/needs\.pypi\.result == 'success'/);
    expect(jobs.finalize!.if).toMatch(/needs\.pypi\.result == 'success' && needs\.verify-pypi\.result == 'success'/);
  });

  it.each(['verify-testpypi', 'verify-pypi'])('%s runs the legs plan-verify planned, each installing its own wheels and uploading its own result', (id) => {
    const job = jobs[id]!;
    const index = id.replace('verify-', '');
    expect(job.strategy).toEqual({ 'fail-fast': false, matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' });
    expect(job['runs-on']).toBe('${{ matrix.runs-on }}');
    expect(job.container).toBe('${{ matrix.container }}');
    const setupPython = stepsOf(id).find((s) => s.uses?.startsWith('actions/setup-python@'))!;
    expect([setupPython.if, setupPython.with]).toEqual(["matrix.python-setup == 'setup-python'", { 'python-version': '${{ matrix.python }}', architecture: '${{ matrix.architecture }}' }]);
    const conda = stepsOf(id).find((s) => s.id === 'conda-python')!;
    expect([conda.if, conda.env?.CONDA_SUBDIR]).toEqual(["matrix.python-setup == 'conda'", 'osx-64']);
    const verify = stepsUsing(job, 'verify-install');
    expect(verify).toHaveLength(1);
    expect(verify[0]!.with).toMatchObject({
      leg: '${{ toJSON(matrix) }}',
      wheels: "${{ join(matrix.wheels, ' ') }}",
      python: '${{ steps.setup-python.outputs.python-path || steps.conda-python.outputs.python || matrix.python }}',
      'import-name': '${{ env.IMPORT_NAMES }}',
      'result-dir': 'verify-results',
    });
    // verify-install writes the result (also on failure); the leg uploads it, also after a failure, replacing a rerun's.
    const upload = stepsOf(id).find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect([upload.if, upload.with]).toEqual(['${{ !cancelled() }}', { name: `verify-${index}-\${{ matrix.id }}`, path: 'verify-results/', 'if-no-files-found': 'error', overwrite: true }]);
    expect(stepsOf(id).indexOf(upload)).toBe(stepsOf(id).length - 1);
  });

  it('handles every way plan-verify sets a leg up, and reads only fields a planned leg has', () => {
    const plan = planVerify(rayManifest());
    expect(plan.include.length).toBeGreaterThan(10);
    expect(new Set(plan.include.map((leg) => leg['python-setup']))).toEqual(new Set(['setup-python', 'container', 'conda']));
    for (const leg of plan.include) for (const key of Object.keys(leg)) expect(PLANNED_LEG_FIELDS).toContain(key);
  });

  it.each([
    ['brief', 'verify-testpypi', 'testpypi'],
    ['finalize', 'verify-pypi', 'pypi'],
  ])('%s reads the results of every %s leg with the plan, so a wheel no leg installed fails it', (briefJob, verifyJob, index) => {
    const download = stepsOf(briefJob).find((s) => s.with?.pattern !== undefined)!;
    expect(download.with).toEqual({ pattern: `verify-${index}-*`, path: 'verify-results' });
    const brief = stepsUsing(jobs[briefJob]!, 'approval-brief')[0]!;
    const defaults = suiteActionSpec('approval-brief').inputs;
    expect(brief.with?.results ?? defaults.results!.default).toBe('verify-results');
    expect(brief.with).toMatchObject({
      matrix: '${{ needs.plan.outputs.matrix }}',
      unverifiable: '${{ needs.plan.outputs.unverifiable }}',
      'verify-result': `\${{ needs.${verifyJob}.result }}`,
      'commit-sha': '${{ needs.prepare.outputs.commit-sha }}',
    });
  });

  it('writes the approval brief in the job before the gate, even when a leg failed, and fails it when anything is wrong', () => {
    expect(jobs.brief!.if).toBe("${{ !cancelled() && needs.testpypi.result == 'success' }}");
    const brief = stepsUsing(jobs.brief!, 'approval-brief')[0]!;
    expect(brief.with?.['require-pass'] ?? suiteActionSpec('approval-brief').inputs['require-pass']!.default).toBe('true');
    expect(brief.with).toMatchObject({ 'release-url': '${{ needs.draft.outputs.html-url }}', draft: 'true', gate: "${{ !inputs.dry-run && 'pypi' || '' }}" });
    expect((jobs.pypi!.environment as { url: string }).url).toBe('${{ needs.draft.outputs.html-url }}');
  });
});

/** A job as the template should mirror it: checkouts of this repository dropped, suite actions by name. */
function comparable(wf: Workflow): unknown {
  const normalizeStep = (step: Step) => {
    const suite = suiteAction(step.uses);
    return suite ? { ...step, uses: `suite:${suite}` } : step;
  };
  const isCheckout = (step: Step) => step.uses?.startsWith('actions/checkout@') === true;
  return {
    on: wf.on,
    permissions: wf.permissions,
    concurrency: wf.concurrency,
    defaults: wf.defaults,
    env: wf.env,
    jobs: Object.fromEntries(
      Object.entries(wf.jobs).map(([id, job]) => [id, { ...job, steps: (job.steps ?? []).filter((s) => !isCheckout(s)).map(normalizeStep) }]),
    ),
  };
}

describe('templates/release.yml', () => {
  const text = readText('templates/release.yml');
  const template = parseWorkflowYaml(text);
  const own = parseWorkflowYaml(readText('.github/workflows/release.yml'));

  it("is this repository's pipeline, step for step, apart from where the actions come from", () => {
    expect(comparable(template)).toEqual(comparable(own));
  });

  it(`uses every suite action, each as ${TEMPLATE_OWNER}/python-release-actions/actions/<name>@v1, and checks nothing out`, () => {
    const uses = Object.values(template.jobs).flatMap((job) => (job.steps ?? []).map((s) => s.uses).filter((u): u is string => !!u));
    const suite = uses.filter((u) => suiteAction(u));
    expect(new Set(suite.map((u) => suiteAction(u)))).toEqual(new Set(SUITE_ACTIONS));
    for (const u of suite) expect(u).toMatch(new RegExp(`^${TEMPLATE_OWNER}/python-release-actions/actions/[a-z-]+@v1$`));
    expect(uses.filter((u) => u.startsWith('./'))).toEqual([]);
    // The brief and the plan are actions: no checkout of the suite at ref v1 to run its command line.
    expect(uses.filter((u) => u.startsWith('actions/checkout@'))).toEqual([]);
    expect(text).not.toMatch(/\bref:\s*v1\b|pyrelease|\bnode\s/);
  });
});

describe('the wiring rules catch what they guard against', () => {
  const BAD = `
on:
  workflow_dispatch:
    inputs:
      bump: { type: string }
env:
  PACKAGE: x
jobs:
  one:
    runs-on: ubuntu-latest
    outputs:
      version: \${{ steps.bump.outputs.version }}
      typo: \${{ steps.bump.outputs.verison }}
    steps:
      - id: bump
        uses: ./actions/bump-version
        with:
          bump: \${{ inputs.bumpp }}
          colour: red
      - uses: ./actions/create-release
        with:
          version: \${{ steps.later.outputs.x }}
      - id: later
        run: echo "x=1" >> "$GITHUB_OUTPUT"
      - run: echo hi
        env:
          A: \${{ env.NOPE }} \${{ matrix.os }} \${{ env.PACKAGE }}
  two:
    needs: one
    if: needs.three.result == 'success'
    runs-on: ubuntu-latest
    environment:
      name: pypi
      url: \${{ needs.one.outputs.nothing }}
    steps:
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0
        with:
          name: wheels
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0
        with:
          pattern: results-*
      - uses: actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4
        with:
          name: late
  three:
    needs: ghost
    runs-on: ubuntu-latest
    steps:
      - uses: actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4
        with:
          name: results-\${{ matrix.os }}
      - uses: actions/download-artifact@634f93cb2916e3fdff6788551b99b062d0335ce0
        with:
          name: late
`;
  const bad = parseWorkflowYaml(BAD);

  it('finds every broken reference', () => {
    const problems = wiringProblems(bad);
    const expected = [
      /jobs\.one\.outputs\.typo: step bump has no output verison/,
      /steps\[0\] \(bump\)\.with\.bump: reads inputs\.bumpp/,
      /steps\[0\] \(bump\): bump-version has no input colour/,
      /steps\[1\]: create-release requires input commit-sha/,
      /steps\[1\]\.with\.version: reads steps\.later, which is not an earlier step/,
      /steps\[3\]\.env\.A: reads env\.NOPE/,
      /steps\[3\]\.env\.A: reads matrix\.os/,
      /jobs\.two\.if: reads needs\.three but jobs\.two does not need three/,
      /jobs\.two\.environment\.url: jobs\.one has no output nothing/,
      /jobs\.three needs ghost, which does not exist/,
      /jobs\.three\.steps\[0\]\.with\.name: reads matrix\.os/,
    ];
    for (const re of expected) expect(problems.join('\n')).toMatch(re);
    expect(problems).toHaveLength(expected.length);
  });

  it('finds downloads of artifacts nobody uploads before them', () => {
    const problems = artifactProblems(bad).join('\n');
    expect(problems).toMatch(/jobs\.two\.steps\[0\]: no job uploads an artifact named wheels/);
    expect(problems).toMatch(/jobs\.two\.steps\[1\]: results-\* matches uploads of jobs that jobs\.two does not run after/);
    expect(problems).toMatch(/jobs\.three\.steps\[1\]: late is uploaded by two, which jobs\.three does not run after/);
  });

  it('reads the outputs a run: step writes to $GITHUB_OUTPUT', () => {
    const wf = parseWorkflowYaml('jobs:\n  a:\n    outputs:\n      p: ${{ steps.k.outputs.prerelease }}\n      q: ${{ steps.k.outputs.nope }}\n    steps:\n      - id: k\n        run: |\n          echo "prerelease=true" >> "$GITHUB_OUTPUT"\n');
    expect(wiringProblems(wf)).toEqual(['jobs.a.outputs.q: step k has no output nope']);
  });
});

describe('small mistakes in the real pipeline are caught', () => {
  const text = readText('.github/workflows/release.yml');
  const mutations: [string, string, RegExp][] = [
    ['commit-sha: ${{ steps.bump.outputs.commit-sha }}', 'commit-sha: ${{ steps.bump.outputs.commit }}', /step bump has no output commit/],
    ["url: '${{ needs.draft.outputs.html-url }}'", "url: '${{ needs.draft.outputs.url }}'", /jobs\.pypi\.environment\.url: jobs\.draft has no output url/],
    ['expect-manifest: verified-manifest/manifest.json', 'expected-manifest: verified-manifest/manifest.json', /pypi-publish has no input expected-manifest/],
    ['    needs: [prepare, draft, plan, pypi, verify-pypi]', '    needs: [draft, plan, pypi, verify-pypi]', /jobs\.finalize.*reads needs\.prepare but jobs\.finalize does not need prepare/],
    ['          version: ${{ needs.prepare.outputs.version }}\n          repository: testpypi', '          repository: testpypi', /verify-install requires input version/],
    ["name: 'verify-testpypi-${{ matrix.id }}'", "name: 'verify-testpypi-${{ matrix.leg }}'", /reads matrix\.leg, which jobs\.verify-testpypi's matrix does not define/],
    ['matrix: ${{ steps.plan.outputs.matrix }}', 'matrix: ${{ steps.plan.outputs.legs }}\n      matrix-typo: ${{ steps.plan.outputs.matrix }}', /reads matrix\.runs-on, which jobs\.verify-testpypi's matrix does not define/],
  ];

  it.each(mutations)('%s → %s', (from, to, problem) => {
    expect(text).toContain(from);
    expect(wiringProblems(parseWorkflowYaml(text.replace(from, to))).join('\n')).toMatch(problem);
  });

  it('a download from a job that has not run yet', () => {
    const mutated = text.replace('    needs: [prepare, plan, testpypi]\n', '    needs: [prepare, plan, wheels]\n');
    expect(mutated).not.toBe(text);
    expect(artifactProblems(parseWorkflowYaml(mutated)).join('\n')).toMatch(/manifest-testpypi is uploaded by testpypi, which jobs\.verify-testpypi does not run after/);
  });
});
