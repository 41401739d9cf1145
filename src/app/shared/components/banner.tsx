/** A message strip under the toolbar: errors are alerts, notices are polite status. */
import type { ReactNode } from 'react';

export function Banner({ tone, children, onDismiss }: { tone: 'error' | 'notice'; children: ReactNode; onDismiss: () => void }) {
  return (
    <div
      className={`banner banner-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={tone === 'error' ? 'error-banner' : 'notice-banner'}
    >
      <span>{children}</span>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
