/**
 * Light and dark themes: follow the system unless the user picks one. The
 * choice is kept in localStorage when the browser allows it.
 */
import { useCallback, useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const order: ThemeChoice[] = ['system', 'light', 'dark'];
const storageKey = 'mdparity:theme';

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function useTheme(): { theme: ThemeChoice; cycleTheme: () => void } {
  const [theme, setTheme] = useState<ThemeChoice>(stored);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    try {
      if (theme === 'system') localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, theme);
    } catch {
      // Storage disabled (private mode): the choice lasts for this page only.
    }
  }, [theme]);
  const cycleTheme = useCallback(() => setTheme((current) => order[(order.indexOf(current) + 1) % order.length]!), []);
  return { theme, cycleTheme };
}
