// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { App } from '../../../src/popup/App';
import { actions, state } from './fixtures';

afterEach(cleanup);

describe('App: tabs', () => {
  it('has a tablist with two tabs that control their panels', () => {
    render(<App state={state()} actions={actions()} />);
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Views');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Stories', 'Saved (2)']);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    expect(tabs[1].getAttribute('tabindex')).toBe('-1');
    const panel = document.getElementById(tabs[0].getAttribute('aria-controls')!)!;
    expect(panel.getAttribute('role')).toBe('tabpanel');
    expect(panel.hidden).toBe(false);
    expect(screen.getByTestId('panel-saved').hidden).toBe(true);
  });

  it('switches by click and by arrow keys, Home and End, moving focus', () => {
    render(<App state={state()} actions={actions()} />);
    fireEvent.click(screen.getByTestId('tab-saved'));
    expect(screen.getByTestId('panel-saved').hidden).toBe(false);
    expect(screen.getByTestId('panel-stories').hidden).toBe(true);
    fireEvent.keyDown(screen.getByTestId('tab-saved'), { key: 'ArrowRight' });
    expect(screen.getByTestId('tab-stories').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('tab-stories'));
    fireEvent.keyDown(screen.getByTestId('tab-stories'), { key: 'End' });
    expect(screen.getByTestId('tab-saved').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByTestId('tab-saved'), { key: 'Home' });
    expect(screen.getByTestId('tab-stories').getAttribute('aria-selected')).toBe('true');
  });

  it('opens on the Saved tab when asked', () => {
    render(<App state={state({ initialTab: 'saved' })} actions={actions()} />);
    expect(screen.getByTestId('panel-saved').hidden).toBe(false);
  });

  it('keeps the search when switching tabs and back', () => {
    render(<App state={state()} actions={actions()} />);
    fireEvent.click(screen.getByTestId('tab-saved'));
    fireEvent.input(screen.getByTestId('saved-search'), { target: { value: 'football' } });
    fireEvent.click(screen.getByTestId('tab-stories'));
    fireEvent.click(screen.getByTestId('tab-saved'));
    expect((screen.getByTestId('saved-search') as HTMLInputElement).value).toBe('football');
    expect(screen.getAllByTestId('saved-item')).toHaveLength(1);
  });
});

describe('App: confirmations', () => {
  it('announces notices in one polite live region', () => {
    const { rerender } = render(<App state={state()} actions={actions()} />);
    const region = screen.getByTestId('notice');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    rerender(<App state={state({ notice: { id: 1, text: 'Copied to the clipboard.', kind: 'ok' } })} actions={actions()} />);
    expect(screen.getByTestId('notice').textContent).toBe('Copied to the clipboard.');
    expect(screen.getByTestId('notice').className).toContain('show');
  });
});
