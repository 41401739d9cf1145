/**
 * How the aligned view shows the pair: rows without findings collapsed (and
 * the groups opened again), source or rendered preview (whose sanitised trees
 * come from the worker, once per comparison), remote images, and the
 * language and direction of each side when the reviewer corrects them.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Preview } from '../comparison/compare-client.js';
import type { SideOverride } from '../features/aligned-view/aligned-view.js';
import type { SideInfo, ViewModel } from '../protocol.js';
import { directionOf } from '../shared/lib/direction.js';
import type { ViewMode } from '../shared/lib/url-state.js';
import type { Side } from '../../core/vocabulary/side.js';

export interface ViewOptions {
  collapse: boolean;
  setCollapse: (value: boolean | ((value: boolean) => boolean)) => void;
  expanded: number[];
  expand: (from: number) => void;
  mode: ViewMode;
  toggleMode: () => void;
  remoteImages: boolean;
  toggleRemoteImages: () => void;
  preview: (Preview & { id: number }) | null;
  overrides: Record<Side, SideOverride | null>;
  setOverride: (side: Side, override: SideOverride | null) => void;
  /** A new comparison is on screen: the folding and the preview of the old one mean nothing in it. */
  reset: () => void;
}

export function useViewOptions(
  initial: { collapse: boolean; expanded: number[]; mode: ViewMode },
  view: ViewModel | null,
  requestPreview: (viewId: number) => Promise<Preview>,
): ViewOptions {
  const [collapse, setCollapse] = useState(initial.collapse);
  const [expanded, setExpanded] = useState<number[]>(initial.expanded);
  const [mode, setMode] = useState<ViewMode>(initial.mode);
  const [remoteImages, setRemoteImages] = useState(false);
  const [preview, setPreview] = useState<(Preview & { id: number }) | null>(null);
  const [overrides, setOverrides] = useState<Record<Side, SideOverride | null>>({ left: null, right: null });

  // Rendered mode needs the sanitised trees from the worker, once per comparison.
  useEffect(() => {
    if (mode !== 'rendered' || !view || view.partial || preview?.id === view.id) return;
    let cancelled = false;
    void requestPreview(view.id).then((result) => {
      if (!cancelled) setPreview({ ...result, id: view.id });
    });
    return () => {
      cancelled = true;
    };
  }, [mode, view, preview, requestPreview]);

  const expand = useCallback((from: number) => setExpanded((list) => (list.includes(from) ? list : [...list, from])), []);
  const toggleMode = useCallback(() => setMode((value) => (value === 'source' ? 'rendered' : 'source')), []);
  const toggleRemoteImages = useCallback(() => setRemoteImages((value) => !value), []);
  const setOverride = useCallback((side: Side, override: SideOverride | null) => setOverrides((current) => ({ ...current, [side]: override })), []);
  const reset = useCallback(() => {
    setExpanded([]);
    setPreview(null);
    setOverrides({ left: null, right: null });
  }, []);

  return {
    collapse,
    setCollapse,
    expanded,
    expand,
    mode,
    toggleMode,
    remoteImages,
    toggleRemoteImages,
    preview,
    overrides,
    setOverride,
    reset,
  };
}

/** The view with the reviewer's language and direction on each side. */
export function useOverriddenView(view: ViewModel | null, overrides: Record<Side, SideOverride | null>): ViewModel | null {
  return useMemo(() => {
    if (!view || (!overrides.left && !overrides.right)) return view;
    const apply = (info: SideInfo, override: SideOverride | null): SideInfo =>
      override
        ? {
            ...info,
            language: override.language,
            languageSource: 'chosen',
            dir: override.dir ?? (override.language ? directionOf(override.language) : info.dir),
          }
        : info;
    return { ...view, left: apply(view.left, overrides.left), right: apply(view.right, overrides.right) };
  }, [view, overrides]);
}
