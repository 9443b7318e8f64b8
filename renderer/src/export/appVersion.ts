// The model version printed on every export: package.json's, bundled at build time (Vite inlines the one field).
import { version } from '../../../package.json';

export const APP_VERSION: string = version;
