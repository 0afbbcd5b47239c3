import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { isApiError, onAuthProblem, setCsrfToken } from '../../../app/api.ts';
import * as authApi from '../api/auth.api.ts';
import type { Me, SessionBody } from '../api/types.ts';

/** Where the session stands: still asking, signed out (maybe because it expired), or in. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; expired: boolean }
  | { status: 'signedIn'; me: Me; mustChangePassword: boolean };

interface SessionApi {
  state: SessionState;
  signIn: (username: string, password: string) => Promise<SessionBody>;
  signOut: () => Promise<void>;
  /** Reads the session again (after a password change, for example). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

/** Holds who is signed in; listens to the API client for 401s and forced password changes. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const accept = useCallback((body: SessionBody) => {
    setCsrfToken(body.csrfToken);
    setState({ status: 'signedIn', me: body.me, mustChangePassword: body.mustChangePassword });
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await authApi.fetchSession());
    } catch (error) {
      if (!isApiError(error, 'unauthenticated')) throw error;
      setCsrfToken(null);
      setState({ status: 'anonymous', expired: false });
    }
  }, [accept]);

  useEffect(() => {
    refresh().catch(() => setState({ status: 'anonymous', expired: false }));
  }, [refresh]);

  useEffect(
    () =>
      onAuthProblem((problem) => {
        if (problem === 'unauthenticated') {
          setCsrfToken(null);
          queryClient.clear();
          setState({ status: 'anonymous', expired: true });
          return;
        }
        setState((current) =>
          current.status === 'signedIn' ? { ...current, mustChangePassword: true } : current,
        );
      }),
    [queryClient],
  );

  const value = useMemo<SessionApi>(
    () => ({
      state,
      refresh,
      signIn: async (username, password) => {
        const body = await authApi.login(username, password);
        queryClient.clear();
        accept(body);
        return body;
      },
      signOut: async () => {
        try {
          await authApi.logout();
        } finally {
          setCsrfToken(null);
          queryClient.clear();
          setState({ status: 'anonymous', expired: false });
        }
      },
    }),
    [state, refresh, accept, queryClient],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session and its actions; only inside `SessionProvider`. */
export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only below a route that requires one. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe without a signed-in user');
  return state.me;
}

/** `can('org.manage')`: true when the user holds the right (the server still checks). */
export function useCan(): (permission: string) => boolean {
  const { state } = useSession();
  const permissions = state.status === 'signedIn' ? state.me.permissions : null;
  return useCallback(
    (permission: string) => permissions?.includes(permission) ?? false,
    [permissions],
  );
}
