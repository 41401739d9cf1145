/** True once `active` has stayed true for `delay` ms: progress shows only for slow work, without flashing. */
import { useEffect, useState } from 'react';

export function useDelayed(active: boolean, delay: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), delay);
    return () => clearTimeout(timer);
  }, [active, delay]);
  return shown;
}
