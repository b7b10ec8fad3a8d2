export const ACTIONS: string[];
export function renderRootAction(): string;
