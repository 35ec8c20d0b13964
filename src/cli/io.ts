/** Where a command writes; the real process streams in the binary, buffers in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether stderr is a terminal that takes ANSI colours. */
  color: boolean;
}

/** A user mistake on the command line: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}

// A reader that goes away (`neonarch render | head`) is no error: the rest of the output is dropped, the work goes on.
const guarded = new WeakSet<NodeJS.WriteStream>();
function ignoreClosedPipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (!guarded.has(stream)) stream.on('error', (err: NodeJS.ErrnoException) => { if (err.code !== 'EPIPE') throw err; });
  guarded.add(stream);
  return stream;
}

export const processIo = (): Io => ({
  out: (t) => ignoreClosedPipe(process.stdout).write(t),
  err: (t) => ignoreClosedPipe(process.stderr).write(t),
  cwd: process.cwd(),
  color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
});
