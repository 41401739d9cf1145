/**
 * A block's rendered preview: the worker's sanitised hast turned into React
 * elements. Links open in a new tab without referrer and only for safe
 * schemes; remote images stay placeholders until the user allows them, so
 * a document cannot make the browser call a tracker.
 */
import type { Root as HastRoot } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { memo, type ComponentProps, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

const safeHref = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

function isRemote(src: string): boolean {
  try {
    return new URL(src, location.href).origin !== location.origin;
  } catch {
    return true;
  }
}

function SafeLink({ href, children }: ComponentProps<'a'>) {
  if (typeof href !== 'string' || !safeHref.test(href)) return <span className="preview-dead-link">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  );
}

function makeImage(allowRemote: boolean) {
  return function SafeImage({ src, alt }: ComponentProps<'img'>) {
    if (typeof src !== 'string' || !/^(?:https?:|\/|\.|[^:]*$)/i.test(src))
      return <span className="img-blocked">[image: {alt || 'no description'}]</span>;
    if (isRemote(src) && !allowRemote) {
      const host = hostOf(src);
      return (
        <span className="img-blocked" title={src}>
          [remote image from {host} not loaded: {alt || 'no description'}]
        </span>
      );
    }
    return <img src={src} alt={alt ?? ''} loading="lazy" referrerPolicy="no-referrer" />;
  };
}

function hostOf(src: string): string {
  try {
    return new URL(src).host;
  } catch {
    return 'another site';
  }
}

const components = {
  local: { a: SafeLink, img: makeImage(false) } as Partial<Components>,
  remote: { a: SafeLink, img: makeImage(true) } as Partial<Components>,
};

export const BlockPreview = memo(function BlockPreview({ tree, remoteImages }: { tree: HastRoot | null | undefined; remoteImages: boolean }) {
  if (tree === undefined) return <span className="preview-unavailable">Rendering…</span>;
  if (!tree) return <span className="preview-unavailable">(no preview for this block; see the source view)</span>;
  if (tree.children.length === 0) return <span className="preview-unavailable">(nothing to show: raw HTML is never rendered)</span>;
  // The runtime's JSX types come from React's own: what it returns is a React node.
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: remoteImages ? components.remote : components.local }) as ReactNode;
});
