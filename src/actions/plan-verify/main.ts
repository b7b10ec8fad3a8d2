/** plan-verify: the plan from the manifest, as outputs for strategy.matrix and a job summary. */
import * as core from '@actions/core';
import * as print from '../shared/print.js';
import { planVerify, runsOnText } from '../../commands/plan-verify/index.js';
import { readManifest } from '../../distributions/manifest.js';
import { UserError } from '../../errors.js';
import { code, header, text } from '../shared/summary.js';
import type { PlanVerifySettings } from './settings.js';

export async function main(s: PlanVerifySettings): Promise<void> {
  const manifest = await readManifest(s.manifest);
  const plan = planVerify(manifest, { runners: s.runners });
  if (plan.include.length === 0) {
    throw new UserError(
      `No wheel of ${s.manifest} can be installed on a planned runner, so there is no matrix to run (a matrix needs one leg). ` +
        (plan.unverifiable.length ? `${plan.unverifiable.map((u) => `${u.wheel}: ${u.reason}`).join('; ')}.` : 'The manifest lists no wheels.'),
    );
  }
  const wheels = plan.include.reduce((n, l) => n + l.wheels.length, 0);
  print.info(`${plan.include.length} leg(s) install ${wheels} wheel(s); ${plan.unverifiable.length} wheel(s) no planned runner can install.`);
  for (const u of plan.unverifiable) print.warning(`Not verifiable: ${u.wheel}: ${u.reason}`);
  print.setOutput('matrix', JSON.stringify({ include: plan.include }));
  print.setOutput('unverifiable', JSON.stringify(plan.unverifiable));
  print.setOutput('legs', String(plan.include.length));

  const summary = core.summary
    .addHeading(`plan-verify: ${plan.include.length} leg(s) install ${wheels} of ${manifest.files.filter((f) => f.filename.endsWith('.whl')).length} wheel(s)`, 2)
    .addTable([
      header('Leg', 'runs-on', 'Python', 'Container', 'Wheels'),
      ...plan.include.map((l) => [
        `${code(l.id)}<br>${text(l.name)}`,
        code(runsOnText(l['runs-on'])),
        `${text(l.python)} (${text(l['python-setup'])}${l.architecture ? `, ${text(l.architecture)}` : ''})`,
        code(l.container),
        l.wheels.map((w) => code(w)).join('<br>'),
      ]),
    ]);
  if (plan.unverifiable.length > 0) {
    summary.addHeading('Not verifiable', 3).addTable([
      header('Wheel', 'Why'),
      ...plan.unverifiable.map((u) => [code(u.wheel), text(u.reason)]),
    ]);
  }
  await summary.write();
}
