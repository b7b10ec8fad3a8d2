import { UserError } from '../../errors.js';
import { refNameProblem } from './ref-names.js';

export interface TemplateValues {
  version: string;
  previous: string;
}

/** Replaces `{version}` and `{previous}`; any other text is kept as written. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{version\}/g, values.version).replace(/\{previous\}/g, values.previous);
}

/**
 * Version-like values to try a template with before the real version is
 * known: settings check the templates with them, so a template that can only
 * give a bad name fails before anything is read or written.
 */
export const SAMPLE_VALUES: TemplateValues = { version: '1.2.0', previous: '1.1.0' };

/**
 * A branch name made from a template, or a refusal naming the template: the
 * settings check the template with SAMPLE_VALUES, but the version filled in
 * must give a valid name too.
 */
export function checkBranchName(name: string, template: string): string {
  const problem = refNameProblem(name);
  if (problem) {
    throw new UserError(
      `The branch template "${template}" gives "${name}", which is not a valid git branch name: ${problem}. ` +
        `Use a template such as release/v{version}.`,
    );
  }
  return name;
}

/** The same for the tag template, whose tag create-release makes later: a bad one must fail before the bump is written. */
export function checkTagName(name: string, template: string): string {
  const problem = refNameProblem(name);
  if (problem) {
    throw new UserError(
      `The tag template "${template}" gives "${name}", which is not a valid git tag name: ${problem}. ` +
        `Use a template such as v{version}.`,
    );
  }
  return name;
}

/**
 * Whether `message` is one the commit-message template gives for some
 * version: how a rerun recognises a bump commit of an earlier run, which may
 * have been for another version. Trailing whitespace is ignored, as git
 * strips it from messages written on the command line.
 */
export function messageFitsTemplate(message: string, template: string): boolean {
  const pattern = template
    .trimEnd()
    .split(/(\{version\}|\{previous\})/)
    .map((part, i) => (i % 2 === 1 ? '\\S+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`).test(message.trimEnd());
}

/** The first line of a commit message: the pull request's title. */
export function subjectOf(message: string): string {
  return message.split(/\r?\n/, 1)[0]!.trim();
}
