// What the publisher's tests share: a real HTTP server on 127.0.0.1 whose answers a test sets
// per path (and counts), a throw-away output folder, and the fixtures read as plain files.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Close the connection without an answer. */
  destroy?: boolean;
  /** Never answer (the connection stays open until the server stops). */
  hang?: boolean;
}

export type Route = Answer | ((request: IncomingMessage, url: URL) => Answer);

export interface TestServer {
  origin: string;
  /** `path` (with its query, as the client sends it, or without: the first match wins) → answer. */
  routes: Map<string, Route>;
  /** Paths asked for, in order, with their query. */
  requests: string[];
  url(path: string): string;
}

/** Starts a server for this test file; it stops when the file's tests are done. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const route = routes.get(url.pathname + url.search) ?? routes.get(url.pathname);
    const answer = typeof route === 'function' ? route(request, url) : route;
    if (!answer) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (answer.destroy) {
      request.socket.destroy();
      return;
    }
    if (answer.hang) return;
    response.writeHead(answer.status ?? 200, answer.headers ?? { 'Content-Type': 'application/json' }).end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const origin = `http://127.0.0.1:${address.port}`;
  after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { origin, routes, requests, url: (path) => origin + path };
}

/** A fresh empty folder, removed when the file's tests are done. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lp-feed-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A repository file's text (paths from the repository root). */
export const fixture = (path: string) => readFileSync(path, 'utf8');

/** A repository JSON file, parsed. */
export const fixtureJson = <T = unknown>(path: string): T => JSON.parse(fixture(path)) as T;

/** The sample feed the demo, Storybook and the widgets' tests read. */
export const SAMPLE_FEED = 'demo/data/localprogress.json';

/** A file of the output folder, parsed. */
export const readOutput = <T = Record<string, unknown>>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

/** Serves a file's text as JSON at `path`. */
export const json = (body: string, headers: Record<string, string> = {}): Answer => ({ body, headers: { 'Content-Type': 'application/json', ...headers } });

/** Runs the real `lp-feed` command (from the sources, through tsx) in its own process, as staff and CI run it. */
export function runLpFeed(args: string[]): Promise<{ status: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/publisher/cli.ts', ...args], (error, out, err) => {
      resolve({ status: error ? Number(error.code) : 0, out, err });
    });
  });
}
