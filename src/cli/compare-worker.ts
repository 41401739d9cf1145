/**
 * The worker thread of the comparison pool (src/cli/pool.ts): one task at a
 * time, everything that grows with the documents inside the worker's time
 * and memory budget: the comparison, the review decisions (parsed and
 * applied) and the report in each requested format.
 *
 * When a task starts, the worker tells the pool its thread id and the
 * processor time it has used so far, so the pool counts the task's own
 * running time (never the time it waited in the queue) and a busy machine
 * slows a run down instead of failing it.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import {
  applyDecisions,
  compare,
  decisionsForPair,
  DecisionsError,
  isInputError,
  parseDecisions,
  pinsForPair,
  writers,
  type CompareOptions,
  type DecisionsFile,
  type FormatName,
  type Report,
  type WriterOptions,
} from '../core/index.js';
import { fixTranslation, type FixResult } from '../core/fixes/compute-fixes.js';

export interface CompareTask {
  left: string;
  right: string;
  options: CompareOptions;
  /** The text of a decisions file and its name (for messages), or null. */
  decisions: { text: string; path: string } | null;
  /** Compute the mechanical fixes of the right text (core/fixes), on the alignment the decisions' pins give, instead of rendering; the result's `fixed`. */
  fix?: boolean;
  /** Formats to write the report in, with the writer options (source texts are added here). */
  render: { formats: FormatName[]; options: Omit<WriterOptions, 'leftText' | 'rightText'> } | null;
}

export type CompareResult =
  | { ok: true; report: Report; outputs: Partial<Record<FormatName, string>>; notes: string[]; fixed?: FixResult }
  | { ok: false; kind: 'input' | 'internal'; message: string };

/** Thread id and processor time of the calling thread (Linux), or null. */
export function threadCpu(): { tid: number; ms: number } | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const tid = Number(stat.slice(0, stat.indexOf(' ')));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5) (utime, stime), counted from field 3 here; clock ticks of 10 ms.
    return { tid, ms: (Number(fields[11]) + Number(fields[12])) * 10 };
  } catch {
    return null;
  }
}

let cachedDecisions: { text: string; file: DecisionsFile } | null = null;

export function runCompare(task: CompareTask): CompareResult {
  try {
    if (task.decisions && cachedDecisions?.text !== task.decisions.text) {
      try {
        cachedDecisions = { text: task.decisions.text, file: parseDecisions(task.decisions.text) };
      } catch (error) {
        if (error instanceof DecisionsError) return { ok: false, kind: 'input', message: `${task.decisions.path}: ${error.message}` };
        throw error;
      }
    }
    const file = task.decisions ? cachedDecisions!.file : null;
    // The reviewer's pins align the pair as in the app, so CI reports what the reviewer saw.
    const pins = file?.pins ? pinsForPair(file.pins, { left: task.options.leftPath ?? null, right: task.options.rightPath ?? null }) : [];
    const options = pins.length > 0 ? { ...task.options, pins } : task.options;
    if (task.fix) {
      // Fixes are computed on the pinned alignment, the one `compare` reports, so a fix answers a finding the reviewer
      // saw; a finding the reviewer accepted as intended is left as it is.
      const fixed = fixTranslation(task.left, task.right, options, file?.decisions ?? []);
      return { ok: true, report: fixed.report, outputs: {}, notes: [], fixed };
    }
    let report = compare(task.left, task.right, options);
    const notes: string[] = [];
    if (task.decisions && file) {
      const decisions = file.decisions;
      if (decisions.length > 0 && decisionsForPair(report, decisions).length === 0)
        notes.push(
          `none of the ${decisions.length} decisions in ${task.decisions.path} is for ${task.options.leftPath ?? 'left'} ↔ ${task.options.rightPath ?? 'right'}`,
        );
      report = applyDecisions(report, decisions).report;
    }
    const outputs: Partial<Record<FormatName, string>> = {};
    if (task.render) {
      for (const format of task.render.formats) {
        outputs[format] = writers[format](report, { ...task.render.options, leftText: task.left, rightText: task.right });
      }
    }
    return { ok: true, report, outputs, notes };
  } catch (error) {
    return isInputError(error)
      ? { ok: false, kind: 'input', message: error.side ? `${error.side} file: ${error.message}` : error.message }
      : { ok: false, kind: 'internal', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (message: { id: number; task: CompareTask }) => {
    const cpu = threadCpu();
    port.postMessage({ type: 'start', id: message.id, tid: cpu?.tid ?? null, cpuMs: cpu?.ms ?? null });
    const result = runCompare(message.task);
    port.postMessage({ type: 'done', id: message.id, result });
  });
}
