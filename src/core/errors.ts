/**
 * Typed errors for input mdparity refuses to process. Callers (CLI, app) show
 * `message` as one line; anything else thrown from the core is a bug.
 */
import type { Side } from './vocabulary/side.js';
export type InputErrorCode = 'too-large' | 'too-deep' | 'too-complex';

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly line: number | null;
  /** Which document of a comparison, when known. */
  readonly side: Side | null;

  constructor(code: InputErrorCode, message: string, line: number | null = null, side: Side | null = null) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.line = line;
    this.side = side;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
