import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';

/**
 * A write to the organisation: on success it refreshes every org query and says so;
 * on failure it shows the server's message (the caller may also read the error).
 */
export function useOrgMutation<Input, Output>(
  write: (input: Input) => Promise<Output>,
  success?: string | ((output: Output, input: Input) => string),
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: write,
    onSuccess: async (output, input) => {
      await queryClient.invalidateQueries({ queryKey: ['org'] });
      if (success) {
        void message.success(typeof success === 'string' ? success : success(output, input));
      }
    },
    onError: (error) => {
      void message.error(error.message);
    },
  });
}
