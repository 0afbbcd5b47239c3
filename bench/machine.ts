import os from 'node:os';
import pg from 'pg';

/** What the figures were measured on: they mean nothing without it. */
export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  memoryGiB: number;
  platform: string;
  node: string;
  postgres: string;
  /** PostgreSQL's cache and whether it sits in huge pages (docs/operations.md). */
  sharedBuffers: string;
  hugePages: string;
}

export async function describeMachine(databaseUrl: string): Promise<MachineInfo> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const settings = await client.query<{ version: string; buffers: string; huge: string | null }>(
      `SELECT current_setting('server_version') AS version,
              current_setting('shared_buffers') AS buffers,
              current_setting('huge_pages_status', true) AS huge`,
    );
    const postgres = settings.rows[0];
    const cpus = os.cpus();
    return {
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      cpuCount: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      postgres: postgres?.version ?? 'unknown',
      sharedBuffers: postgres?.buffers ?? 'unknown',
      hugePages: postgres?.huge ?? 'unknown',
    };
  } finally {
    await client.end();
  }
}
