/** The bump names of the bump-version action, shared by both schemes. */
export const BUMPS = ['major', 'minor', 'patch', 'pre', 'alpha', 'beta', 'rc', 'dev', 'post', 'release'] as const;
export type Bump = (typeof BUMPS)[number];

export const SCHEMES = ['pep440', 'semver'] as const;
export type Scheme = (typeof SCHEMES)[number];

export function isBump(value: string): value is Bump {
  return (BUMPS as readonly string[]).includes(value);
}

export function isScheme(value: string): value is Scheme {
  return (SCHEMES as readonly string[]).includes(value);
}
