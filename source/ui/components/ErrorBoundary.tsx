import {Component, type ReactNode} from 'react';

/** Props of the error boundary. */
export interface ErrorBoundaryProps {
	/** Called once with the error a screen threw; the app should unmount and restore the terminal. */
	onError: (error: Error) => void;
	children: ReactNode;
}

/** Catches an error thrown while rendering a screen, so the terminal can be restored instead of left in the alternate screen. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, {failed: boolean}> {
	override state = {failed: false};

	static getDerivedStateFromError(): {failed: boolean} {
		return {failed: true};
	}

	override componentDidCatch(error: Error): void {
		this.props.onError(error);
	}

	override render(): ReactNode {
		return this.state.failed ? null : this.props.children;
	}
}
