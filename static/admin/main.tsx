// The admin page's frame. Its forms (scope, setup, configuration, what-if) are the next slice; until then
// it says so, and admins use the admin resolver's functions.
import SectionMessage from '@atlaskit/section-message';
import { createRoot } from 'react-dom/client';
import { Root } from '../shared/Root';

createRoot(document.getElementById('root')!).render(
  <Root>
    <SectionMessage title="ITR for Jira">
      <p>The configuration pages arrive with the next release.</p>
    </SectionMessage>
  </Root>,
);
