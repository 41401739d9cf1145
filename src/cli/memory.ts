/**
 * How much memory a comparison may use, from what the machine really gives
 * this process: the cgroup limit (v2 `memory.max`, v1 `limit_in_bytes`),
 * Node's constrained memory, the physical memory, and the address-space
 * limit (`ulimit -v`). The worker heap cap is derived from the smallest, so
 * that the cap fires first (a clear "needed more than N MB" for one page)
 * instead of the kernel or V8 killing the whole run.
 */
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';

export interface MemoryLimit {
  /** Bytes available to this process. */
  bytes: number;
  /** Where the figure comes from, for messages. */
  source: string;
}

const MB = 1024 * 1024;
/** Larger than any real limit: "no limit" in cgroup files and rlimits. */
const unlimited = 2 ** 60;

function readNumber(path: string): number | null {
  try {
    const text = readFileSync(path, 'utf8').trim();
    if (text === 'max') return null;
    const value = Number(text);
    return Number.isFinite(value) && value > 0 && value < unlimited ? value : null;
  } catch {
    return null;
  }
}

/** The soft RLIMIT_AS (ulimit -v) from /proc/self/limits, in bytes, or null. */
function addressSpaceLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((row) => row.startsWith('Max address space'));
    const soft = line?.slice('Max address space'.length).trim().split(/\s+/)[0];
    if (!soft || soft === 'unlimited') return null;
    const value = Number(soft);
    return Number.isFinite(value) && value > 0 && value < unlimited ? value : null;
  } catch {
    return null;
  }
}

/** Every limit that applies, smallest first. */
function memoryLimits(): MemoryLimit[] {
  const limits: MemoryLimit[] = [{ bytes: totalmem(), source: 'physical memory' }];
  const v2 = readNumber('/sys/fs/cgroup/memory.max');
  if (v2 !== null) limits.push({ bytes: v2, source: 'cgroup memory.max' });
  const v1 = readNumber('/sys/fs/cgroup/memory/memory.limit_in_bytes');
  if (v1 !== null) limits.push({ bytes: v1, source: 'cgroup memory.limit_in_bytes' });
  const constrained = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : undefined;
  if (constrained !== undefined && constrained > 0 && constrained < unlimited) limits.push({ bytes: constrained, source: 'constrained memory' });
  const addressSpace = addressSpaceLimit();
  // V8 reserves address space well beyond its heap (code ranges, the young generation, thread stacks): count half of it.
  if (addressSpace !== null) limits.push({ bytes: addressSpace / 2, source: `address-space limit (ulimit -v ${Math.round(addressSpace / MB)} MB)` });
  return limits.sort((a, b) => a.bytes - b.bytes);
}

export interface HeapPlan {
  /** Old-generation cap of each worker, in MB. */
  heapMb: number;
  /** Workers that fit. */
  threads: number;
  /** The limit the cap was derived from. */
  limit: MemoryLimit;
}

/**
 * The heap cap per worker: what is left of the smallest limit after the main
 * thread's share (a quarter, at least 256 MB), divided among the workers,
 * between 256 MB and 4096 MB. Fewer workers when each would get less than 512 MB.
 */
export function planHeap(
  wantedThreads: number,
  limits: MemoryLimit[] = memoryLimits(),
  env: Record<string, string | undefined> = process.env,
): HeapPlan {
  const limit = limits[0]!;
  // MDPARITY_HEAP_MB sets the cap by hand (lower it on a shared machine; the tests use it to make a page run out).
  const forced = Number(env.MDPARITY_HEAP_MB);
  if (env.MDPARITY_HEAP_MB && Number.isInteger(forced) && forced >= 16) {
    return { heapMb: forced, threads: Math.max(1, wantedThreads), limit: { bytes: forced * MB, source: 'MDPARITY_HEAP_MB' } };
  }
  const totalMb = limit.bytes / MB;
  const spare = Math.max(0, totalMb - Math.max(256, totalMb / 4));
  const threads = Math.max(1, Math.min(wantedThreads, Math.floor(spare / 512)));
  const heapMb = Math.max(256, Math.min(4096, Math.floor(spare / threads)));
  return { heapMb, threads, limit };
}

export function describeLimit(plan: HeapPlan): string {
  if (plan.limit.source === 'MDPARITY_HEAP_MB') return `${plan.heapMb} MB per comparison, set by MDPARITY_HEAP_MB`;
  return `${plan.heapMb} MB per comparison, derived from ${Math.round(plan.limit.bytes / MB)} MB of ${plan.limit.source}`;
}
