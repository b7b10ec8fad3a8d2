/**
 * The pipeline's parts fit together: every output, input, env value, matrix
 * value and artifact a job reads exists where it reads it; the suite's actions
 * get only inputs they declare; the job graph is the one of DESIGN.md §1; and
 * the template is this repository's pipeline with the actions referenced by tag.
 */
import { describe, expect, it } from '@jest/globals';
import {
  artifactProblems,
  matrixLegs,
  needsOf,
  parseWorkflowYaml,
  readText,
  SUITE_ACTIONS,
  suiteAction,
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

  it('is started by hand with bump (a choice), version, source and dry-run', () => {
    const dispatch = (wf.on as { workflow_dispatch: { inputs: Record<string, { type: string; options?: string[] }> } }).workflow_dispatch;
    expect(Object.keys(dispatch.inputs)).toEqual(['bump', 'version', 'source', 'dry-run']);
    expect(dispatch.inputs.bump!.type).toBe('choice');
    expect(dispatch.inputs.bump!.options).toEqual(expect.arrayContaining(['major', 'minor', 'patch', 'rc', 'release']));
    expect(dispatch.inputs['dry-run']!.type).toBe('boolean');
    expect(Object.keys(wf.on as object)).toEqual(['workflow_dispatch']);
  });

  it('runs prepare → draft → wheels → testpypi → verify-testpypi → brief → pypi → verify-pypi → finalize', () => {
    const order = ['prepare', 'draft', 'wheels', 'testpypi', 'verify-testpypi', 'brief', 'pypi', 'verify-pypi', 'finalize'];
    expect(Object.keys(jobs)).toEqual(order);
    order.slice(1).forEach((id, i) => expect(needsOf(jobs[id]!)).toContain(order[i]));
  });

  it('uses each action in the job DESIGN.md puts it in, and create-release never inside a matrix', () => {
    expect(stepsUsing(jobs.prepare!, 'bump-version')).toHaveLength(1);
    expect(stepsUsing(jobs.draft!, 'create-release')[0]!.with).toMatchObject({ draft: 'true' });
    expect(stepsUsing(jobs.wheels!, 'fetch-wheels')).toHaveLength(1);
    expect(stepsUsing(jobs.testpypi!, 'pypi-publish')[0]!.with).toMatchObject({ repository: 'testpypi' });
    expect(stepsUsing(jobs['verify-testpypi']!, 'verify-install')[0]!.with).toMatchObject({ repository: 'testpypi', pin: 'true' });
    expect(stepsUsing(jobs.pypi!, 'pypi-publish')[0]!.with).toMatchObject({ repository: 'pypi', 'expect-manifest': 'verified-manifest/manifest.json' });
    expect(stepsUsing(jobs['verify-pypi']!, 'verify-install').map((s) => s.with?.pin)).toEqual(['true', 'false']);
    expect(stepsUsing(jobs.finalize!, 'create-release')[0]!.with).toMatchObject({ publish: 'true' });
    for (const [id, job] of Object.entries(jobs)) if (job.strategy) expect([id, stepsUsing(job, 'create-release')]).toEqual([id, []]);
  });

  it('uploads to PyPI the wheels, checked against the manifest the TestPyPI legs verified', () => {
    const downloads = (jobs.pypi!.steps ?? []).filter((s) => s.uses?.startsWith('actions/download-artifact@')).map((s) => [s.with?.name, s.with?.path]);
    expect(downloads).toEqual([['wheels', 'wheelhouse'], ['manifest-testpypi', 'verified-manifest']]);
    const verify = stepsUsing(jobs['verify-testpypi']!, 'verify-install')[0]!;
    const verifyDownload = (jobs['verify-testpypi']!.steps ?? []).find((s) => s.with?.name === 'manifest-testpypi')!;
    expect(verify.with?.['expect-manifest']).toBe(`${verifyDownload.with?.path}/manifest.json`);
    expect(needsOf(jobs.pypi!)).toEqual(expect.arrayContaining(['verify-testpypi', 'brief']));
  });

  it('stops a dry run before the gate and everything after it', () => {
    expect(jobs.pypi!.if).toMatch(/!\s*inputs\.dry-run/);
    expect(needsOf(jobs['verify-pypi']!)).toContain('pypi');
    expect(needsOf(jobs.finalize!)).toEqual(expect.arrayContaining(['pypi', 'verify-pypi']));
  });

  it.each(['verify-testpypi', 'verify-pypi'])('%s covers {ubuntu, macos} × {2.7, 3.x} without fail-fast, 2.7 in a container on Linux and under Rosetta on macOS', (id) => {
    const job = jobs[id]!;
    expect(job.strategy?.['fail-fast']).toBe(false);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.container).toBe('${{ matrix.container }}');
    expect(matrixLegs(job)).toEqual([
      { os: 'ubuntu-latest', python: '2.7', container: 'python:2.7.18-buster' },
      { os: 'ubuntu-latest', python: '3.x' },
      { os: 'macos-latest', python: '2.7' },
      { os: 'macos-latest', python: '3.x' },
    ]);
    const conda = (job.steps ?? []).find((s) => s.id === 'conda-python')!;
    expect(conda.if).toBe("matrix.python == '2.7' && runner.os == 'macOS'");
    expect(conda.env?.CONDA_SUBDIR).toBe('osx-64');
    const setupPython = (job.steps ?? []).find((s) => s.uses?.startsWith('actions/setup-python@'))!;
    expect(setupPython.if).toBe("matrix.python != '2.7'");
  });

  it('tells the brief how many results to expect: one per leg and verify step', () => {
    const expected = (briefJob: string, verifyJob: string) => {
      const step = (jobs[briefJob]!.steps ?? []).find((s) => s.env?.EXPECT_LEGS !== undefined)!;
      return [Number(step.env!.EXPECT_LEGS), matrixLegs(jobs[verifyJob]!).length * stepsUsing(jobs[verifyJob]!, 'verify-install').length];
    };
    const [brief, testpypiLegs] = expected('brief', 'verify-testpypi');
    expect(brief).toBe(testpypiLegs);
    const [final, pypiLegs] = expected('finalize', 'verify-pypi');
    expect(final).toBe(pypiLegs);
  });

  it('records a result for every verify step, even a failed one', () => {
    for (const id of ['verify-testpypi', 'verify-pypi']) {
      const steps = jobs[id]!.steps ?? [];
      const verifyIds = stepsUsing(jobs[id]!, 'verify-install').map((s) => s.id);
      const recorded = steps.filter((s) => s.env?.LEG_OUTCOME !== undefined);
      expect(recorded.map((s) => s.env!.LEG_OUTCOME)).toEqual(verifyIds.map((v) => `\${{ steps.${v}.outcome }}`));
      for (const s of recorded) expect(s.if).toBe('always()');
      const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
      expect(upload.if).toBe('always()');
    }
  });

  it('writes the approval brief in the job before the gate, even when a leg failed', () => {
    expect(jobs.brief!.if).toBe("${{ !cancelled() && needs.testpypi.result == 'success' }}");
    const step = (jobs.brief!.steps ?? []).find((s) => typeof s.run === 'string' && s.run.includes(' brief '))!;
    expect(step.run).toMatch(/--require-pass/);
    expect(step.run).toMatch(/--release-url "\$RELEASE_URL"/);
    expect(step.env?.RELEASE_URL).toBe('${{ needs.draft.outputs.html-url }}');
    expect((jobs.pypi!.environment as { url: string }).url).toBe('${{ needs.draft.outputs.html-url }}');
  });
});

/** A job as the template should mirror it: checkouts of this repository dropped, suite actions by name. */
function comparable(wf: Workflow): unknown {
  const normalizeStep = (step: Step) => {
    const { uses, env, ...rest } = step;
    const suite = suiteAction(uses);
    const { PYRELEASE: _pyrelease, ...otherEnv } = (env ?? {}) as Record<string, unknown>;
    return { ...rest, ...(uses ? { uses: suite ? `suite:${suite}` : uses } : {}), ...(env ? { env: otherEnv } : {}) };
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

/** Actions the template does not use yet: they replace its inline steps when it is rewritten (issue 14, second part). */
const NOT_YET_IN_TEMPLATE = ['plan-verify', 'approval-brief'];

describe('templates/release.yml', () => {
  const template = parseWorkflowYaml(readText('templates/release.yml'));
  const own = parseWorkflowYaml(readText('.github/workflows/release.yml'));

  it("is this repository's pipeline, step for step, apart from where the actions come from", () => {
    expect(comparable(template)).toEqual(comparable(own));
  });

  it(`references every suite action as ${TEMPLATE_OWNER}/python-release-actions/actions/<name>@v1 and checks out only the suite's command line`, () => {
    const uses = Object.values(template.jobs).flatMap((job) => (job.steps ?? []).map((s) => s.uses).filter((u): u is string => !!u));
    const suite = uses.filter((u) => suiteAction(u));
    expect(new Set(suite.map((u) => suiteAction(u)))).toEqual(new Set(SUITE_ACTIONS.filter((name) => !NOT_YET_IN_TEMPLATE.includes(name))));
    for (const u of suite) expect(u).toMatch(new RegExp(`^${TEMPLATE_OWNER}/python-release-actions/actions/[a-z-]+@v1$`));
    expect(uses.filter((u) => u.startsWith('./'))).toEqual([]);
    const checkouts = Object.values(template.jobs).flatMap((job) => (job.steps ?? []).filter((s) => s.uses?.startsWith('actions/checkout@')));
    expect(checkouts.map((s) => s.with)).toEqual([
      { repository: `${TEMPLATE_OWNER}/python-release-actions`, ref: 'v1', path: '.python-release-actions', 'persist-credentials': false },
      { repository: `${TEMPLATE_OWNER}/python-release-actions`, ref: 'v1', path: '.python-release-actions', 'persist-credentials': false },
    ]);
  });

  it('runs the pyrelease command line from that checkout', () => {
    const pyrelease = Object.values(template.jobs).flatMap((job) => (job.steps ?? []).map((s) => s.env?.PYRELEASE).filter(Boolean));
    expect(pyrelease).toEqual(['.python-release-actions/dist/pyrelease/index.js', '.python-release-actions/dist/pyrelease/index.js']);
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
    ['url: ${{ needs.draft.outputs.html-url }}', 'url: ${{ needs.draft.outputs.url }}', /jobs\.pypi\.environment\.url: jobs\.draft has no output url/],
    ['          expect-manifest: verified-manifest/manifest.json', '          expected-manifest: verified-manifest/manifest.json', /pypi-publish has no input expected-manifest/],
    ['    needs: [prepare, draft, pypi, verify-pypi]', '    needs: [draft, pypi, verify-pypi]', /jobs\.finalize.*reads needs\.prepare but jobs\.finalize does not need prepare/],
    ['          package: ${{ env.PACKAGE }}\n          version: ${{ needs.prepare.outputs.version }}\n          repository: testpypi', '          package: ${{ env.PACKAGE }}\n          repository: testpypi', /verify-install requires input version/],
    ['LEG_OUTCOME: ${{ steps.verify.outcome }}', 'LEG_OUTCOME: ${{ steps.verified.outcome }}', /reads steps\.verified, which is not an earlier step/],
  ];

  it.each(mutations)('%s → %s', (from, to, problem) => {
    expect(text).toContain(from);
    expect(wiringProblems(parseWorkflowYaml(text.replace(from, to))).join('\n')).toMatch(problem);
  });

  it('a download from a job that has not run yet', () => {
    const mutated = text.replace('    needs: [prepare, testpypi]\n    runs-on: ${{ matrix.os }}', '    needs: [prepare, wheels]\n    runs-on: ${{ matrix.os }}');
    expect(mutated).not.toBe(text);
    expect(artifactProblems(parseWorkflowYaml(mutated)).join('\n')).toMatch(/manifest-testpypi is uploaded by testpypi, which jobs\.verify-testpypi does not run after/);
  });
});
