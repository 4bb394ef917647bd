import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/contract';
import { en } from './en';
import { vi } from './vi';

export type { Language };
export const LANGUAGE_KEY = 'minutebook.language';

/** Until the archive answers, the language last used in this browser profile (or Vietnamese). */
function initialLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
}

i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem(LANGUAGE_KEY, lng);
});
document.documentElement.lang = i18n.language;

export default i18n;
