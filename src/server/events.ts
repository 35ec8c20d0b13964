import type { ServerResponse } from 'node:http';

/** Keeps the connection alive through proxies and lets a dead client be noticed. */
const HEARTBEAT_MS = 15_000;

/** Server-sent events to every open page: `model` when a model was redrawn, `models` when the list changed. */
export class EventHub {
  private clients = new Set<ServerResponse>();
  private heartbeat: NodeJS.Timeout | null = null;

  /** Turns a response into an event stream that stays open until the page goes. */
  attach(res: ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // The reconnect delay after a server restart: short, so a page comes back quickly.
    res.write('retry: 500\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
    this.heartbeat ??= setInterval(() => this.send('', null), HEARTBEAT_MS).unref() as NodeJS.Timeout;
  }

  /** Sends one event to every page; an empty name sends a comment (heartbeat). */
  send(event: string, data: unknown): void {
    const frame = event ? `event: ${event}\ndata: ${JSON.stringify(data)}\n\n` : ': ping\n\n';
    for (const res of this.clients) res.write(frame);
  }

  /** How many pages are listening. */
  get size(): number {
    return this.clients.size;
  }

  /** Ends every stream (on shutdown). */
  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}
