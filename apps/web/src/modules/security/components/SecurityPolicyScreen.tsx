import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Skeleton } from 'antd';
import { isApiError } from '../../../app/api.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { securityApi } from '../api/security.api.ts';
import type { SecurityPolicy } from '../api/types.ts';
import { securityMessages } from '../messages.ts';
import { PolicyFields } from './PolicyFields.tsx';

const m = securityMessages.policy;
const policyKey = ['security', 'policy'] as const;

/** 安全策略: the password, lockout and session settings, saved whole after a confirmation. */
export function SecurityPolicyScreen() {
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SecurityPolicy>();
  const policy = useQuery({ queryKey: policyKey, queryFn: securityApi.policy });
  const save = useMutation({
    mutationFn: securityApi.savePolicy,
    onSuccess: (saved) => {
      queryClient.setQueryData(policyKey, saved);
      void message.success(securityMessages.saved);
    },
  });

  const submit = (values: SecurityPolicy) => {
    modal.confirm({
      title: m.confirmSave,
      content: m.confirmSaveHint,
      onOk: async () => {
        try {
          await save.mutateAsync(values);
        } catch (error) {
          if (isApiError(error) && error.details.length > 0) {
            form.setFields(
              error.details.map((detail) => ({
                name: detail.path as keyof SecurityPolicy,
                errors: [detail.message],
              })),
            );
          }
          void message.error(error instanceof Error ? error.message : String(error));
        }
      },
    });
  };

  if (policy.isLoading) {
    return (
      <PageContainer title={m.title} description={m.description}>
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 12 }} />
        </Card>
      </PageContainer>
    );
  }
  if (!policy.data) {
    return <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />;
  }
  const initial = policy.data;

  return (
    <PageContainer title={m.title} description={m.description}>
      <Form<SecurityPolicy>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={submit}
        className="yw-policy-form"
      >
        <PolicyFields />
        <div className="yw-form-footer">
          <Button onClick={() => form.setFieldsValue(initial)}>{securityMessages.reset}</Button>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {securityMessages.save}
          </Button>
        </div>
      </Form>
    </PageContainer>
  );
}
