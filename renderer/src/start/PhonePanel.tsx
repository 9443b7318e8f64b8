/**
 * On a phone (the one-column layout) the chart comes first: the controls and the header's file and export
 * buttons fold into panels that a button opens. On a wider window the panels are always shown and there is no
 * button. The width matches the one-column layout in styles.css and phone.css.
 */
import { useState, type ReactNode } from 'react';
import { useMediaQuery } from '../theme/mediaQuery';

export const NARROW_QUERY = '(max-width: 760px)';

export function PhonePanel({
  id,
  label,
  className,
  as: Tag = 'div',
  children,
}: {
  id: string;
  /** The button's words (translated by the caller). */
  label: string;
  className: string;
  as?: 'div' | 'aside';
  children: ReactNode;
}) {
  const narrow = useMediaQuery(NARROW_QUERY);
  const [open, setOpen] = useState(false);
  return (
    <>
      {narrow && (
        <button
          type="button"
          className="phone-panel-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((was) => !was)}
        >
          {label}
        </button>
      )}
      <Tag id={id} className={`${className} phone-panel`} hidden={narrow && !open}>
        {children}
      </Tag>
    </>
  );
}

/**
 * Opens the folded panel that holds `element` (the first screen's buttons lead into the controls). True when
 * it was folded: it is drawn open after this event, so scroll and focus wait for the next frame.
 */
export function unfoldPanelOf(element: HTMLElement): boolean {
  const folded = element.closest<HTMLElement>('.phone-panel[hidden]');
  const toggle = folded && document.querySelector<HTMLButtonElement>(`[aria-controls="${folded.id}"]`);
  if (!toggle) return false;
  toggle.click();
  return true;
}
