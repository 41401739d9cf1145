/**
 * compare() in a pool of worker threads, each task with a time budget and
 * each worker with a heap cap derived from the memory the machine really has
 * (src/cli/memory.ts).
 *
 * Time: the budget counts the task's own processor time, from the moment
 * the worker starts it (the worker reports its thread's CPU clock), never
 * the time it waited in the queue, so a loaded machine slows a run down and
 * does not turn into "document too complex". Where the thread clock cannot
 * be read, the budget is wall time from the start of the task. A wall-clock
 * backstop (ten times the budget) still ends a task that never gets the CPU.
 *
 * Faults: a worker that runs out of memory or dies fails its own task, with
 * the real figures in the message; the pool starts a fresh worker for the
 * next one. Nothing a document does ends the run.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { CompareOptions, FormatName, Report, WriterOptions } from '../core/index.js';
import type { CompareResult, CompareTask } from './compare-worker.js';
import type { FixResult } from '../core/fixes/compute-fixes.js';
import { describeLimit, planHeap, type HeapPlan } from './memory.js';

export class ComparisonError extends Error {
  constructor(
    message: string,
    readonly kind: 'input' | 'internal',
  ) {
    super(message);
    this.name = 'ComparisonError';
  }
}

/**
 * The default processor-time budget of one comparison: 30 s, plus 30 s per
 * MB of the two texts together, so that the --max-file-size default (10 MB)
 * and the time limit agree: a 1 MB page with many short sections on a loaded
 * machine is not "too complex", while a runaway comparison still ends.
 */
export function defaultBudgetMs(leftLength: number, rightLength: number): number {
  return 30_000 + Math.ceil(((leftLength + rightLength) / (1024 * 1024)) * 30_000);
}

export interface PoolOptions {
  /** Processor-time budget of one comparison, in milliseconds; null: derived from the pair's size (`defaultBudgetMs`). */
  timeoutMs: number | null;
  /** Workers wanted (fewer when memory does not allow). */
  threads?: number;
  /** Heap cap per worker; default: derived from the available memory. */
  heap?: HeapPlan;
}

export interface CompareRequest {
  left: string;
  right: string;
  options: CompareOptions;
  decisions?: { text: string; path: string } | null;
  render?: { formats: FormatName[]; options: Omit<WriterOptions, 'leftText' | 'rightText'> } | null;
  /** Compute the mechanical fixes of the right text instead (the outcome's `fixed`). */
  fix?: boolean;
}

export interface CompareOutcome {
  report: Report;
  outputs: Partial<Record<FormatName, string>>;
  notes: string[];
  fixed?: FixResult;
}

export interface ComparePool {
  run(request: CompareRequest): Promise<CompareOutcome>;
  readonly heap: HeapPlan;
  destroy(): Promise<void>;
}

interface Job {
  id: number;
  task: CompareTask;
  resolve(outcome: CompareOutcome): void;
  reject(error: ComparisonError): void;
  /** Set when the worker reports the start. */
  started: { wall: number; tid: number | null; cpuMs: number | null } | null;
  dispatched: number;
  /** Processor-time budget in milliseconds. */
  budget: number;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  dead: boolean;
}

/** Processor time of a thread of this process (Linux), in ms, or null. */
function threadCpuMs(tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * How far V8 lets a heap grow past what the last full collection kept, in percent. V8's own default
 * on a machine with memory to spare is up to 300 (a heap four times its live size before it collects
 * again): the parser's garbage then made a 2.4 MB page of 40,000 sections peak at 1.3 GB where 0.4 GB
 * was live (issue 11). 50 keeps the peak near one and a half times the live size, for a few more collections.
 */
const heapGrowingPercent = 50;

/** Peak memory per MB of input measured by bench/load.bench.ts (issue 11), for the out-of-memory message and the README. */
const memoryPerInputMb = { prose: 200, dense: 450 };

export function createComparePool(options: PoolOptions): ComparePool {
  // V8 reads the flag at every collection, in every thread: set before the workers start.
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
  const heap = options.heap ?? planHeap(options.threads ?? 1);
  const threads = Math.max(1, Math.min(options.threads ?? 1, heap.threads));
  const seconds = (ms: number) => `${+(ms / 1000).toFixed(3)} s`;
  const raise = options.timeoutMs === null ? 'derived from the file size; raise it with --timeout SECONDS' : 'raise it with --timeout SECONDS';
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let timer: NodeJS.Timeout | null = null;

  const spawn = (): Slot => {
    const worker = new Worker(new URL('./compare-worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: heap.heapMb },
    });
    const slot: Slot = { worker, job: null, dead: false };
    worker.on(
      'message',
      (message: { type: 'start'; id: number; tid: number | null; cpuMs: number | null } | { type: 'done'; id: number; result: CompareResult }) => {
        const job = slot.job;
        if (!job || job.id !== message.id) return;
        if (message.type === 'start') {
          job.started = { wall: Date.now(), tid: message.tid, cpuMs: message.cpuMs };
          return;
        }
        slot.job = null;
        const result = message.result;
        if (result.ok)
          job.resolve({ report: result.report, outputs: result.outputs, notes: result.notes, ...(result.fixed ? { fixed: result.fixed } : {}) });
        else job.reject(new ComparisonError(result.message, result.kind));
        pump();
      },
    );
    worker.on('error', (error: Error & { code?: string }) => {
      const job = slot.job;
      slot.job = null;
      retire(slot);
      if (job) {
        job.reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ComparisonError(
                `document too complex: the comparison needed more memory than its limit (${describeLimit(heap)}); ` +
                  `pages of prose need about ${memoryPerInputMb.prose} MB per MB of the two files, pages of thousands of tiny sections or links ` +
                  `up to ${memoryPerInputMb.dense} MB per MB (raise the limit with MDPARITY_HEAP_MB, or split the page)`,
                'input',
              )
            : new ComparisonError(`the comparison stopped: ${error.name}: ${error.message}`, 'internal'),
        );
      }
      pump();
    });
    worker.on('exit', (code) => {
      const job = slot.job;
      slot.job = null;
      retire(slot);
      if (job) job.reject(new ComparisonError(`the comparison's worker ended unexpectedly (exit code ${code})`, 'internal'));
      pump();
    });
    slots.push(slot);
    return slot;
  };

  const retire = (slot: Slot) => {
    if (slot.dead) return;
    slot.dead = true;
    const index = slots.indexOf(slot);
    if (index !== -1) slots.splice(index, 1);
    void slot.worker.terminate();
  };

  const pump = () => {
    while (queue.length > 0) {
      let slot = slots.find((candidate) => !candidate.dead && candidate.job === null);
      if (!slot && slots.length < threads) slot = spawn();
      if (!slot) break;
      const job = queue.shift()!;
      slot.job = job;
      job.dispatched = Date.now();
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
    const busy = slots.some((slot) => slot.job !== null);
    if (busy && timer === null) {
      timer = setInterval(watch, 100);
    } else if (!busy && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
    // Idle workers do not keep the process alive.
    for (const slot of slots) {
      if (slot.job) slot.worker.ref();
      else slot.worker.unref();
    }
  };

  const watch = () => {
    const now = Date.now();
    for (const slot of [...slots]) {
      const job = slot.job;
      if (!job) continue;
      let used: number | null = null;
      if (job.started) {
        const cpu = job.started.tid !== null && job.started.cpuMs !== null ? threadCpuMs(job.started.tid) : null;
        used = cpu !== null ? cpu - job.started.cpuMs! : now - job.started.wall;
      }
      const wall = now - (job.started?.wall ?? job.dispatched);
      const budget = job.budget;
      if ((used !== null && used > budget) || wall > Math.max(10 * budget, budget + 60_000)) {
        slot.job = null;
        retire(slot);
        job.reject(
          new ComparisonError(
            used !== null && used > budget
              ? `document too complex: the comparison used more than ${seconds(budget)} of processor time (a time limit, ${raise})`
              : `document too complex: the comparison did not finish within ${seconds(Math.max(10 * budget, budget + 60_000))} of wall-clock time (a time limit: the machine is busy, or ${raise})`,
            'input',
          ),
        );
      }
    }
    pump();
  };

  return {
    heap: { ...heap, threads },
    run(request) {
      return new Promise<CompareOutcome>((resolve, reject) => {
        queue.push({
          id: nextId++,
          task: {
            left: request.left,
            right: request.right,
            options: request.options,
            decisions: request.decisions ?? null,
            render: request.render ?? null,
            ...(request.fix ? { fix: true } : {}),
          },
          resolve,
          reject,
          started: null,
          dispatched: 0,
          budget: options.timeoutMs ?? defaultBudgetMs(request.left.length, request.right.length),
        });
        pump();
      });
    },
    async destroy() {
      if (timer !== null) clearInterval(timer);
      timer = null;
      for (const job of queue.splice(0)) job.reject(new ComparisonError('the run was stopped', 'internal'));
      // Wait for every worker's exit with a referenced timer running: terminating an idle, unreferenced
      // worker does not keep the event loop alive, and the process would end with the promise unsettled.
      const keepAlive = setInterval(() => undefined, 1000);
      await Promise.all(
        [...slots].map((slot) => {
          slot.dead = true;
          return new Promise<void>((done) => {
            const fallback = setTimeout(done, 5000);
            slot.worker.once('exit', () => {
              clearTimeout(fallback);
              done();
            });
            void slot.worker.terminate();
          });
        }),
      );
      clearInterval(keepAlive);
      slots.length = 0;
    },
  };
}

/** One comparison with its own short-lived pool. */
export async function compareInWorker(request: CompareRequest, timeoutMs: number | null): Promise<CompareOutcome> {
  const pool = createComparePool({ timeoutMs, threads: 1 });
  try {
    return await pool.run(request);
  } finally {
    await pool.destroy();
  }
}
