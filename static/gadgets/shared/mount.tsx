// Starts a gadget: Forge's context read, then its edit view when Jira opened it for editing, otherwise its
// figures with the saved settings (a new gadget shows its defaults: every project the viewer may browse).
import Spinner from '@atlaskit/spinner';
import { createRoot } from 'react-dom/client';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { BaseSettings } from '@contract/gadgets';
import { Root } from '../../shared/Root';
import { useGadgetContext } from './context';
import type { EditViewProps } from './EditView';
import './gadget.css';

/** Only people who configure the gadget open its edit view: it loads on demand. */
const EditView = lazy(() => import('./EditView').then((m) => ({ default: m.EditView }))) as unknown as <
  S extends BaseSettings,
>(
  p: EditViewProps<S>,
) => ReactNode;

export interface GadgetDefinition<S extends BaseSettings> {
  readonly defaults: S;
  /** The gadget's data function (the edit view checks settings with it). */
  readonly data: string;
  readonly View: ComponentType<{ readonly settings: S; readonly gadgetId: string }>;
  readonly fields?: EditViewProps<S>['fields'];
  /** Whether the gadget reads a window of months (At risk now reads the present). */
  readonly months?: boolean;
}

function Gadget<S extends BaseSettings>({ def }: { readonly def: GadgetDefinition<S> }) {
  const c = useGadgetContext(def.defaults);
  if (!c) return <Spinner label="…" />;
  if (c.editing)
    return (
      <Suspense fallback={<Spinner label="…" />}>
        <EditView
          initial={c.settings}
          check={def.data}
          months={def.months ?? true}
          {...(def.fields ? { fields: def.fields } : {})}
        />
      </Suspense>
    );
  return <def.View settings={c.settings} gadgetId={c.gadgetId} />;
}

export function mountGadget<S extends BaseSettings>(def: GadgetDefinition<S>): void {
  createRoot(document.getElementById('root')!).render(
    <Root>
      <Gadget def={def} />
    </Root>,
  );
}
