import { createRoot } from 'react-dom/client';
import { Root } from '../shared/Root';
import { ProjectPage } from './ProjectPage';

createRoot(document.getElementById('root')!).render(
  <Root>
    <ProjectPage />
  </Root>,
);
