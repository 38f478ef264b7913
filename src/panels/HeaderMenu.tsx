// A menu of the header (Download data, Share): a disclosure (<details>), so it opens with Enter or
// Space and its buttons are in the tab order only when shown. One is open at a time (the same
// `name`), and it closes as menus do: Escape (back to its button), a press outside it, and, where
// `closeOnChoose`, choosing one of its buttons. Left open, two had overlapped and hidden each other.
import { type ReactNode, useEffect, useRef, useState } from 'react';

export function HeaderMenu({
  label,
  className,
  closeOnChoose = false,
  children,
}: {
  label: string;
  className: string;
  closeOnChoose?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      const details = ref.current;
      if (details && e.target instanceof Node && !details.contains(e.target)) details.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (focusButton: boolean) => {
    const details = ref.current;
    if (!details) return;
    details.open = false;
    if (focusButton) details.querySelector('summary')?.focus();
  };

  return (
    <details
      ref={ref}
      name="header-menu"
      className={`header-menu ${className}`}
      // Escape here is the menu's, not the app's (global-keys.ts leaves it alone inside an open menu).
      data-open-menu={open ? '' : undefined}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation(); // the phone's header menu stays open: only this one closes
        close(true);
      }}
      onClick={(e) => {
        if (closeOnChoose && e.target instanceof Element && e.target.closest('button')) close(false);
      }}
    >
      <summary>{label}</summary>
      {children}
    </details>
  );
}
