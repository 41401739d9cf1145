/**
 * What a check is: a stable id, a default severity, the text the catalog is
 * generated from, a bad and a good example (which the test suite also runs),
 * and a `run` that reports findings on an aligned document pair.
 */
import type { DocumentAlignment } from '../align/align-documents.js';
import type { DocumentModel, Span } from '../model/types.js';
import type { FlavorSetting } from '../parse/flavor.js';
import type { MdxConfig } from './mdx-config.js';
import type { RowPair } from './rows.js';
import type { AlignedUnit } from './units.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Example {
  /** Left and right documents (whole Markdown files, usually short). */
  left: string;
  right: string;
  /** One sentence on what the example shows. */
  note: string;
  /** The file type the pair is compared as (`left.mdx`/`right.mdx`), for checks that read MDX only; default `md`. */
  extension?: 'md' | 'mdx';
}

export interface CheckMeta {
  /** Stable kebab-case id: reports, configuration and decisions refer to it. */
  id: string;
  severity: Severity;
  /** One line: what the check finds. */
  summary: string;
  /** One paragraph: why a reviewer cares. */
  rationale: string;
  /** A pair the check reports (the example's left and right). */
  bad: Example;
  /** A faithful pair the check must accept. */
  good: Example;
  /**
   * The check's findings hold whatever the pairing (a defect of one side's form, such as `##Heading`): they are not
   * softened on rows the aligner is unsure of.
   */
  independentOfPairing?: boolean;
}

export interface FindingInput {
  message: string;
  left: Span | null;
  right: Span | null;
  /** Row in the alignment the finding belongs to. */
  row: number | null;
  /** Overrides the check's default severity for this finding (e.g. a defect shared by both sides is info). */
  severity?: Severity;
  /** The same finding's other places, when one defect repeats (a "back to top" link dropped 33 times is one finding). */
  related?: Array<{ left: Span | null; right: Span | null }>;
}

/** Project settings the checks read (mdparity.config.json; all optional). */
export interface CheckConfig {
  /** Do-not-translate terms: product and brand names. */
  protectedTerms?: string[];
  frontMatter?: {
    /** Keys whose values must be identical on both sides. */
    mustMatch?: string[];
    /** Keys whose values must differ (be translated). */
    mustTranslate?: string[];
  };
  /** How files are read: `auto` (by name, front matter and text), or every file as `markdown` or as `mdx`. */
  flavor?: FlavorSetting;
  /** MDX conventions: removable components, props that must match, framework presets. */
  mdx?: MdxConfig;
}

export interface CheckContext {
  left: DocumentModel;
  right: DocumentModel;
  alignment: DocumentAlignment;
  /** BCP 47 tags when known (file name or front matter), else null. */
  languages: { left: string | null; right: string | null };
  config: CheckConfig;
  /** The alignment's rows as block pairs (the structural view: what each row holds). */
  rows: readonly RowPair[];
  /** The aligned content units (the content view: list items, split paragraphs joined), built once. */
  units: readonly AlignedUnit[];
}

/** How a check hands over a finding. */
export type EmitFinding = (finding: FindingInput) => void;

export interface Check extends CheckMeta {
  run(context: CheckContext, emit: EmitFinding): void;
}
