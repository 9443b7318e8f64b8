import { lazy, Suspense, useState } from 'react';
import { LESSON_LINK_PREFIX } from '../../../sim/share/lessonLink';

// Reading the link, the lesson parser's checks and student mode load only on a page opened from a lesson link.
const LinkedLesson = lazy(() => import('./LinkedLesson'));

/**
 * A page opened from a teacher's `#lesson=` link starts the lesson in student mode (LinkedLesson); any other page
 * renders nothing here and loads none of it.
 */
export function StudentLink() {
  // Decided once: the lesson's reader removes the fragment from the address when it takes the lesson.
  const [linked] = useState(() => window.location.hash.startsWith(LESSON_LINK_PREFIX));
  if (!linked) return null;
  return (
    <Suspense fallback={null}>
      <LinkedLesson />
    </Suspense>
  );
}
