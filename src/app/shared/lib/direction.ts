/** Writing direction of a language tag (the core's list of right-to-left languages). */
import { isRightToLeft } from '../../../core/language.js';

export function directionOf(language: string): 'ltr' | 'rtl' {
  return isRightToLeft(language) ? 'rtl' : 'ltr';
}
