import { createContext, useContext } from 'react';
import type { Lang } from '../../core/i18n/localized';
import { catalogFor } from '../../core/i18n/catalog';
import type { Strings } from '../../core/i18n/pane-strings';

export const LangContext = createContext<Lang>('vi');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return catalogFor(useContext(LangContext)).pane;
}
