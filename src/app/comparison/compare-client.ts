/**
 * The app's handle on the compare worker. One comparison at a time: a newer
 * request supersedes an older one, and a comparison that runs past the time
 * limit (a pathological document) gets the worker replaced, so the next
 * file still compares. Report exports run in the same worker, each answered
 * by its id. A large pair's first rows arrive before its result
 * (`onPartial`). Applying fixes is a comparison too (of the fixed text): it
 * supersedes and is superseded like any other.
 */
import type { Root as HastRoot } from 'hast';
import type { Pin } from '../../core/align/pins.js';
import type { Decision } from '../../core/decisions.js';
import type { Report } from '../../core/report/types.js';
import type { FormatName } from '../../core/report/writers.js';
import type { ConfigInput, DocumentInput, ErrorKind, Side, ViewModel, WorkerRequest, WorkerResponse } from '../protocol.js';

export class CompareError extends Error {
  constructor(
    message: string,
    readonly side: Side | null,
    readonly superseded = false,
    readonly kind: ErrorKind = 'internal',
  ) {
    super(message);
    this.name = 'CompareError';
  }
}

export interface Preview {
  left: Array<HastRoot | null>;
  right: Array<HastRoot | null>;
}

export interface ExportRequest {
  format: FormatName;
  report: Report;
  decisions: Decision[];
  leftText: string;
  rightText: string;
}

const timeLimit = 30_000;

/** The fixed right text and its comparison. */
export interface FixedPair {
  view: ViewModel;
  text: string;
  /** How many fixes the text got. */
  fixes: number;
}

type Answer = Extract<WorkerResponse, { type: 'result' | 'fixed' }>;

interface Pending {
  id: number;
  onPartial: ((view: ViewModel) => void) | null;
  resolve: (answer: Answer) => void;
  reject: (error: CompareError) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class CompareClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: Pending | null = null;
  private previews = new Map<number, { resolve: (preview: Preview) => void }>();
  private exports = new Map<number, { resolve: (text: string) => void; reject: (error: CompareError) => void }>();

  /** The pair's view model; a large pair's first rows go to `onPartial` before it resolves. */
  compare(
    left: DocumentInput,
    right: DocumentInput,
    config: ConfigInput | null = null,
    onPartial: ((view: ViewModel) => void) | null = null,
    pins: Pin[] = [],
  ): Promise<ViewModel> {
    return this.request((id) => ({ type: 'compare', id, left, right, config, pins }), onPartial).then((answer) => answer.view);
  }

  /**
   * The right text with the fixes of these findings (`fixKey`s of view `from`'s findings) applied, and its view; a
   * CompareError of kind `fix` when the fixed text does not compare as the core promises (nothing is then changed).
   */
  fix(
    request: { from: number; left: DocumentInput; right: DocumentInput; config: ConfigInput | null; pins: Pin[] },
    findings: string[],
  ): Promise<FixedPair> {
    return this.request((id) => ({ type: 'fix', id, ...request, findings }), null).then((answer) => {
      if (answer.type !== 'fixed') throw new CompareError('the worker compared instead of fixing', null);
      return { view: answer.view, text: answer.text, fixes: answer.fixes };
    });
  }

  /** One comparison at a time: this one supersedes the one under way. */
  private request(message: (id: number) => WorkerRequest, onPartial: ((view: ViewModel) => void) | null): Promise<Answer> {
    this.pending?.reject(new CompareError('superseded by a newer comparison', null, true));
    this.clearPending();
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.restart();
        reject(new CompareError(`document too complex: comparing took longer than ${timeLimit / 1000} s and was stopped`, null, false, 'input'));
      }, timeLimit);
      this.pending = { id, onPartial, resolve, reject, timer };
      this.post(message(id));
    });
  }

  preview(viewId: number): Promise<Preview> {
    return new Promise((resolve) => {
      this.previews.set(viewId, { resolve });
      this.post({ type: 'preview', id: viewId });
    });
  }

  /** The report in one format, with the decisions applied; the text of the file to download. */
  exportReport(request: ExportRequest): Promise<string> {
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      this.exports.set(id, { resolve, reject });
      this.post({ type: 'export', id, ...request });
    });
  }

  dispose(): void {
    this.pending?.reject(new CompareError('closed', null, true));
    this.clearPending();
    this.rejectExports(new CompareError('closed', null, true));
    this.worker?.terminate();
    this.worker = null;
  }

  private post(message: WorkerRequest): void {
    this.ensureWorker().postMessage(message);
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        const pending = this.pending;
        this.clearPending();
        this.restart();
        pending?.reject(new CompareError(`the comparison stopped unexpectedly (${event.message || 'worker error'})`, null));
      };
    }
    return this.worker;
  }

  private receive(message: WorkerResponse): void {
    if (message.type === 'preview') {
      this.previews.get(message.id)?.resolve({ left: message.left, right: message.right });
      this.previews.delete(message.id);
      return;
    }
    const exported = this.exports.get(message.id);
    if (exported) {
      this.exports.delete(message.id);
      if (message.type === 'exported') exported.resolve(message.text);
      else if (message.type === 'error') exported.reject(new CompareError(message.message, null, false, message.kind));
      return;
    }
    const pending = this.pending;
    if (!pending || pending.id !== message.id) return;
    if (message.type === 'partial') {
      pending.onPartial?.(message.view);
      return;
    }
    this.clearPending();
    if (message.type === 'result' || message.type === 'fixed') pending.resolve(message);
    else if (message.type === 'error') pending.reject(new CompareError(message.message, message.side, false, message.kind));
  }

  private clearPending(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private rejectExports(error: CompareError): void {
    for (const { reject } of this.exports.values()) reject(error);
    this.exports.clear();
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.previews.clear();
    this.rejectExports(new CompareError('the worker was restarted; export again', null));
  }
}
