// A flag in plain words. The reason shows on hover AND keyboard focus, and screen readers get it
// as the badge's description (a title attribute alone would miss keyboard users).
import { useId } from 'preact/hooks';
import type { Flag } from '@core/types';
import { flagLabel } from '../flags';

export function FlagBadge({ flag }: { flag: Flag }) {
  const id = useId();
  const label = flagLabel(flag.name);
  return (
    <span class={`badge badge-${flag.name}`} tabIndex={0} aria-describedby={flag.reason ? id : undefined} data-testid="flag-badge" data-flag={flag.name}>
      {label}
      {flag.reason && (
        <span role="tooltip" id={id} class="tip">
          {flag.reason}
        </span>
      )}
    </span>
  );
}

export function FlagList({ flags }: { flags: Flag[] }) {
  if (flags.length === 0) return null;
  return (
    <span class="flags">
      {flags.map((f) => (
        <FlagBadge flag={f} key={f.name} />
      ))}
    </span>
  );
}
