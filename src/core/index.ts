/**
 * mdparity's public API: `compare(left, right)` returns the report; the
 * checks, the writers and the model types are exported for tools built on it.
 */
export { compare, compareDocuments, compareModels, type CompareOptions, type Comparison } from './compare.js';
export { blockFingerprint, type Pin, type PinRef } from './align/pins.js';
export { buildDocument, countLines } from './model/build-document.js';
export { kindName, kindNames } from './vocabulary/kind-names.js';
export type { DocumentModel } from './model/types.js';
export { checks } from './checks/registry.js';
export type { Check, CheckConfig, CheckContext, CheckMeta, Example, FindingInput, Severity } from './checks/types.js';
export { InputError, isInputError, type InputErrorCode } from './errors.js';
export { languageFromPath, languageFromFrontMatter, isRightToLeft } from './language.js';
export { schemaVersion } from './report/types.js';
export type { AlignmentRow, Finding, FileInfo, Location, Report, RowSide, SectionRow, Summary, UncertainReason } from './report/types.js';
export { writeJson } from './report/json.js';
export { writeText, type TextOptions } from './report/text.js';
export { wrapHanging } from './report/wrap.js';
export {
  writers,
  formatNames,
  isFormatName,
  formatExtensions,
  reportFormats,
  reportFormat,
  formatForFile,
  formatTable,
  withFormatTable,
  type FormatName,
  type ReportFormat,
} from './report/writers.js';
export type { Writer, WriterOptions } from './report/writer-options.js';
export { version } from './version.js';
export {
  applyDecisions,
  failsRun,
  isOpen,
  decide,
  decisionsForPair,
  decisionStatuses,
  decisionsFileName,
  DecisionsError,
  parseDecisions,
  pinBelongsToPair,
  pinsForPair,
  serializeDecisions,
  withPin,
  type AppliedDecisions,
  type SavedPin,
  type Decision,
  type DecisionsFile,
  type DecisionStatus,
} from './decisions.js';
export { compareOptionsOf, configFileName, configFromPackageJson, ConfigError, parseConfig, validateConfig, type Config } from './config.js';
export { atLeast, severities, severityIndex, worstSeverity } from './vocabulary/severity.js';
export { formatSize, plural } from './vocabulary/phrasing.js';
