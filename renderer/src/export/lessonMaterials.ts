/**
 * What presentation mode loads when the teacher asks for slides or a handout (through
 * presentation/lessonMaterials.ts, which the app points here): a chunk of its own, with pptxgenjs in a further one.
 */
export { saveLessonSlides } from './lessonSlides';
export { Handout } from './Handout';
