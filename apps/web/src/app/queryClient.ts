import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api.ts';

/** Queries retry only when the network failed or the server broke, never on a refusal. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) =>
        count < 2 && (!isApiError(error) || error.code === 'network' || error.status >= 500),
    },
    mutations: { retry: false },
  },
});
