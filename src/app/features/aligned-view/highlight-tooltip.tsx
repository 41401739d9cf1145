/**
 * One tooltip for every highlight: on hover or keyboard focus of an element
 * with `data-tip`, it says what the highlight is and which finding it belongs
 * to, and is tied to the element with aria-describedby.
 */
import { useEffect, useState, type RefObject } from 'react';

interface Tip {
  text: string;
  x: number;
  y: number;
  below: boolean;
}

const tooltipId = 'highlight-tooltip';

export function HighlightTooltip({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let current: HTMLElement | null = null;
    const show = (event: Event) => {
      // The event's target may be a text node or the document, which have no closest().
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-tip]') : null;
      if (!target || target === current || !target.dataset.tip) return;
      hide();
      current = target;
      target.setAttribute('aria-describedby', tooltipId);
      const box = target.getBoundingClientRect();
      const below = box.top < 120;
      setTip({ text: target.dataset.tip, x: Math.min(box.left, window.innerWidth - 420), y: below ? box.bottom + 6 : box.top - 6, below });
    };
    const hide = () => {
      current?.removeAttribute('aria-describedby');
      current = null;
      setTip(null);
    };
    const leave = (event: Event) => {
      const related = (event as MouseEvent | FocusEvent).relatedTarget as Node | null;
      if (current && (!related || !current.contains(related))) hide();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && current) hide();
    };
    container.addEventListener('mouseover', show);
    container.addEventListener('focusin', show);
    container.addEventListener('mouseout', leave);
    container.addEventListener('focusout', leave);
    container.addEventListener('scroll', hide, { passive: true, capture: true });
    document.addEventListener('keydown', onKey);
    return () => {
      container.removeEventListener('mouseover', show);
      container.removeEventListener('focusin', show);
      container.removeEventListener('mouseout', leave);
      container.removeEventListener('focusout', leave);
      container.removeEventListener('scroll', hide, { capture: true });
      document.removeEventListener('keydown', onKey);
    };
  }, [containerRef]);
  if (!tip) return null;
  return (
    <div id={tooltipId} role="tooltip" className={`tooltip${tip.below ? ' tooltip-below' : ''}`} style={{ left: Math.max(8, tip.x), top: tip.y }}>
      {tip.text}
    </div>
  );
}
