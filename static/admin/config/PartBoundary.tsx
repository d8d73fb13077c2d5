// A part whose piece of the document is not in the shape its form expects (edited as JSON, say) says so
// instead of taking the admin page down.
import { Component, type ReactNode } from 'react';
import { BrokenPart } from './BrokenPart';

export class PartBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <BrokenPart /> : this.props.children;
  }
}
