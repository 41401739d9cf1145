/**
 * Drag and drop anywhere on the page: one file goes to the pane it is dropped
 * on (left or right of the aligned view's middle), two files replace the pair.
 * JSON files (a configuration, a decisions file) go to `onJsonFiles` instead.
 */
import { useEffect, useState } from 'react';
import { readFiles, type PairUpdate } from './read-files.js';
import type { Side } from '../../../core/vocabulary/side.js';

interface DropZoneProps {
  onLoad: (update: PairUpdate) => void;
  onError: (message: string) => void;
  /** Dropped files that are all `.json`: configuration or review decisions, not documents. */
  onJsonFiles: (files: File[]) => void;
  /** The element whose middle splits left from right. */
  splitSelector: string;
}

export function DropZone({ onLoad, onError, onJsonFiles, splitSelector }: DropZoneProps) {
  const [over, setOver] = useState<Side | null>(null);
  useEffect(() => {
    let depth = 0;
    const sideAt = (x: number): Side => {
      const box = document.querySelector(splitSelector)?.getBoundingClientRect();
      const middle = box ? box.left + box.width / 2 : window.innerWidth / 2;
      return x < middle ? 'left' : 'right';
    };
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setOver(sideAt(event.clientX));
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setOver(sideAt(event.clientX));
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(null);
    };
    const onDrop = (event: DragEvent) => {
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      depth = 0;
      setOver(null);
      if (files.every((file) => /\.json$/i.test(file.name))) {
        onJsonFiles(files);
        return;
      }
      readFiles(files, sideAt(event.clientX)).then(onLoad, (error: unknown) => onError(error instanceof Error ? error.message : String(error)));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onLoad, onError, onJsonFiles, splitSelector]);
  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className={`drop-half${over === 'left' ? ' drop-half-on' : ''}`}>Drop here for the left side (or drop two files for both)</div>
      <div className={`drop-half${over === 'right' ? ' drop-half-on' : ''}`}>Drop here for the right side (or drop two files for both)</div>
    </div>
  );
}
