/**
 * Where compare() spends its time, measured two ways that both hold up on a
 * busy shared machine:
 *
 * 1. stageShares: a CPU profile (node:inspector, sampling) of real
 *    compareDocuments() runs, each sample attributed to the pipeline stage on
 *    its stack (parser, model building, alignment, each check, the rest;
 *    garbage collection on its own). Shares of one run, so no subtraction of
 *    separately timed runs.
 * 2. cheapStages: alignDocuments and every check re-run on the models and
 *    alignment of one compareDocuments(), with repetitions (they are cheap), so
 *    their scaling with size is measured precisely.
 */
import { Session, type Profiler } from 'node:inspector';
import { alignDocuments } from '../src/core/align/align-documents.js';
import { checks } from '../src/core/checks/registry.js';
import { createCheckContext } from '../src/core/checks/context.js';
import { compareDocuments, type Comparison } from '../src/core/index.js';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Profiler calls are synchronous for a connected in-thread session. */
function post<T>(session: Session, method: string, params: object = {}): T {
  let out: T | undefined;
  let failure: unknown;
  session.post(method, params, (error, result) => {
    failure = error;
    out = result as T;
  });
  if (failure) throw failure;
  return out!;
}

export interface StageShares {
  /** Sampled ms per stage over all runs, in pipeline order. */
  stages: Array<[string, number]>;
  totalMs: number;
  runs: number;
  comparison: Comparison;
}

/** Stage of a sample, from its stack (innermost frame first). */
function stageOf(stack: Array<Profiler.ProfileNode['callFrame']>): string {
  if (stack.length === 1 && stack[0]!.functionName === '(garbage collector)') return 'garbage collection (any stage)';
  let stage: string | null = null;
  for (const frame of stack) {
    const file = /\/src\/core\/(.*)$/.exec(frame.url)?.[1] ?? '';
    const name = frame.functionName;
    if (name === 'parseFragment') return 'parse: re-parse of fragments (parseFragment: `##Title`, pseudo lists)';
    if (name === 'parseMarkdown' && !stage) stage = 'parse: parseMarkdown (micromark + mdast + gfm/frontmatter)';
    if (name === 'checkLimits') return 'parse: checkLimits (line scan)';
    if (file.startsWith('checks/') && name === 'run') return `check ${file.slice('checks/'.length).replace(/\.ts$/, '')}`;
    if (name === 'alignDocuments') return 'alignDocuments';
    if (name === 'buildDocument') return stage ?? 'model: buildDocument minus parsing (features, lists, sections)';
    if (name === 'compareDocuments') return stage ?? 'compareDocuments rest (rows, findings, sort, summary)';
  }
  if (stage) return stage;
  // V8's sampler keeps at most ~255 frames: deep parser recursion loses the pipeline frames.
  const leaf = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(stack[0]?.url ?? '')?.[1];
  return leaf
    ? `other: stack cut off by the profiler, leaf in ${leaf.startsWith('micromark') || leaf.startsWith('mdast') ? 'the parser' : leaf}`
    : 'other (outside the pipeline)';
}

const stageOrder = ['parse:', 'model:', 'alignDocuments', 'check ', 'compareDocuments', 'garbage', 'other'];

export function stageShares(left: string, right: string, runs: number, intervalMicros = 500): StageShares {
  const session = new Session();
  session.connect();
  post(session, 'Profiler.enable');
  post(session, 'Profiler.setSamplingInterval', { interval: intervalMicros });
  post(session, 'Profiler.start');
  let comparison!: Comparison;
  for (let i = 0; i < runs; i++) comparison = compareDocuments(left, right);
  const { profile } = post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  post(session, 'Profiler.disable');
  session.disconnect();

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stageOfNode = new Map<number, string>();
  const stageFor = (id: number): string => {
    let stage = stageOfNode.get(id);
    if (stage === undefined) {
      const stack: Array<Profiler.ProfileNode['callFrame']> = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const frame = nodes.get(at)!.callFrame;
        if (frame.functionName !== '(root)') stack.push(frame);
      }
      stage = stageOf(stack);
      stageOfNode.set(id, stage);
    }
    return stage;
  };

  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalMs = 0;
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time since the previous sample: it belongs to the sample before.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const node = nodes.get(samples[i]!)!;
    if (node.callFrame.functionName === '(program)' || node.callFrame.functionName === '(idle)') continue;
    const stage = stageFor(samples[i]!);
    totals.set(stage, (totals.get(stage) ?? 0) + ms);
    totalMs += ms;
  }
  const rank = (name: string) => stageOrder.findIndex((prefix) => name.startsWith(prefix));
  const stages = [...totals.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1]);
  return { stages, totalMs, runs, comparison };
}

/** Best-of-`reps` ms of alignDocuments and of each check, re-run on one comparison's models. */
export function cheapStages(comparison: Comparison, reps: number): Array<[string, number]> {
  const { left, right, alignment } = comparison;
  const context = createCheckContext(left, right, alignment);
  const run = (fn: () => void) => {
    const times: number[] = [];
    // No forced GC between reps: after a full gc() the next run pays for a shrunken young generation.
    for (let i = 0; i < reps; i++) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    return Math.min(...times);
  };
  const out: Array<[string, number]> = [['alignDocuments', run(() => alignDocuments(left, right))]];
  let all = 0;
  for (const check of checks) {
    const ms = run(() => check.run(context, () => {}));
    all += ms;
    out.push([`check ${check.id}`, ms]);
  }
  out.push(['all checks', all]);
  return out;
}
