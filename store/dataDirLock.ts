// The embedded database's folder belongs to one process at a time (PGlite is single-process; two
// processes on one folder lose records). The first process writes its pid to a lock file; another
// process finding a live pid there stops with a message naming the folder. A lock left by a process
// that died (kill -9, power loss) names a pid that no longer runs, and is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'complaint-intake.lock';

export class DataDirInUseError extends Error {}

/** Takes the folder's lock, or throws DataDirInUseError; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(path, 'utf8').trim());
      if (isRunning(holder)) {
        throw new DataDirInUseError(
          `The embedded database in ${resolve(dataDir)} is in use by another process (pid ${holder}). ` +
            'PGlite is single-process: stop that process first, or set DATABASE_URL to share a PostgreSQL server.',
        );
      }
      rmSync(path, { force: true }); // left by a process that is gone
    }
  }
  throw new DataDirInUseError(`The embedded database in ${resolve(dataDir)} could not be locked; another process keeps taking it.`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
