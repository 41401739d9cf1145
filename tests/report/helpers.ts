/** Shared assertions for the writer tests: a JSON Schema validator for any draft, and text hygiene checks. */
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

// RFC 3986 URI reference: only unreserved, reserved and well-formed percent escapes (so spaces, `%`, non-ASCII must be encoded).
const uriReference = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const uri = /^[A-Za-z][A-Za-z0-9+.-]*:(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const dateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i;

/**
 * Compiles a JSON Schema with the Ajv class for its `$schema` draft. Draft-04
 * schemas (SARIF's) compile with the draft-07 class: `$schema` is dropped and
 * `id` becomes `$id`; the SARIF schema uses no draft-04-only keyword forms
 * (no boolean exclusiveMinimum/Maximum). `strict: false` lets unknown keywords pass.
 * The formats the schemas use are checked with RFC 3986 / RFC 3339 patterns (ajv-formats is not installed).
 */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  const draft = String(schema.$schema ?? '');
  const copy: Record<string, unknown> = structuredClone(schema);
  const options = { strict: false, allErrors: true } as const;
  let ajv: Ajv;
  if (draft.includes('2020-12')) ajv = new Ajv2020(options);
  else if (draft.includes('2019-09')) ajv = new Ajv2019(options);
  else {
    ajv = new Ajv(options);
    if (draft.includes('draft-04')) {
      delete copy.$schema;
      if (typeof copy.id === 'string') {
        copy.$id = copy.id;
        delete copy.id;
      }
    }
  }
  ajv.addFormat('uri', uri).addFormat('uri-reference', uriReference).addFormat('date-time', dateTime);
  return ajv.compile(copy as AnySchema);
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string encodes to UTF-8 without loss (no lone surrogates). */
export function isWellFormed(text: string): boolean {
  return !loneSurrogate.test(text);
}

/** Bidi overrides, isolates and embeddings (Trojan Source), raw. */
export const rawBidi = /[\u202A-\u202E\u2066-\u2069]/;
