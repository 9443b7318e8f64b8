import { Suspense, type ReactNode } from 'react';

/**
 * A part whose code loads on first use (presentation mode, the handout), with one status line while it loads,
 * so a screen reader hears that something is coming instead of silence.
 */
export function Loading({
  className,
  text,
  children,
}: {
  className: string;
  text: string;
  children: ReactNode;
}) {
  return (
    <Suspense
      fallback={
        <div className={className} role="status">
          {text}
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
