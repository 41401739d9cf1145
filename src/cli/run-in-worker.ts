/** compare() in a worker thread with a time limit and a memory limit. */
import { Worker } from 'node:worker_threads';
import type { CompareOptions, Report } from '../core/index.js';
import type { WorkerRequest, WorkerResponse } from './compare-worker.js';

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

export function compareInWorker(left: string, right: string, options: CompareOptions, limits: WorkerLimits): Promise<Report> {
  const worker = new Worker(new URL('./compare-worker.js', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    stdout: false,
    stderr: true,
  });
  return new Promise<Report>((resolve, reject) => {
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      action();
    };
    const timer = setTimeout(
      () => finish(() => reject(new ComparisonError(`document too complex: the comparison did not finish within ${limits.timeoutMs / 1000} s (see --timeout)`, 'input'))),
      limits.timeoutMs,
    );
    worker.on('message', (response: WorkerResponse) =>
      finish(() => (response.ok ? resolve(response.report) : reject(new ComparisonError(response.message, response.kind)))),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ComparisonError(`document too complex: the comparison needed more than ${limits.memoryMb} MB`, 'input')
            : new ComparisonError(`${error.name}: ${error.message}`, 'internal'),
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new ComparisonError(`the comparison stopped unexpectedly (exit code ${code})`, 'internal'))));
    worker.postMessage({ left, right, options } satisfies WorkerRequest);
  });
}
