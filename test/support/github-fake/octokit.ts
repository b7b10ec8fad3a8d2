/**
 * An Octokit wired to a fake GitHub, with the same plugins the actions use
 * (retry, throttling), and waits shrunk so a retry costs milliseconds.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { FakeGitHub } from './server.js';

const PluggedOctokit = Octokit.plugin(retry, throttling);
export type FakeOctokit = InstanceType<typeof PluggedOctokit>;

export interface FakeOctokitOptions {
  /** Defaults to the fake's token (or a placeholder when the fake takes any). */
  token?: string;
  /**
   * Throttling spaces writes a second apart (plugin-throttling's write group);
   * off by default so tests stay fast, on for tests about rate limits.
   */
  throttle?: boolean;
  /** Retries after 5xx (plugin-retry) and rate limits. Default 3. */
  retries?: number;
}

export function fakeOctokit(fake: FakeGitHub, options: FakeOctokitOptions = {}): FakeOctokit {
  const retries = options.retries ?? 3;
  const quiet = () => undefined;
  return new PluggedOctokit({
    auth: options.token ?? fake.token ?? 'ghs_fake_token',
    baseUrl: fake.url,
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
    retry: { retries, retryAfterBaseValue: 1 },
    throttle: {
      enabled: options.throttle ?? false,
      retryAfterBaseValue: 1,
      onRateLimit: (_after: number, _o: unknown, _k: unknown, retryCount: number) => retryCount < retries,
      onSecondaryRateLimit: (_after: number, _o: unknown, _k: unknown, retryCount: number) => retryCount < retries,
    },
  });
}
