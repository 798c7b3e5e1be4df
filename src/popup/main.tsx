// Entry: wiring only. Plug the i18n API in, read the URL, connect the hook to the view.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { browser } from '@shared/browser';
import { App } from './App';
import { setMessageSource } from './i18n';
import { readParams, requestAnalysis, useExtension } from './useExtension';

setMessageSource((key, subs) => browser.i18n.getMessage(key, subs));
document.documentElement.lang = browser.i18n.getUILanguage();

const params = readParams(location.search);
const early = requestAnalysis(params);
early.catch(() => undefined); // the hook reports a failure; this keeps it from also surfacing as unhandled

function Root() {
  const { state, actions } = useExtension(params, early);
  // For the E2E timing "popup open → stories listed": performance.getEntriesByName('storysplit:analysis-shown').
  useEffect(() => {
    if (state.analysis.status !== 'loading') performance.mark('storysplit:analysis-shown');
  }, [state.analysis.status]);
  return <App state={state} actions={actions} />;
}

render(<Root />, document.getElementById('app')!);
