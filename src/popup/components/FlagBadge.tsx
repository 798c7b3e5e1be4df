// A flag in plain words. The reason shows on hover AND keyboard focus, and screen readers get it
// as the badge's description (a title attribute alone would miss keyboard users).
import { useId } from 'preact/hooks';
import type { Flag } from '@core/types';
import { flagLabel, flagReason } from '../flags';

export function FlagBadge({ flag }: { flag: Flag }) {
  const id = useId();
  const label = flagLabel(flag);
  // In the user's language when the flag carries a known reason code, else the engine's own words.
  const reason = flagReason(flag);
  return (
    <span class={`badge badge-${flag.name}`} tabIndex={0} aria-describedby={reason ? id : undefined} data-testid="flag-badge" data-flag={flag.name}>
      {label}
      {reason && (
        <span role="tooltip" id={id} class="tip">
          {reason}
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
