import { CalendarOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { greetingFor, homeMessages as m } from '../messages.ts';

/** "上午好，张三" with the department, position and today's date. */
export function Greeting({
  name,
  unit,
  position,
}: {
  name: string;
  unit: string;
  position: string | null;
}) {
  const now = dayjs();
  return (
    <div className="yw-greeting">
      <div className="yw-greeting-text">
        <h2>{m.greet(greetingFor(now.hour()), name)}</h2>
        <p className="yw-greeting-unit">{[unit, position].filter(Boolean).join(' · ')}</p>
        <p className="yw-greeting-date">
          <CalendarOutlined /> {now.format(m.dateFormat)}
        </p>
      </div>
      <svg className="yw-greeting-art" viewBox="0 0 200 120" aria-hidden="true">
        <rect x="40" y="30" width="120" height="80" rx="8" fill="rgba(255,255,255,0.16)" />
        <rect x="70" y="10" width="60" height="30" rx="6" fill="rgba(255,255,255,0.22)" />
        <path d="M94 16h12v8h8v12h-8v8H94v-8h-8V24h8z" fill="#fff" />
        <rect x="56" y="52" width="18" height="18" rx="3" fill="rgba(255,255,255,0.5)" />
        <rect x="91" y="52" width="18" height="18" rx="3" fill="rgba(255,255,255,0.5)" />
        <rect x="126" y="52" width="18" height="18" rx="3" fill="rgba(255,255,255,0.5)" />
        <rect x="88" y="82" width="24" height="28" rx="3" fill="rgba(255,255,255,0.7)" />
      </svg>
    </div>
  );
}
