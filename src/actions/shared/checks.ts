import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import pep440 from '@renovatebot/pep440';
import { leadsOutOf } from '../../files/within.js';
import { InputError } from './inputs.js';

/** PEP 508 / warehouse project name rule. */
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

export function checkProjectName(input: string, value: string): string {
  if (!PROJECT_NAME.test(value)) {
    throw new InputError(input, 'use a project name of ASCII letters, digits, ".", "_" and "-" that starts and ends with a letter or digit', value);
  }
  return value;
}

export function checkPep440(input: string, value: string): string {
  if (!pep440.valid(value)) {
    throw new InputError(input, 'use a PEP 440 version such as 2.9.0, 1.0rc1 or 1.0.post1', value);
  }
  return value;
}

export function checkSha(input: string, value: string): string {
  if (!/^[0-9a-f]{40}$/i.test(value)) {
    throw new InputError(input, 'use a full 40-character commit SHA', value);
  }
  return value.toLowerCase();
}

/**
 * Resolves against GITHUB_WORKSPACE (or the cwd) and requires an existing file;
 * one in the workspace must not be a link that leads out of it (files/within.ts).
 */
export function existingFile(input: string, value: string, env: NodeJS.ProcessEnv = process.env): string {
  const path = workspacePath(value, env);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError(input, `use the path of an existing file (looked for ${path})`, value);
  }
  const out = leadsOutOf(path, env.GITHUB_WORKSPACE ?? process.cwd());
  if (out !== undefined) {
    throw new InputError(input, `${path} is a link that leads out of the workspace, to ${out}; give a file in the workspace itself`, value);
  }
  return path;
}

export function workspacePath(value: string, env: NodeJS.ProcessEnv = process.env): string {
  return isAbsolute(value) ? value : resolve(env.GITHUB_WORKSPACE ?? process.cwd(), value);
}
