import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage, ScreenFailed } from './NotFoundPage';

/** The router's error element: a 404 is the not-found page; any other failure is logged and said plainly. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useEffect(() => {
    if (!notFound) console.error('screen failed:', error);
  }, [error, notFound]);
  return notFound ? <NotFoundPage /> : <ScreenFailed />;
}
