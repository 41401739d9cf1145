/** Mirrors the view state into the URL (replaceState: the back button leaves the app, not the selection). */
import { useEffect } from 'react';
import { writeUrlState, type UrlState } from '../shared/lib/url-state.js';

export function useUrlSync(state: UrlState): void {
  const query = writeUrlState(state);
  useEffect(() => {
    if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  }, [query]);
}
