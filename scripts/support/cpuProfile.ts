/**
 * A Chromium CPU profile (CDP Profiler.stop's `profile`) read as self and total time per function, for the
 * profiling scripts (profile-browser.ts, profile-freeze.ts).
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface SummaryOptions {
  /** The rows per list. */
  top: number;
  /** Only the samples in [from, to) (sample indices; default all). */
  from?: number;
  to?: number;
  /** Only the samples under a function of this name (e.g. dispatchDiscreteEvent: a slider step's own task). */
  under?: string;
}

/**
 * Self and total ms per function, heaviest first; idle samples are left out (total counts a function once per
 * sample however deep it recurses).
 */
export function summarizeProfile(profile: Profile, options: SummaryOptions): string {
  const { top, from = 0, to = profile.samples.length, under } = options;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const dtMs = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let id: number | undefined = profile.samples[i]!;
    const leaf = byId.get(id)!;
    if (leaf.callFrame.functionName === '(idle)') continue;
    if (under !== undefined) {
      let up: number | undefined = id;
      while (up !== undefined && byId.get(up)!.callFrame.functionName !== under) up = parent.get(up);
      if (up === undefined) continue;
    }
    self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dtMs);
    const seen = new Set<string>();
    while (id !== undefined) {
      const k = key(byId.get(id)!);
      if (!seen.has(k)) {
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dtMs);
      }
      id = parent.get(id);
    }
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  return `self:\n${rows(self)}\n\ntotal:\n${rows(total)}`;
}
