/** Where the CLI writes and reads; the real process by default, buffers in tests. */
export interface CliIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
}

/** The running process as a CliIO. */
export function processIO(): CliIO {
  // a reader that stops early (`mtlint rules | head`) is not an error
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  return {
    cwd: process.cwd(),
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

/** Exit codes: 0 clean, 1 lint errors or too many warnings, 2 usage, config or I/O failure. */
export const EXIT = { ok: 0, lint: 1, failure: 2 } as const;

/** "cannot write FILE: CODE", naming the file asked for (not a temporary file beside it). */
export function cannotWrite(file: string, e: unknown): string {
  return `cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
}
