// A V8 CPU profile read as two tables: the functions with the most samples of their own (self), and
// those with the most samples under them (inclusive, each sample counted once per function).
import type { Profiler } from 'node:inspector';

function label(frame: Profiler.ProfileNode['callFrame']): string {
  const file = frame.url.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '');
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/** The `top` functions by self and by inclusive share of the profile's samples, as Markdown tables. */
export function summariseProfile(profile: Profiler.Profile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const samples = profile.samples ?? [];
  for (const id of samples) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label((byId.get(at) as Profiler.ProfileNode).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    }
  }
  const table = (title: string, counts: Map<string, number>) =>
    [`| ${title} | % |`, '| --- | --- |']
      .concat(
        [...counts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(([name, n]) => `| ${name} | ${((100 * n) / samples.length).toFixed(1)} |`),
      )
      .join('\n');
  return `${table('self', self)}\n\n${table('inclusive', inclusive)}`;
}
