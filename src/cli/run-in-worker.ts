/**
 * compare() in a pool of worker threads (tinypool), each run with a time
 * limit and each worker with a memory limit. A run that is stopped ends its
 * worker; the pool starts a fresh one for the next pair.
 */
import { Tinypool } from 'tinypool';
import type { CompareOptions, Report } from '../core/index.js';
import type { CompareResult, CompareTask } from './compare-worker.js';

export class ComparisonError extends Error {
  constructor(
    message: string,
    readonly kind: 'input' | 'internal',
  ) {
    super(message);
    this.name = 'ComparisonError';
  }
}

export interface WorkerLimits {
  timeoutMs: number;
  memoryMb: number;
}

export interface ComparePool {
  compare(left: string, right: string, options: CompareOptions): Promise<Report>;
  destroy(): Promise<void>;
}

export function createComparePool(limits: WorkerLimits, threads = 1): ComparePool {
  const pool = new Tinypool({
    filename: new URL('./compare-worker.js', import.meta.url).href,
    minThreads: 0,
    maxThreads: threads,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
  });
  return {
    async compare(left, right, options) {
      let result: CompareResult;
      try {
        // Tinypool's run() is untyped: the worker's answer is a CompareResult by compare-worker.ts's signature.
        result = (await pool.run({ left, right, options } satisfies CompareTask, { signal: AbortSignal.timeout(limits.timeoutMs) })) as CompareResult;
      } catch (error) {
        const { name, code, message } = error as Error & { code?: string };
        if (name === 'AbortError' || name === 'TimeoutError' || /abort/i.test(message)) {
          throw new ComparisonError(
            `document too complex: the comparison did not finish within ${limits.timeoutMs / 1000} s (see --timeout)`,
            'input',
          );
        }
        if (code === 'ERR_WORKER_OUT_OF_MEMORY')
          throw new ComparisonError(`document too complex: the comparison needed more than ${limits.memoryMb} MB`, 'input');
        throw new ComparisonError(`${name}: ${message}`, 'internal');
      }
      if (result.ok) return result.report;
      throw new ComparisonError(result.message, result.kind);
    },
    async destroy() {
      await pool.destroy();
    },
  };
}

/** One comparison with its own short-lived pool. */
export async function compareInWorker(left: string, right: string, options: CompareOptions, limits: WorkerLimits): Promise<Report> {
  const pool = createComparePool(limits, 1);
  try {
    return await pool.compare(left, right, options);
  } finally {
    await pool.destroy();
  }
}
