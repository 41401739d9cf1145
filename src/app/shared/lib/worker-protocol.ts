/** Messages between the app and the compare worker. */
import type { Root as HastRoot } from 'hast';
import type { Decision } from '../../../core/decisions.js';
import type { Report } from '../../../core/report/types.js';
import type { FormatName } from '../../../core/report/writers.js';
import type { Side, ViewModel } from './view-model.js';

export interface DocumentInput {
  name: string;
  text: string;
}

/** A configuration file as the user gave it: validated by the worker, next to the checks it names. */
export interface ConfigInput {
  name: string;
  text: string;
}

/** Why a request failed: bad input (a document), a configuration the core refused, or a bug. */
export type ErrorKind = 'input' | 'config' | 'internal';

export type WorkerRequest =
  | { type: 'compare'; id: number; left: DocumentInput; right: DocumentInput; config: ConfigInput | null }
  | { type: 'preview'; id: number }
  | { type: 'export'; id: number; format: FormatName; report: Report; decisions: Decision[]; leftText: string; rightText: string };

export type WorkerResponse =
  /** The rows of the heads of a large pair, shown until the result replaces them (`view.partial` is set). */
  | { type: 'partial'; id: number; view: ViewModel }
  | { type: 'result'; id: number; view: ViewModel }
  | { type: 'error'; id: number; side: Side | null; kind: ErrorKind; message: string }
  | { type: 'preview'; id: number; left: Array<HastRoot | null>; right: Array<HastRoot | null> }
  | { type: 'exported'; id: number; text: string };
