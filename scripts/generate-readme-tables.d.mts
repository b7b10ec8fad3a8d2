export const ACTIONS: string[];
export const OWNER_PLACEHOLDER: string;
export const REFERENCE_PATH: string;
export function cell(text: string): string;
export function prose(text: string): string;
export interface ActionManifestForDocs {
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}
export function renderActionTables(name: string, manifest: ActionManifestForDocs): string;
export function renderReference(readManifest?: (name: string) => ActionManifestForDocs): string;
