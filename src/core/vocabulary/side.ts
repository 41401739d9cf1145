/** The two documents of a comparison: `left` and `right`, whichever is the source. */
export type Side = 'left' | 'right';
