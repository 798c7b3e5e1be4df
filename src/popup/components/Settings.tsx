// The one setting: opt-in auto-detection, which asks for permission to read every site.
import { t } from '../i18n';

export interface SettingsProps {
  autoDetect: boolean | null;
  onChange(on: boolean): void;
}

export function Settings({ autoDetect, onChange }: SettingsProps) {
  return (
    <footer class="settings">
      <label class="setting">
        <input
          type="checkbox"
          data-testid="auto-detect"
          checked={autoDetect === true}
          disabled={autoDetect === null}
          aria-describedby="auto-detect-help"
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('autoDetectLabel')}</span>
      </label>
      <p id="auto-detect-help" class="muted small">
        {t('autoDetectHelp')}
      </p>
    </footer>
  );
}
