/** Text hygiene shared by the writers. */

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates with U+FFFD so the output is valid UTF-8 (String#toWellFormed, for ES2023 targets). */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

// C0 and C1 controls (tab kept), and the bidi and invisible format characters of the Trojan Source class.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Makes control, bidi and zero-width characters visible as `\u{…}`, for one-line terminal output. */
export function escapeControls(text: string): string {
  return wellFormed(text)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(controls, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`);
}
