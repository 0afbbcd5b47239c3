import { Alert, Card, Col, Descriptions, Empty, Row } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { identityOf } from '../../app/identity.ts';
import { appMessages } from '../../app/messages.ts';
import { visibleNavigation } from '../../app/navigation.tsx';
import { useCan, useMe } from '../../modules/auth/index.ts';
import { Greeting, homeMessages as m, QuickLinks } from '../../modules/home/index.ts';
import { WorkbenchScreen } from '../../modules/workbench/index.ts';

const expiryWarningDays = 14;

/** Administrator accounts hold no tasks: their home stays the quick links and account facts. */
function AdministratorHome() {
  const me = useMe();
  const can = useCan();
  const links = visibleNavigation(can).flatMap((group) => group.items);
  const expires = me.passwordExpiresAt ? dayjs(me.passwordExpiresAt) : null;
  const profile = [
    me.adminKind && { key: 'role', label: m.role, children: appMessages.adminKinds[me.adminKind] },
    { key: 'account', label: m.account, children: me.username },
    {
      key: 'expires',
      label: m.passwordValidUntil,
      children: expires ? expires.format('YYYY-MM-DD') : m.never,
    },
  ].filter((item) => !!item);
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} xl={16}>
        <Card title={m.quickLinks} variant="borderless" className="yw-home-card">
          {links.length > 0 ? (
            <QuickLinks links={links} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noQuickLinks} />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={m.profile} variant="borderless" className="yw-home-card">
          <Descriptions
            column={1}
            size="small"
            colon={false}
            styles={{ label: { width: 96 } }}
            items={profile}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** The desktop home (工作台): a greeting, password expiry, then the person's widgets. */
export function HomePage() {
  const me = useMe();
  const who = identityOf(me);
  const expires = me.passwordExpiresAt ? dayjs(me.passwordExpiresAt) : null;
  const expiringSoon = expires && expires.diff(dayjs(), 'day') < expiryWarningDays;

  return (
    <div className="yw-page">
      <Greeting name={who.name} unit={who.unit} position={who.position} />
      {expiringSoon && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 16 }}
          title={m.passwordExpires(expires.format('YYYY-MM-DD'))}
          action={<Link to="/account/password">{m.changePassword}</Link>}
        />
      )}
      {me.person ? <WorkbenchScreen /> : <AdministratorHome />}
    </div>
  );
}
