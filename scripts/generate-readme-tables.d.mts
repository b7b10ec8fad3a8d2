export interface ActionManifestForDocs {
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}
export interface DocPlan {
  name: string;
  path: string;
  /** What the file holds now; undefined when it is missing. */
  current: string | undefined;
  wanted: string;
  /** Hand-written table rows outside the blocks that repeat an input or output. */
  duplicated: string[];
}
export const OWNER_PLACEHOLDER: string;
export const BLOCKS: string[];
export function listActions(dir?: string): string[];
export function docPath(name: string): string;
export function readActionManifest(name: string): ActionManifestForDocs;
export function cell(text: string): string;
export function prose(text: string): string;
export function renderInputs(manifest: ActionManifestForDocs): string;
export function renderOutputs(manifest: ActionManifestForDocs): string;
export function renderBlocks(name: string, manifest: ActionManifestForDocs): Record<string, string>;
export function fillBlocks(text: string, blocks: Record<string, string>, where: string): string;
export function handWritten(text: string): string;
export function duplicatedRows(text: string, names: string[]): string[];
export function skeleton(name: string, manifest: ActionManifestForDocs): string;
export function renderDoc(name: string, manifest: ActionManifestForDocs, current: string | undefined): string;
export function planDocs(actions?: string[], readManifest?: (name: string) => ActionManifestForDocs): DocPlan[];
