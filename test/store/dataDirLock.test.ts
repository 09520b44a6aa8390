// The embedded store's folder belongs to one process: a second opener is refused with a message
// naming the folder, and a lock left by a process that died is taken over.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCK_FILE } from '../../store/dataDirLock';
import { openDatabase } from '../../store/database';

describe('the embedded data folder lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'intake-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second opener while the first holds the folder, naming it; frees it on close', async () => {
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`The embedded database in ${resolve(dir)} is in use by another process (pid ${process.pid})`);
    await first.close();
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    writeFileSync(join(dir, LOCK_FILE), '2147483646');
    const database = await openDatabase({ dataDir: dir });
    await database.ping();
    await database.close();
  });
});
