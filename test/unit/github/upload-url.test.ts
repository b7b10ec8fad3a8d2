/** Where the token may go with a release asset: GitHub's upload endpoint for the API in use, and nowhere else. */
import { describe, expect, it } from '@jest/globals';
import { uploadUrlProblem } from '../../../src/github/upload-url.js';

const TEMPLATE = '/repos/o/r/releases/1/assets{?name,label}';

describe('uploadUrlProblem', () => {
  it("accepts GitHub's uploads host, GitHub Enterprise Cloud's, and a GitHub Enterprise Server's own host", () => {
    expect(uploadUrlProblem('https://api.github.com', `https://uploads.github.com${TEMPLATE}`)).toBeUndefined();
    expect(uploadUrlProblem('https://api.acme.ghe.com', `https://uploads.acme.ghe.com${TEMPLATE}`)).toBeUndefined();
    expect(uploadUrlProblem('https://ghes.example/api/v3', `https://ghes.example/api/uploads${TEMPLATE}`)).toBeUndefined();
    expect(uploadUrlProblem('https://ghes.example:8443/api/v3', `https://ghes.example:8443/api/uploads${TEMPLATE}`)).toBeUndefined();
  });

  it('refuses another host, another port over https, plain http from an https API, and credentials', () => {
    expect(uploadUrlProblem('https://api.github.com', `https://evil.example${TEMPLATE}`)).toBe('on evil.example, which is neither the API host api.github.com nor uploads.github.com');
    expect(uploadUrlProblem('https://api.github.com', `https://uploads.github.com:8443${TEMPLATE}`)).toBe("on port 8443 of uploads.github.com, not the API's port 443");
    expect(uploadUrlProblem('https://ghes.example:8443/api/v3', `https://ghes.example/api/uploads${TEMPLATE}`)).toBe("on port 443 of ghes.example, not the API's port 8443");
    expect(uploadUrlProblem('https://api.github.com', `http://uploads.github.com${TEMPLATE}`)).toBe('not https');
    expect(uploadUrlProblem('https://api.github.com', `https://u:p@uploads.github.com${TEMPLATE}`)).toBe('a URL with credentials in it');
  });

  it('lets a plain-http stand-in for GitHub serve uploads from a port of its own, on its own host only', () => {
    expect(uploadUrlProblem('http://127.0.0.1:3000', `http://127.0.0.1:3001${TEMPLATE}`)).toBeUndefined();
    expect(uploadUrlProblem('http://127.0.0.1:3000', `http://localhost:3001${TEMPLATE}`)).toBe('on localhost, which is neither the API host 127.0.0.1');
  });
});
