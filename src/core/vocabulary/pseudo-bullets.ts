/**
 * Characters that authors and translation tools use as bullets but CommonMark
 * does not, with their names: the model reads them, the bullet-marker check
 * names them, the app highlights them. Add one here and all three know it.
 */
export const pseudoBulletNames = {
  '–': 'en dash',
  '—': 'em dash',
  '•': 'bullet character',
  '·': 'middle dot',
  '‣': 'triangular bullet',
  '▪': 'small square',
} as const satisfies Record<string, string>;

export type PseudoBullet = keyof typeof pseudoBulletNames;

export const pseudoBullets = Object.keys(pseudoBulletNames) as PseudoBullet[];

export function isPseudoBullet(marker: string): marker is PseudoBullet {
  return Object.hasOwn(pseudoBulletNames, marker);
}
