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

export const processIo = (): Io => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
});
