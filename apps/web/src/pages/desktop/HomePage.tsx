import { Alert, Card, Col, Descriptions, Empty, Row } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { identityOf } from '../../app/identity.ts';
import { appMessages } from '../../app/messages.ts';
import { visibleNavigation } from '../../app/navigation.tsx';
import { useCan, useMe } from '../../modules/auth/index.ts';
import { Greeting, homeMessages as m, QuickLinks } from '../../modules/home/index.ts';

const expiryWarningDays = 14;

/** The desktop home: a greeting, password expiry, quick links and the person's own details. */
export function HomePage() {
  const me = useMe();
  const can = useCan();
  const who = identityOf(me);
  const links = visibleNavigation(can).flatMap((group) => group.items);
  const expires = me.passwordExpiresAt ? dayjs(me.passwordExpiresAt) : null;
  const expiringSoon = expires && expires.diff(dayjs(), 'day') < expiryWarningDays;
  const profile = [
    me.person && { key: 'no', label: m.employeeNo, children: me.person.employeeNo },
    me.person && { key: 'dept', label: m.department, children: me.person.departmentName },
    me.person?.positionName && { key: 'pos', label: m.position, children: me.person.positionName },
    me.adminKind && { key: 'role', label: m.role, children: appMessages.adminKinds[me.adminKind] },
    { key: 'account', label: m.account, children: me.username },
    {
      key: 'expires',
      label: m.passwordValidUntil,
      children: expires ? expires.format('YYYY-MM-DD') : m.never,
    },
  ].filter((item) => !!item);

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
    </div>
  );
}
