/**
 * Runs one comparison in a worker thread, so that the CLI can stop a
 * document that takes too long (micromark is quadratic on some shapes) or
 * needs too much memory, and still answer with a clear message.
 */
import { parentPort } from 'node:worker_threads';
import { compare, type CompareOptions } from '../core/index.js';
import { isInputError } from '../core/errors.js';

export interface WorkerRequest {
  left: string;
  right: string;
  options: CompareOptions;
}

export type WorkerResponse =
  | { ok: true; report: ReturnType<typeof compare> }
  | { ok: false; kind: 'input'; message: string }
  | { ok: false; kind: 'internal'; message: string };

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { ok: true, report: compare(request.left, request.right, request.options) };
  } catch (error) {
    response = isInputError(error)
      ? { ok: false, kind: 'input', message: error.message }
      : { ok: false, kind: 'internal', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort!.postMessage(response);
});
