import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The path of a program on PATH (or in the extra directories given), or undefined. */
export function findProgram(name: string, extraDirectories: string[] = []): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), ...extraDirectories]) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Runs a program to its end; a failure names the program and ends with what it wrote to stderr. */
export async function runTool(program: string, args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string } = {}): Promise<string> {
  try {
    const running = execFileAsync(program, args, { env: options.env ?? process.env, timeout: options.timeoutMs ?? 3_600_000, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    running.child.stdin?.end(options.input ?? '');
    const { stdout } = await running;
    return stdout;
  } catch (error) {
    const { stderr, code, signal } = error as { stderr?: string; code?: number | string; signal?: string };
    throw new Error(`${program} ${signal ? `was stopped by ${signal}` : `failed (${code})`}: ${(stderr ?? '').trim().split('\n').slice(-5).join(' | ') || (error as Error).message}`);
  }
}

/** The first line a program prints for --version. */
export async function toolVersion(program: string): Promise<string> {
  return (await runTool(program, ['--version'], { timeoutMs: 30_000 })).split('\n')[0].trim();
}

/**
 * Runs `producer | consumer` and waits for both; a failure of either names it with its stderr. Used to
 * feed pg_restore's SQL to one psql transaction.
 */
export async function runPipe(producer: [string, string[]], consumer: [string, string[]], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const first = spawn(producer[0], producer[1], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const second = spawn(consumer[0], consumer[1], { env, stdio: ['pipe', 'ignore', 'pipe'] });
  first.stdout.pipe(second.stdin);
  // psql stopping early (ON_ERROR_STOP) closes the pipe: that is its failure to report, not an EPIPE to throw.
  second.stdin.on('error', () => undefined);
  const finished = (child: ReturnType<typeof spawn>, name: string) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`${name} ${signal ? `was stopped by ${signal}` : `failed (${code})`}: ${stderr.trim().split('\n').slice(-5).join(' | ')}`)),
      );
    });
  };
  const results = await Promise.allSettled([finished(first, producer[0]), finished(second, consumer[0])]);
  // The consumer's own error first: when it stops, the producer fails only on the closed pipe.
  const failure = [results[1], results[0]].find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}
