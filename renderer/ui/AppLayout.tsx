import { Group, NavLink, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { IntegrityBanner } from './IntegrityBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV_ITEMS } from './nav-items';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

// A plain CSS-grid shell (app.css): Mantine's AppShell injects inline <style>, which the CSP forbids.
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);

  useHotkeys(NAV_ITEMS.map((item, i) => [`alt+${i + 1}`, () => navigate(item.path)]));

  // After a screen change, focus moves to the content so keyboard users start there.
  useEffect(() => {
    main.current?.focus();
  }, [pathname]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('app.skip')}
      </a>
      <header className="app-header">
        <Group h="100%" px="md" justify="space-between">
          <div className="brand">
            <Text fw={700} size="md">
              {t('app.name')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
      </header>
      <nav className="app-nav" aria-label={t('app.name')}>
        <Stack gap={2} p="xs">
          {NAV_ITEMS.map((item, i) => (
            <NavLink
              key={item.key}
              component={Link}
              to={item.path}
              label={t(`nav.${item.key}`)}
              leftSection={<item.icon size={18} stroke={1.6} />}
              rightSection={
                <Text size="xs" c="dimmed" aria-hidden>
                  {i + 1}
                </Text>
              }
              active={isActive(pathname, item.path)}
              aria-current={isActive(pathname, item.path) ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${i + 1}`}
            />
          ))}
        </Stack>
        <Text size="xs" c="dimmed" p="sm">
          {t('nav.shortcutHint')}
        </Text>
      </nav>
      <main className="app-main" id="main" ref={main} tabIndex={-1}>
        <IntegrityBanner />
        <Outlet />
      </main>
    </div>
  );
}
