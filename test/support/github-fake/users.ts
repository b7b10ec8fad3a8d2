/** The GitHub accounts the fake knows: well-known ones keep their real ids. */
import { createHash } from 'node:crypto';

export const ACTIONS_BOT = 'github-actions[bot]';
export const WEB_FLOW = 'web-flow';

const KNOWN: Record<string, { id: number; type: 'User' | 'Bot' | 'Organization' }> = {
  [ACTIONS_BOT]: { id: 41898282, type: 'Bot' },
  [WEB_FLOW]: { id: 19864447, type: 'User' },
  github: { id: 9919, type: 'Organization' },
};

export function userId(login: string): number {
  const known = KNOWN[login];
  if (known) return known.id;
  return 100000 + (createHash('sha1').update(login).digest().readUInt32BE(0) % 9000000);
}

export function userType(login: string): 'User' | 'Bot' | 'Organization' {
  return KNOWN[login]?.type ?? 'User';
}

/** The name and email GitHub writes into commits made by this account. */
export function identityFor(login: string): { name: string; email: string } {
  if (login === WEB_FLOW) return { name: 'GitHub', email: 'noreply@github.com' };
  return { name: login, email: `${userId(login)}+${login}@users.noreply.github.com` };
}

/** The account an email address belongs to, when it is one of the accounts in play. */
export function loginForEmail(email: string, candidates: string[]): string | null {
  for (const login of candidates) {
    if (identityFor(login).email.toLowerCase() === email.toLowerCase()) return login;
    if (`${login}@users.noreply.github.com`.toLowerCase() === email.toLowerCase()) return login;
  }
  return null;
}
