import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ApiError } from '../../shared/api-client.js';
import { NotFound } from './NotFound.js';

export function RouteError({ error, reset }: ErrorComponentProps) {
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  const chunkFailed = /dynamically imported module|Failed to fetch/i.test(String((error as Error | undefined)?.message));
  return (
    <Center mih={360}>
      <Stack maw={520}>
        <Alert color="red" icon={<IconAlertTriangle />} title={chunkFailed ? 'Tandem was updated' : 'Something went wrong'}>
          {chunkFailed ? 'A newer version is available. Reload the page to continue.' : (error as Error | undefined)?.message || 'Unexpected error.'}
        </Alert>
        <Button variant="light" onClick={() => (chunkFailed ? window.location.reload() : reset())}>
          {chunkFailed ? 'Reload' : 'Try again'}
        </Button>
      </Stack>
    </Center>
  );
}
