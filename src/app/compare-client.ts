/**
 * The app's handle on the compare worker. One comparison at a time: a newer
 * request supersedes an older one, and a comparison that runs past the time
 * limit (a pathological document) gets the worker replaced, so the next
 * file still compares.
 */
import type { Root as HastRoot } from 'hast';
import type { Side, ViewModel } from './shared/lib/view-model.js';
import type { DocumentInput, WorkerRequest, WorkerResponse } from './shared/lib/worker-protocol.js';

export class CompareError extends Error {
  constructor(
    message: string,
    readonly side: Side | null,
    readonly superseded = false,
  ) {
    super(message);
    this.name = 'CompareError';
  }
}

export interface Preview {
  left: Array<HastRoot | null>;
  right: Array<HastRoot | null>;
}

const timeLimit = 30_000;

interface Pending {
  id: number;
  resolve: (view: ViewModel) => void;
  reject: (error: CompareError) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class CompareClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: Pending | null = null;
  private previews = new Map<number, { resolve: (preview: Preview) => void }>();

  compare(left: DocumentInput, right: DocumentInput): Promise<ViewModel> {
    this.pending?.reject(new CompareError('superseded by a newer comparison', null, true));
    this.clearPending();
    const id = this.nextId++;
    return new Promise<ViewModel>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.restart();
        reject(new CompareError(`document too complex: comparing took longer than ${timeLimit / 1000} s and was stopped`, null));
      }, timeLimit);
      this.pending = { id, resolve, reject, timer };
      this.post({ type: 'compare', id, left, right });
    });
  }

  preview(viewId: number): Promise<Preview> {
    return new Promise((resolve) => {
      this.previews.set(viewId, { resolve });
      this.post({ type: 'preview', id: viewId });
    });
  }

  dispose(): void {
    this.pending?.reject(new CompareError('closed', null, true));
    this.clearPending();
    this.worker?.terminate();
    this.worker = null;
  }

  private post(message: WorkerRequest): void {
    this.ensureWorker().postMessage(message);
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
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
    const pending = this.pending;
    if (!pending || pending.id !== message.id) return;
    this.clearPending();
    if (message.type === 'result') pending.resolve(message.view);
    else pending.reject(new CompareError(message.message, message.side));
  }

  private clearPending(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }

  private restart(): void {
    this.worker?.terminate();
    this.worker = null;
    this.previews.clear();
  }
}
