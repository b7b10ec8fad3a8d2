/** The repository and run links of the brief, from the runner's environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT). */
export function runLinks(env: Record<string, string | undefined>): { repositoryUrl?: string; runUrl?: string } {
  const repositoryUrl = env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}` : undefined;
  const runUrl = repositoryUrl && env.GITHUB_RUN_ID
    ? `${repositoryUrl}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
    : undefined;
  return { ...(repositoryUrl ? { repositoryUrl } : {}), ...(runUrl ? { runUrl } : {}) };
}
