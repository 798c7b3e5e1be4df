// The two tabs, as an ARIA tablist: arrow keys, Home and End move between them.
import type { TargetedKeyboardEvent } from 'preact';

export interface TabDef<K extends string> {
  id: K;
  label: string;
}

interface Props<K extends string> {
  tabs: TabDef<K>[];
  selected: K;
  onSelect(id: K): void;
  label: string;
}

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

export function Tabs<K extends string>({ tabs, selected, onSelect, label }: Props<K>) {
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    const i = tabs.findIndex((tab) => tab.id === selected);
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    onSelect(tab.id);
    (e.currentTarget.querySelector(`#${tabId(tab.id)}`) as HTMLElement | null)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} class="tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          type="button"
          role="tab"
          id={tabId(tab.id)}
          key={tab.id}
          data-testid={tabId(tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          class="tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
