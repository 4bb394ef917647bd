import { Box } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PrintToolbar } from './PrintToolbar';
import { usePrintDocument } from './use-print-document';
import './print.css';
import './meeting-print.css';
import './actions-print.css';

/**
 * What the report, a member's task list and the reminder letter share: print mode, the toolbar
 * with their own buttons (Word, Excel, the day) and a failed download's message, the window title.
 */
export function ActionsPrintFrame({ title, ready, tools, error, children }: { title: string | null; ready: boolean; tools?: ReactNode; error: unknown; children: ReactNode }) {
  usePrintDocument(ready);
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
  return (
    <div className="print-root">
      <PrintToolbar
        ready={ready}
        actions={tools}
        alert={
          error ? (
            <Box m="xs" mt={0}>
              <ErrorAlert error={error} />
            </Box>
          ) : null
        }
      />
      {children}
    </div>
  );
}
