// A record kind's list: search, sortable columns, pages, CSV export of everything that matches, and
// loading, empty and error states. The kind's tab gives the columns and the row actions.
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState, type ReactNode } from 'react';
import { toCsv } from '@contract/csv';
import { EXPORT_MAX_ROWS, EXPORT_PAGE_SIZE, PAGE_SIZE, type ListQuery, type SortDirection } from '@contract/project';
import { useProjectText } from '../texts';
import { download } from './download';
import { allRows, useList } from './useList';

export interface Column<T> {
  readonly label: string;
  /** The list's sort key for this column, when it sorts. */
  readonly sort?: string;
  readonly cell: (row: T) => ReactNode;
  readonly csv: (row: T) => string | number | boolean | null;
}

export interface RecordListProps<T> {
  readonly id: string;
  readonly caption: string;
  readonly listKey: string;
  readonly columns: ReadonlyArray<Column<T>>;
  /** What the search looks in, for its label ("titles"). */
  readonly searchWhat: string;
  readonly csvName: string;
  readonly filter?: Readonly<Record<string, string>>;
  /** Bumped by the tab after a save or delete: the page is read again. */
  readonly version: number;
  readonly actions?: (row: T) => ReactNode;
  readonly toolbar?: ReactNode;
}

export function RecordList<T extends { readonly id: string }>(p: RecordListProps<T>) {
  const t = useProjectText();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ by: string; dir: SortDirection } | undefined>();
  const [page, setPage] = useState(0);
  const [exporting, setExporting] = useState<string | null>(null);
  useEffect(() => {
    const h = setTimeout(() => {
      setSearch(typed.trim());
      setPage(0);
    }, 300);
    return () => clearTimeout(h);
  }, [typed]);
  const query: ListQuery = {
    page,
    pageSize: PAGE_SIZE,
    search,
    ...(sort ? { sort } : {}),
    ...(p.filter ? { filter: p.filter } : {}),
  };
  const result = useList<T>(p.listKey, query, p.version);
  const pages = result?.ok ? Math.max(1, Math.ceil(result.data.total / PAGE_SIZE)) : 1;

  const exportCsv = async () => {
    setExporting(t('exporting'));
    const r = await allRows(p.listKey, { ...query, page: 0 }, EXPORT_PAGE_SIZE, EXPORT_MAX_ROWS);
    if (!r.ok) {
      setExporting(r.error.message);
      return;
    }
    download(
      `${p.csvName}.csv`,
      toCsv(
        p.columns.map((c) => c.label),
        (r.data.rows as T[]).map((row) => p.columns.map((c) => c.csv(row))),
      ),
    );
    setExporting(r.data.cut ? t('exportCut', { n: EXPORT_MAX_ROWS }) : null);
  };

  const header = (c: Column<T>, i: number) => {
    if (!c.sort) return <th key={i}>{c.label}</th>;
    const dir = sort?.by === c.sort ? sort.dir : undefined;
    return (
      <th key={i} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}>
        <button
          type="button"
          className="sort"
          aria-label={t('sortBy', { what: c.label })}
          onClick={() => {
            setSort({ by: c.sort!, dir: dir === 'asc' ? 'desc' : 'asc' });
            setPage(0);
          }}
        >
          {c.label}
          <span aria-hidden="true">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="record-list">
      <div className="row toolbar">
        <label htmlFor={`${p.id}-search`} className="sr">
          {t('searchHint', { what: p.searchWhat })}
        </label>
        <input
          id={`${p.id}-search`}
          className="search"
          type="search"
          placeholder={t('searchHint', { what: p.searchWhat })}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
        />
        <Button onClick={() => void exportCsv()} isDisabled={exporting === t('exporting')}>
          {t('export')}
        </Button>
        {p.toolbar}
      </div>
      {exporting ? (
        <p className="small" role="status">
          {exporting}
        </p>
      ) : null}
      {!result ? (
        <Spinner label={t('loading')} />
      ) : !result.ok ? (
        <SectionMessage appearance="error" title={t('failed')}>
          <p>{result.error.message}</p>
        </SectionMessage>
      ) : result.data.items.length === 0 ? (
        <p>{search ? t('noMatch', { search }) : t('nothing')}</p>
      ) : (
        <>
          <table className="grid" id={p.id}>
            <caption className="sr">{p.caption}</caption>
            <thead>
              <tr>
                {p.columns.map(header)}
                {p.actions ? <th>{t('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {result.data.items.map((row) => (
                <tr key={row.id}>
                  {p.columns.map((c, i) => (
                    <td key={i}>{c.cell(row)}</td>
                  ))}
                  {p.actions ? <td className="row-actions">{p.actions(row)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="row pager" aria-label={t('pageOf', { n: page + 1, total: pages })}>
            <Button onClick={() => setPage(page - 1)} isDisabled={page === 0}>
              {t('previous')}
            </Button>
            <span>
              {t('pageOf', { n: page + 1, total: pages })} · {t('count', { n: result.data.total })}
            </span>
            <Button onClick={() => setPage(page + 1)} isDisabled={page + 1 >= pages}>
              {t('next')}
            </Button>
          </nav>
        </>
      )}
    </div>
  );
}
