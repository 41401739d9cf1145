/**
 * What the live region says: one message at a time, set by whatever just
 * happened, and a summary of the filters once they settle.
 */
import { useEffect, useRef, useState } from 'react';

export interface Announcements {
  announcement: string;
  announce: (message: string) => void;
}

export function useAnnouncements(): Announcements {
  const [announcement, announce] = useState('');
  return { announcement, announce };
}

/** Says how many findings the filters leave, half a second after they last changed. */
export function useFilterSummary(shown: number, total: number, active: boolean, announce: (message: string) => void): void {
  const summary = shown === total ? null : `${shown} of ${total} findings shown.`;
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (!active || summary === last.current) return;
    last.current = summary;
    const timer = setTimeout(() => announce(summary ?? `All ${total} findings shown.`), 500);
    return () => clearTimeout(timer);
  }, [summary, total, active, announce]);
}
