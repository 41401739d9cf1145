/** The one way to build what every check reads: both documents, the alignment, and its rows and units, built once. */
import type { DocumentAlignment } from '../align/align-documents.js';
import type { DocumentModel } from '../model/types.js';
import { rowPairs } from './rows.js';
import type { CheckConfig, CheckContext } from './types.js';
import { alignedUnits } from './units.js';

export function createCheckContext(
  left: DocumentModel,
  right: DocumentModel,
  alignment: DocumentAlignment,
  languages: CheckContext['languages'] = { left: null, right: null },
  config: CheckConfig = {},
): CheckContext {
  return { left, right, alignment, languages, config, rows: rowPairs(left, right, alignment), units: alignedUnits(left, right, alignment) };
}
