// The one live region: confirmations (copied, saved, deleted) and errors are announced here.
import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '../state';

/** Long enough to read a short sentence; screen readers have already announced it. */
const VISIBLE_MS = 4000;

export function NoticeRegion({ notice }: { notice: Notice | null }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!notice) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice?.id]);
  return (
    <div role="status" aria-live="polite" data-testid="notice" data-kind={notice?.kind} class={`notice ${visible ? 'show' : ''} ${notice?.kind === 'error' ? 'error' : ''}`}>
      {notice?.text ?? ''}
    </div>
  );
}
