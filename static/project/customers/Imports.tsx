// Importing customers or users from a CSV file (read here, sent as text, checked whole by the resolver),
// and customers from the service desk's JSM organizations.
import Button from '@atlaskit/button/new';
import { useState } from 'react';
import {
  CSV_IMPORT_MAX_CHARS,
  CUSTOMER_IMPORT,
  type CsvImportKind,
  type CsvImportResult,
  type JsmImportResult,
} from '@contract/records/customer-import';
import { call } from '../../shared/forge';
import { useCustomersText } from './texts';

export function Imports(p: { readonly onImported: () => void }) {
  const t = useCustomersText();
  const [kind, setKind] = useState<CsvImportKind>('customers');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = (file: File) => {
    // Bytes bound the text: a file of at most 1 MB holds at most that many characters.
    if (file.size > CSV_IMPORT_MAX_CHARS) {
      setStatus({ text: t('tooBig'), error: true });
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      setBusy(true);
      setStatus({ text: t('importing'), error: false });
      void call<CsvImportResult>(CUSTOMER_IMPORT.csv, {
        kind,
        text: typeof reader.result === 'string' ? reader.result : '',
      }).then((r) => {
        setBusy(false);
        setStatus(
          r.ok
            ? { text: t('imported', { created: r.data.created, updated: r.data.updated }), error: false }
            : { text: r.error.message, error: true },
        );
        if (r.ok) p.onImported();
      });
    };
    reader.readAsText(file, 'utf-8');
  };

  const importJsm = () => {
    setBusy(true);
    setStatus({ text: t('importing'), error: false });
    void call<JsmImportResult>(CUSTOMER_IMPORT.jsm).then((r) => {
      setBusy(false);
      setStatus(
        r.ok
          ? {
              text: t('jsmDone', {
                organizations: r.data.organizations,
                customers: r.data.customersCreated,
                users: r.data.usersCreated,
                removed: r.data.usersRemoved,
              }),
              error: false,
            }
          : { text: r.error.message, error: true },
      );
      if (r.ok) p.onImported();
    });
  };

  return (
    <fieldset className="imports">
      <legend>{t('importCsv')}</legend>
      <div className="row">
        <label htmlFor="import-kind">{t('importWhat')}</label>
        <select id="import-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as CsvImportKind)}>
          <option value="customers">{t('caption')}</option>
          <option value="users">{t('users')}</option>
        </select>
        <label htmlFor="import-file">{t('importFile')}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) importFile(f);
          }}
        />
        <Button onClick={importJsm} isDisabled={busy}>
          {t('importJsm')}
        </Button>
      </div>
      {status ? (
        <p className={status.error ? 'error' : 'small'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
    </fieldset>
  );
}
