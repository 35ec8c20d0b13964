import type { ServerResponse } from 'node:http';

/** The viewer page's policy: scripts only from the server itself (never inline), no plugins, no framing. */
export const APP_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

/** Files from the user's folder: nothing in them may run, even an HTML page or an SVG with a script. */
export const FILE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

/** Headers on every response. */
export function baseHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/** Ends a response with a body and the security headers. */
export function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, policy = APP_POLICY): void {
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...baseHeaders(policy), 'Content-Type': type, 'Content-Length': String(data.length) });
  res.end(res.req.method === 'HEAD' ? undefined : data);
}

/** A plain-text error response. */
export function fail(res: ServerResponse, status: number, message: string): void {
  send(res, status, 'text/plain; charset=utf-8', `${status} ${message}\n`);
}
