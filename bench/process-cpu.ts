// The CPU time a process has used so far, read from /proc (Linux), for figures per request.
import { readFileSync } from 'node:fs';

/** User and system CPU time of process `pid` so far, in ms (clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  // The fields after the command name, which may hold spaces, start after its closing parenthesis.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
