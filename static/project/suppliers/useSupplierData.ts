// What the Suppliers tab reads besides its lists: the settings with the configuration's names, and the UC
// check of the whole project, read again when `version` moves (after any save).
import { useEffect, useState } from 'react';
import type { PanelResult } from '@contract/panel';
import { SUPPLIER, type UcCheckResult, type SupplierSetup } from '@contract/records/supplier';
import { call } from '../../shared/forge';

export function useSupplierData(version: number) {
  const [setup, setSetup] = useState<PanelResult<SupplierSetup> | null>(null);
  const [check, setCheck] = useState<PanelResult<UcCheckResult> | null>(null);
  useEffect(() => {
    let live = true;
    void call<SupplierSetup>(SUPPLIER.settings).then((r) => live && setSetup(r));
    void call<UcCheckResult>(SUPPLIER.ucCheck).then((r) => live && setCheck(r));
    return () => {
      live = false;
    };
  }, [version]);
  return { setup, check };
}
