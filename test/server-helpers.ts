// Helpers for the server tests: a copy of the viewer fixtures to edit, and raw HTTP requests (no URL normalising).
import { cpSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';

export const VIEWER_FIXTURES = join(packageRoot(), 'test', 'fixtures', 'viewer');

/** A fresh folder holding a copy of test/fixtures/viewer (as `models/`), safe to edit. */
export function fixtureCopy(): { dir: string; models: string } {
  const dir = mkdtempSync(join(tmpdir(), 'neonarch-viewer-'));
  const models = join(dir, 'models');
  cpSync(VIEWER_FIXTURES, models, { recursive: true });
  return { dir, models };
}

/** A GET (or other method) sent with the path exactly as given, as a hostile client would. */
export function raw(port: number, path: string, options: { method?: string; host?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves with the first server-sent event named `name` whose data passes `accept`. */
export function nextEvent(port: number, name: string, accept: (data: unknown) => boolean = () => true): { ready: Promise<void>; event: Promise<unknown>; close(): void } {
  let close = () => {};
  let ready = () => {};
  const readyP = new Promise<void>((r) => (ready = r));
  const event = new Promise<unknown>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/_neonarch/events', headers: { host: `127.0.0.1:${port}` } }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      ready();
      res.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const ev = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (ev === name && data !== undefined && accept(JSON.parse(data))) resolve(JSON.parse(data));
        }
      });
    });
    req.on('error', (e) => (e.message.includes('aborted') || (e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
    close = () => req.destroy();
  });
  return { ready: readyP, event, close: () => close() };
}
