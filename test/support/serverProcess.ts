// Runs the product as a real process (`node --import tsx server/index.ts`, what `npm start` execs),
// or through `npm start` itself, and finds the port it bound from its "listening" log line.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const PROJECT_ROOT = join(__dirname, '..', '..');

export interface ServerProcess {
  baseUrl: string;
  output(): string;
  /** Sends the signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Environment for a child process: this one's, minus anything that would change the product's config. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  return { ...env, ...extra };
}

export function runEntryPoint(extra: Record<string, string>, { viaNpm = false } = {}): ChildProcess {
  const [command, args] = viaNpm ? ['npm', ['start', '--silent']] : [process.execPath, ['--import', 'tsx', 'server/index.ts']];
  return spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: childEnv(extra),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `viaNpm`: started with `npm start`, as a host that runs the package's start script does; `stop` then signals npm. */
export function startServerProcess(extra: Record<string, string>, timeoutMs = 120_000, options: { viaNpm?: boolean } = {}): Promise<ServerProcess> {
  const child = runEntryPoint(extra, options);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // a server that started late must not hold its store for the next test
      reject(new Error(`server did not start:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+),"msg":"listening"/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
      resolve({
        baseUrl: `http://127.0.0.1:${match[1]}`,
        output: () => output,
        async stop(signal = 'SIGTERM') {
          child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
}
