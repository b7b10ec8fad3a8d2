import { UserError } from '../errors.js';

export interface TemplateValues {
  version: string;
  previous: string;
}

/** Replaces `{version}` and `{previous}`; any other text is kept as written. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{version\}/g, values.version).replace(/\{previous\}/g, values.previous);
}

/**
 * The rules of `git check-ref-format --branch` that a name made from a
 * template can break: the action checks the template up front, but the
 * version filled into it must give a valid name too.
 */
export function checkBranchName(name: string, template: string): string {
  const bad =
    name === '' ||
    name === '@' ||
    name.startsWith('-') ||
    /[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|^\/|\/$|\.lock$|\.$/.test(name) ||
    name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'));
  if (bad) {
    throw new UserError(
      `The branch template "${template}" gives "${name}", which is not a valid git branch name. ` +
        `Use a template such as release/v{version}.`,
    );
  }
  return name;
}

/** The first line of a commit message: the pull request's title. */
export function subjectOf(message: string): string {
  return message.split(/\r?\n/, 1)[0]!.trim();
}
