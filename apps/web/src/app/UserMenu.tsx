import {
  DownOutlined,
  GlobalOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { App, Avatar, Dropdown, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useMe, useSession } from '../modules/auth/index.ts';
import { locale, switchLocale } from '../ui/locale.ts';
import { identityOf } from './identity.ts';
import { appMessages as m } from './messages.ts';

/** The header's account menu: who is signed in, change password, sign out. */
export function UserMenu() {
  const me = useMe();
  const { signOut } = useSession();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const who = identityOf(me);

  const confirmSignOut = () => {
    modal.confirm({
      title: m.account.signOutConfirm,
      okText: m.account.signOutOk,
      onOk: async () => {
        await signOut();
        await navigate('/login', { replace: true, state: { signedOut: true } });
      },
    });
  };

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            disabled: true,
            label: (
              <div className="yw-user-card">
                <Typography.Text strong>{who.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {[who.unit, who.position].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
            ),
          },
          { type: 'divider' },
          {
            key: 'password',
            icon: <KeyOutlined />,
            label: m.account.changePassword,
            onClick: () => void navigate('/account/password'),
          },
          // Only people hold tasks to delegate; administrator accounts have none.
          ...(me.person
            ? [
                {
                  key: 'delegation',
                  icon: <SwapOutlined />,
                  label: m.account.delegation,
                  onClick: () => void navigate('/account/delegation'),
                },
              ]
            : []),
          // A group, not a submenu: tablets get this layout too, and touch has no hover.
          { type: 'divider' },
          {
            key: 'language',
            type: 'group',
            label: m.account.language,
            children: (
              [
                ['zh-CN', m.account.chinese],
                ['en-US', m.account.english],
              ] as const
            ).map(([key, label]) => ({
              key,
              label,
              icon: <GlobalOutlined className={key === locale ? undefined : 'yw-invisible'} />,
              onClick: () => switchLocale(key),
            })),
          },
          { type: 'divider' },
          {
            key: 'signOut',
            icon: <LogoutOutlined />,
            danger: true,
            label: m.account.signOut,
            onClick: confirmSignOut,
          },
        ],
      }}
    >
      <button type="button" className="yw-user-trigger" data-testid="user-menu">
        {/* Colleagues are known by the last two characters of their name; administrators by role. */}
        <Avatar size={32} className="yw-avatar" icon={me.person ? undefined : <SafetyOutlined />}>
          {me.person ? who.name.slice(-2) : null}
        </Avatar>
        <Flex vertical className="yw-user-trigger-text">
          <span className="yw-user-name">{who.name}</span>
          <span className="yw-user-unit">{who.unit}</span>
        </Flex>
        <DownOutlined className="yw-user-caret" />
      </button>
    </Dropdown>
  );
}
