import { useT } from '../i18n';
import { pageCount } from './pages';
import './pager.css';

/**
 * One page of a long list at a time (First / Previous / Next / Last and "Doses 51–100 of 3,650"): lists of
 * thousands of rows of boxes took seconds to draw. The list owns the page; this draws the buttons.
 */
export function Pager({
  label,
  noun,
  total,
  pageRows,
  page,
  onPage,
}: {
  /** The navigation's accessible name, e.g. "Pages of measured levels". */
  label: string;
  /** What a row is, capitalised: "Levels", "Doses". */
  noun: string;
  total: number;
  pageRows: number;
  /** 0-based, already clamped by pageOf. */
  page: number;
  onPage: (page: number) => void;
}) {
  const tr = useT();
  const pages = pageCount(total, pageRows);
  if (pages <= 1) return null;
  const first = page * pageRows;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" disabled={page === 0} onClick={() => onPage(0)}>
        {tr.t('pager.first')}
      </button>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {tr.t('pager.previous', { n: tr.num(pageRows) })}
      </button>
      <span aria-live="polite">
        {tr.t('pager.range', {
          noun,
          first: tr.num(first + 1),
          last: tr.num(Math.min(total, first + pageRows)),
          total: tr.num(total),
        })}
      </span>
      <button type="button" disabled={page === pages - 1} onClick={() => onPage(page + 1)}>
        {tr.t('pager.next', { n: tr.num(pageRows) })}
      </button>
      <button type="button" disabled={page === pages - 1} onClick={() => onPage(pages - 1)}>
        {tr.t('pager.last')}
      </button>
    </nav>
  );
}
