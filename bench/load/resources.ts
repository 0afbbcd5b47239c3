import { readdir, readFile } from 'node:fs/promises';

const ticksPerSecond = 100; // USER_HZ on Linux

async function cpuTicks(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0;
  }
}

async function postgresPids(): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const comm = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (comm.trim() === 'postgres') pids.push(Number(entry));
  }
  return pids;
}

/** CPU used by the server and by PostgreSQL between two readings, in cores. */
export class ResourceMeter {
  private startedAt = 0;
  private server = 0;
  private database = new Map<number, number>();

  constructor(private readonly serverPid: number) {}

  async start(): Promise<void> {
    this.startedAt = performance.now();
    this.server = await cpuTicks(this.serverPid);
    this.database.clear();
    for (const pid of await postgresPids()) this.database.set(pid, await cpuTicks(pid));
  }

  async read(): Promise<{ serverCores: number; databaseCores: number; serverRssMiB: number }> {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const server = (await cpuTicks(this.serverPid)) - this.server;
    let database = 0;
    for (const pid of await postgresPids()) {
      database += (await cpuTicks(pid)) - (this.database.get(pid) ?? 0);
    }
    const status = await readFile(`/proc/${this.serverPid}/status`, 'utf8').catch(() => '');
    const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      serverCores: round(server / ticksPerSecond / seconds),
      databaseCores: round(database / ticksPerSecond / seconds),
      serverRssMiB: Math.round(rssKiB / 1024),
    };
  }
}
