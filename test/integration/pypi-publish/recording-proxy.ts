/**
 * A proxy in front of a real index that records every POST: which file the form carried, its
 * first 64 KiB (the form fields come before the file), when the body began and ended, and when
 * and how it was answered. A plan may answer a file itself (after the whole body), late or with a
 * refusal. Bodies are buffered whole before they go on: the test files are small.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedPost {
  filename?: string;
  /** The body's first 64 KiB, as latin1: the form fields and the file part's headers. */
  head: string;
  startedAt: number;
  /** When the whole body had arrived; undefined when it never did. */
  bodyEndAt?: number;
  answeredAt?: number;
  status?: number;
}

export interface RecordingProxy {
  url: string;
  posts: RecordedPost[];
  close(): Promise<void>;
}

export type AnswerPlan = (filename: string) => { delayMs?: number; refuse?: number };

/** The value of form field `name` in a recorded head, or undefined. */
export function formField(post: RecordedPost, name: string): string | undefined {
  return new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(post.head)?.[1];
}

export async function startRecordingProxy(target: string, answerFor: AnswerPlan = () => ({})): Promise<RecordingProxy> {
  const posts: RecordedPost[] = [];
  const to = new URL(target);
  const server = http.createServer((req, res) => {
    const post: RecordedPost | undefined = req.method === 'POST' ? { head: '', startedAt: Date.now() } : undefined;
    if (post) posts.push(post);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      chunks.push(c);
      if (post && post.head.length < 64 * 1024) {
        post.head = Buffer.concat(chunks).subarray(0, 64 * 1024).toString('latin1');
        post.filename ??= /filename="([^"]+)"/.exec(post.head)?.[1];
      }
    });
    req.on('end', async () => {
      if (post) post.bodyEndAt = Date.now();
      const plan = post?.filename ? answerFor(post.filename) : {};
      if (plan.delayMs) await new Promise((r) => setTimeout(r, plan.delayMs));
      const done = (status: number) => {
        if (post) {
          post.answeredAt = Date.now();
          post.status = status;
        }
      };
      if (plan.refuse) {
        res.writeHead(plan.refuse, { 'Content-Type': 'text/plain' }).end('refused by the test');
        done(plan.refuse);
        return;
      }
      const out = http.request({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res).on('finish', () => done(answer.statusCode ?? 502));
      });
      out.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    posts,
    close: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}
