import { Card } from 'antd';
import { useNavigate } from 'react-router';
import { appMessages } from '../../app/messages.ts';
import { ChangePasswordForm } from '../../modules/auth/index.ts';
import { PageContainer } from '../../ui/PageContainer.tsx';

/** Changing one's own password from the user menu. */
export function AccountPasswordPage() {
  const navigate = useNavigate();
  return (
    <PageContainer title={appMessages.account.changePassword}>
      <Card variant="borderless" style={{ maxWidth: 520 }}>
        <ChangePasswordForm onDone={() => void navigate('/')} />
      </Card>
    </PageContainer>
  );
}
