import { Outlet, useRouterState } from '@tanstack/react-router';
import { Progress } from '@mantine/core';

/** Root: a thin progress line while a route (or its lazy chunk) loads. */
export function RootLayout() {
  const loading = useRouterState({ select: (s) => s.status === 'pending' });
  return (
    <>
      {loading && <Progress value={100} animated size={2} radius={0} pos="fixed" top={0} left={0} right={0} style={{ zIndex: 1000 }} />}
      <Outlet />
    </>
  );
}
