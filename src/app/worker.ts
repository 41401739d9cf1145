/**
 * The compare worker: runs the same core as the CLI off the main thread, so a
 * slow or hostile document never freezes the page, and posts back a plain
 * view model. It keeps the last comparison to answer preview requests.
 */
import { compareDocuments, isInputError, type Comparison } from '../core/index.js';
import { buildViewModel } from './shared/lib/build-view-model.js';
import { definitionNodes, previewHast } from './shared/lib/preview-hast.js';
import type { WorkerRequest, WorkerResponse } from './shared/lib/worker-protocol.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;
let last: { id: number; comparison: Comparison } | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'compare') compare(request);
  else preview(request.id);
};

function compare(request: Extract<WorkerRequest, { type: 'compare' }>): void {
  const started = performance.now();
  try {
    const comparison = compareDocuments(request.left.text, request.right.text, { leftPath: request.left.name, rightPath: request.right.name });
    last = { id: request.id, comparison };
    const view = buildViewModel({
      id: request.id,
      comparison,
      leftName: request.left.name,
      rightName: request.right.name,
      elapsed: Math.round(performance.now() - started),
    });
    scope.postMessage({ type: 'result', id: request.id, view });
  } catch (error) {
    // An input error names the document it came from, so the app can name the file.
    scope.postMessage({ type: 'error', id: request.id, side: isInputError(error) ? error.side : null, message: messageOf(error) });
  }
}

function preview(id: number): void {
  if (!last || last.id !== id) return;
  const { comparison } = last;
  const leftDefinitions = definitionNodes(comparison.left);
  const rightDefinitions = definitionNodes(comparison.right);
  const left = comparison.alignment.rows.map((row) =>
    row.left === null ? null : previewHast(comparison.left.blocks[row.left]!, leftDefinitions),
  );
  const right = comparison.alignment.rows.map((row) =>
    row.right === null ? null : previewHast(comparison.right.blocks[row.right]!, rightDefinitions),
  );
  scope.postMessage({ type: 'preview', id, left, right });
}

function messageOf(error: unknown): string {
  if (isInputError(error)) return error.message;
  if (error instanceof RangeError) return 'document too complex to compare (nesting or repetition too deep)';
  // Anything else is a bug in mdparity, not in the document: say so.
  return `internal error while comparing: ${error instanceof Error ? error.message : String(error)}`;
}
