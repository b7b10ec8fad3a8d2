/**
 * Every workflow and every action.yml passes GitHub's own parser
 * (@actions/workflow-parser, the one behind the Actions language service):
 * schema, expression syntax and contexts allowed in each place, and, for
 * workflows, the job graph (conversion resolves `needs`).
 */
import { describe, expect, it } from '@jest/globals';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { actionFiles, readText, workflowFiles } from './rules.js';

async function workflowErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !result.value) return errors;
  // Conversion checks what the schema cannot: the needs graph, job ids, matrix shape.
  const template = await convertWorkflowTemplate(result.context, result.value);
  return [...new Set([...errors, ...(template.errors ?? []).map((e) => e.Message), ...result.context.errors.getErrors().map((e) => e.message)])];
}

function actionErrors(name: string, content: string): string[] {
  const result = parseAction({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

describe("GitHub's workflow parser", () => {
  it('finds the workflows this issue adds', () => {
    expect(workflowFiles()).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml', 'templates/release.yml']));
  });

  it.each(workflowFiles())('accepts %s', async (file) => {
    expect(await workflowErrors(file, readText(file))).toEqual([]);
  });

  it('rejects a workflow with an unknown key, a broken expression and a needs cycle (the check can fail)', async () => {
    const unknownKey = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permisions: {}\n    steps:\n      - run: "true"\n';
    expect((await workflowErrors('bad.yml', unknownKey)).join('\n')).toMatch(/Unexpected value 'permisions'/);
    const brokenExpression = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: ${{ github.ref == }}\n    steps:\n      - run: "true"\n';
    expect(await workflowErrors('bad.yml', brokenExpression)).not.toEqual([]);
    const cycle = 'on: push\njobs:\n  a:\n    needs: b\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n  b:\n    needs: a\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n';
    expect(await workflowErrors('bad.yml', cycle)).not.toEqual([]);
  });
});

/** An expression where GitHub allows none: the runner refuses to load such an action.yml. */
const EXPRESSION_IN_DESCRIPTION = /Unrecognized named-value: 'github'/;

describe("GitHub's action parser", () => {
  it.each(actionFiles().filter((f) => f !== 'action.yml'))('accepts %s', (file) => {
    expect(actionErrors(file, readText(file))).toEqual([]);
  });

  it('finds nothing wrong in the root action.yml besides the known expression-in-description bug', () => {
    expect(actionErrors('action.yml', readText('action.yml')).filter((e) => !EXPRESSION_IN_DESCRIPTION.test(e))).toEqual([]);
  });

  // The generator once copied ${{ github.token }} into input descriptions, where GitHub allows no
  // expression; the parser (and the runner, which shares its template reader) then rejected the root action.
  it('accepts the generated root action.yml', () => {
    expect(actionErrors('action.yml', readText('action.yml'))).toEqual([]);
  });

  it('rejects an action without a description and with an unknown runtime (the check can fail)', () => {
    const errors = actionErrors('action.yml', 'name: x\nruns:\n  using: node99\n  main: index.js\n').join('\n');
    expect(errors).toMatch(/description/);
    expect(errors).toMatch(/node99/);
  });
});
