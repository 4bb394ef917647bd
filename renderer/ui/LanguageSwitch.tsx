import { SegmentedControl } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/hooks';
import type { Language } from '../i18n';

/** Vietnamese / English; the choice is kept in the archive's settings. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();

  useEffect(() => {
    call('settings.get', { key: 'ui.language' })
      .then((saved) => {
        if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
      })
      // The saved choice is a convenience: without it the language last used here stays.
      .catch((error: unknown) => console.warn('language setting not read:', error));
  }, [i18n]);

  const change = (value: string) => {
    const language = value as Language;
    void i18n.changeLanguage(language);
    // The switch applies at once; a read-only archive just does not remember it.
    call('settings.set', { key: 'ui.language', value: language }).catch((error: unknown) =>
      console.warn('language setting not saved:', error),
    );
  };

  return (
    <SegmentedControl
      size="xs"
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={change}
      aria-label="Ngôn ngữ / Language"
      data={[
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
