import { readdir, readFile } from 'node:fs/promises';

const ticksPerSecond = 100; // USER_HZ on Linux

interface ProcessStat {
  pid: number;
  parent: number;
  command: string;
  /** utime + stime, in ticks. */
  ticks: number;
}

async function processStat(pid: number): Promise<ProcessStat | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      parent: Number(fields[1]),
      command,
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null;
  }
}

async function allProcesses(): Promise<ProcessStat[]> {
  const stats: ProcessStat[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await processStat(Number(entry));
    if (stat) stats.push(stat);
  }
  return stats;
}

/** The server's process and its descendants (its workers under WORKERS>1). */
function serverTree(processes: ProcessStat[], root: number): ProcessStat[] {
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const stat of processes) {
      if (!tree.has(stat.pid) && tree.has(stat.parent)) {
        tree.add(stat.pid);
        grew = true;
      }
    }
  }
  return processes.filter((stat) => tree.has(stat.pid));
}

async function rssMiB(pids: number[]): Promise<number> {
  let kiB = 0;
  for (const pid of pids) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    kiB += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return Math.round(kiB / 1024);
}

/** CPU used by the server (all its processes) and by PostgreSQL between two readings, in cores. */
export class ResourceMeter {
  private startedAt = 0;
  private server = new Map<number, number>();
  private database = new Map<number, number>();

  constructor(private readonly serverPid: number) {}

  private async groups(): Promise<{ server: ProcessStat[]; database: ProcessStat[] }> {
    const processes = await allProcesses();
    return {
      server: serverTree(processes, this.serverPid),
      database: processes.filter((stat) => stat.command === 'postgres'),
    };
  }

  async start(): Promise<void> {
    this.startedAt = performance.now();
    const { server, database } = await this.groups();
    this.server = new Map(server.map((stat) => [stat.pid, stat.ticks]));
    this.database = new Map(database.map((stat) => [stat.pid, stat.ticks]));
  }

  async read(): Promise<{ serverCores: number; databaseCores: number; serverRssMiB: number }> {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const { server, database } = await this.groups();
    const used = (stats: ProcessStat[], before: Map<number, number>) =>
      stats.reduce((sum, stat) => sum + stat.ticks - (before.get(stat.pid) ?? 0), 0);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      serverCores: round(used(server, this.server) / ticksPerSecond / seconds),
      databaseCores: round(used(database, this.database) / ticksPerSecond / seconds),
      serverRssMiB: await rssMiB(server.map((stat) => stat.pid)),
    };
  }
}
