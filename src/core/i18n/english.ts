// Loads the English catalog into catalogFor (./catalog.ts). Imported first by every face but the
// task pane, which loads it on demand (dynamic import) only when Office shows English.
import { provideEnglish } from './catalog';
import { en } from './en';

provideEnglish(en);

export { en };
