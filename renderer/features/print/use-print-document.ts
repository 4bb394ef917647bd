import { useEffect } from 'react';

/**
 * Puts the page in print mode (white, no app chrome) and, once the document's data is
 * there and laid out, marks <html data-print-ready="1"> for the shell's printToPDF.
 */
export function usePrintDocument(ready: boolean): void {
  useEffect(() => {
    document.body.classList.add('print-mode');
    return () => {
      document.body.classList.remove('print-mode');
      delete document.documentElement.dataset.printReady;
    };
  }, []);
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => {
      document.documentElement.dataset.printReady = '1';
    });
    return () => cancelAnimationFrame(frame);
  }, [ready]);
}
