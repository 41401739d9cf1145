/** Messages between the app and the compare worker. */
import type { Root as HastRoot } from 'hast';
import type { Side, ViewModel } from './view-model.js';

export interface DocumentInput {
  name: string;
  text: string;
}

export type WorkerRequest =
  | { type: 'compare'; id: number; left: DocumentInput; right: DocumentInput }
  | { type: 'preview'; id: number };

export type WorkerResponse =
  | { type: 'result'; id: number; view: ViewModel }
  | { type: 'error'; id: number; side: Side | null; message: string }
  | { type: 'preview'; id: number; left: Array<HastRoot | null>; right: Array<HastRoot | null> };
