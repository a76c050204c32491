import { createContext, useContext } from 'react';
import type { Lang } from '../../core/i18n/localized';
import { strings, type Strings } from './index';

export const LangContext = createContext<Lang>('vi');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return strings(useContext(LangContext));
}
