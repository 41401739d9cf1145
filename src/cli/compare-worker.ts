/**
 * One comparison, run in a worker thread of the pool (tinypool), so that the
 * CLI can stop a document that takes too long (micromark is quadratic on some
 * shapes) or needs too much memory, and still answer with a clear message.
 */
import { compare, isInputError, type CompareOptions, type Report } from '../core/index.js';

export interface CompareTask {
  left: string;
  right: string;
  options: CompareOptions;
}

export type CompareResult =
  { ok: true; report: Report } | { ok: false; kind: 'input'; message: string } | { ok: false; kind: 'internal'; message: string };

export default function runCompare(task: CompareTask): CompareResult {
  try {
    return { ok: true, report: compare(task.left, task.right, task.options) };
  } catch (error) {
    return isInputError(error)
      ? { ok: false, kind: 'input', message: error.side ? `${error.side} file: ${error.message}` : error.message }
      : { ok: false, kind: 'internal', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
