import { Alert } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { identityOf } from '../../app/identity.ts';
import { useMe } from '../../modules/auth/index.ts';
import { Greeting, homeMessages as m } from '../../modules/home/index.ts';
import { WorkbenchScreen } from '../../modules/workbench/index.ts';

const expiryWarningDays = 14;

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
      <WorkbenchScreen />
    </div>
  );
}
