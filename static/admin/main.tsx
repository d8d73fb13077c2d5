import { createRoot } from 'react-dom/client';
import { Root } from '../shared/Root';
import { AdminPage } from './AdminPage';

createRoot(document.getElementById('root')!).render(
  <Root>
    <AdminPage />
  </Root>,
);
