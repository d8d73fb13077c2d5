// The site's projects, statuses, fields, link types and groups for the pickers, read once per visit.
import { ADMIN, type SiteOptions } from '@contract/admin';
import type { PanelResult } from '@contract/panel';
import { useEffect, useState } from 'react';
import { call } from '../../shared/forge';

export function useSiteOptions(): PanelResult<SiteOptions> | null {
  const [options, setOptions] = useState<PanelResult<SiteOptions> | null>(null);
  useEffect(() => {
    void call<SiteOptions>(ADMIN.siteOptions).then(setOptions);
  }, []);
  return options;
}
