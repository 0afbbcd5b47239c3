import type { ErrorDetail } from '@yuanwu/kernel';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { actionMessages as a } from '../actionMessages.ts';
import { useAction, type ActionVariables } from './useAction.ts';
import { workflowKeys } from './queries.ts';

/**
 * Runs actions from the instance page and says how they went: success as a toast,
 * a conflict (someone acted first) as a warning with the page refreshed, validation
 * details kept for the form, anything else as the server's message.
 */
export function useActionRunner(id: string) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const action = useAction(id);
  const [details, setDetails] = useState<ErrorDetail[]>([]);

  const run = async (variables: ActionVariables): Promise<boolean> => {
    setDetails([]);
    try {
      await action.mutateAsync(variables);
      void message.success(a.done[variables.action] ?? a.done.approve);
      return true;
    } catch (error) {
      if (isApiError(error, 'conflict')) {
        void message.warning(`${a.conflict}${a.aside(error.message)}`);
        await client.invalidateQueries({ queryKey: workflowKeys.instance(id) });
      } else if (isApiError(error, 'validation')) {
        setDetails(error.details);
        void message.error(error.message);
      } else {
        void message.error(error instanceof Error ? error.message : a.failed);
      }
      return false;
    }
  };

  return { run, pending: action.isPending, details, running: action.variables?.action };
}
