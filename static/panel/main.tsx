import { createRoot } from 'react-dom/client';
import { Root } from '../shared/Root';
import { Status } from '../shared/Status';
import { usePanel } from '../shared/usePanel';
import { Panel } from './Panel';

function App() {
  const { result, reload, now } = usePanel();
  return <Status result={result}>{(view) => <Panel view={view} reload={reload} now={now} />}</Status>;
}

createRoot(document.getElementById('root')!).render(
  <Root>
    <App />
  </Root>,
);
