import { Component, type ErrorInfo, type ReactNode } from 'react';
import '../view/view.css';
import type { Scenario } from '../../../sim';
import { boundaryFailing, lastGoodScenario, requestRestoreOfLastGood } from './lastGoodState';
import { currentTranslator } from '../i18n';

interface Props {
  children: ReactNode;
  /** Names the view in the message ("the chart"); default "this part of the app". */
  what?: string;
  /**
   * For a boundary inside the app (around one view): put the last good scenario back into the store, e.g.
   * `(s) => s && store.reset(s)`. Without it (the root boundary), the app is remounted and starts from it.
   */
  onGoBack?: (lastGood: Scenario | null) => void;
}

interface State {
  error: Error | null;
  /** Bumped by "Go back": remounts the children, which then start from the last good scenario. */
  generation: number;
}

/**
 * A render error shows a message and "Go back to the last good state" instead of a blank page. Going back
 * remounts the view; the app then starts from the last scenario that rendered (errors/lastGoodState.ts), so
 * the user's work up to the failing change is kept. Wrap the root and each view.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Runs in the commit that shows the message, before the app's effects: that commit is not recorded.
    boundaryFailing(1);
    console.error('[render] a view failed to draw', error, info.componentStack);
  }

  private goBack = () => {
    boundaryFailing(-1);
    if (this.props.onGoBack) this.props.onGoBack(lastGoodScenario());
    else requestRestoreOfLastGood();
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  override render() {
    const { error, generation } = this.state;
    if (error) {
      const tr = currentTranslator();
      return (
        <div className="app-banner error" role="alert">
          <h2>
            {tr.t('error.heading', {
              what:
                this.props.what === undefined
                  ? tr.t('error.thisPart')
                  : tr.t('error.view', {
                      what: this.props.what.replace(/[^A-Za-z]/g, '_'),
                      text: this.props.what,
                    }),
            })}
          </h2>
          <p>
            {tr.t('error.kept', {
              kept: lastGoodScenario() ? 'scenario' : 'work',
              message: error.message,
            })}
          </p>
          <button type="button" onClick={this.goBack}>
            {tr.t('error.goBack')}
          </button>
        </div>
      );
    }
    return (
      <div key={generation} style={{ display: 'contents' }}>
        {this.props.children}
      </div>
    );
  }
}
