import { GlobalOutlined, KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { ActionSheet, Dialog, List } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { identityOf } from '../../app/identity.ts';
import { useMe, useSession } from '../../modules/auth/index.ts';
import { locale, switchLocale, type Locale } from '../../ui/locale.ts';
import { mobileMessages as m } from './messages.ts';

/** 我的: who I am, change password, the language, sign out. */
export function MobileMePage() {
  const me = useMe();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const who = identityOf(me);

  const confirmSignOut = async () => {
    const ok = await Dialog.confirm({ content: m.signOutConfirm });
    if (!ok) return;
    await signOut();
    await navigate('/login', { replace: true, state: { signedOut: true } });
  };

  // The phone's counterpart of the desktop user menu's 语言 item; switching reloads the page.
  const chooseLanguage = () => {
    const choices: Locale[] = ['zh-CN', 'en-US'];
    ActionSheet.show({
      actions: choices.map((key) => ({
        key,
        text: m.languageNames[key],
        disabled: key === locale,
        onClick: () => switchLocale(key),
      })),
      cancelText: m.cancel,
      closeOnAction: true,
    });
  };

  return (
    <div className="yw-m-page" data-testid="mobile-me">
      <section className="yw-m-profile">
        <span className="yw-m-avatar is-large">{who.name.slice(-2)}</span>
        <div>
          <div className="yw-m-profile-name">{who.name}</div>
          <div className="yw-m-profile-unit">
            {[who.unit, who.position].filter(Boolean).join(' · ')}
          </div>
          {me.person && <div className="yw-m-profile-no">{me.person.employeeNo}</div>}
        </div>
      </section>
      <List mode="card" className="yw-m-list">
        <List.Item prefix={<KeyOutlined />} onClick={() => void navigate('/me/password')}>
          {m.changePassword}
        </List.Item>
        <List.Item
          prefix={<GlobalOutlined />}
          extra={m.languageNames[locale]}
          onClick={chooseLanguage}
          data-testid="mobile-language"
        >
          {m.language}
        </List.Item>
      </List>
      <List mode="card" className="yw-m-list">
        <List.Item
          prefix={<LogoutOutlined />}
          onClick={() => void confirmSignOut()}
          arrowIcon={false}
          className="yw-m-danger"
        >
          {m.signOut}
        </List.Item>
      </List>
      <p className="yw-m-footnote">{m.version}</p>
    </div>
  );
}
