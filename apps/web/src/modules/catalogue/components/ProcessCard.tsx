import { StarFilled, StarOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { Link } from 'react-router';
import { catalogueMessages as m } from '../messages.ts';

interface Props {
  processKey: string;
  name: string;
  colour: string;
  hint?: string;
  starred: boolean;
  onStar: (on: boolean) => void;
}

/** One process to start: its initial on the category colour, name, hint and a star. */
export function ProcessCard({ processKey, name, colour, hint, starred, onStar }: Props) {
  return (
    <div className="yw-cat-card" data-process={processKey}>
      <Link to={`/workflow/start/${encodeURIComponent(processKey)}`} className="yw-cat-link">
        <span className="yw-cat-badge" style={{ background: colour }}>
          {name.slice(0, 1)}
        </span>
        <span className="yw-cat-text">
          <span className="yw-cat-name">{name}</span>
          {hint && <span className="yw-cat-hint">{hint}</span>}
        </span>
      </Link>
      <Tooltip title={starred ? m.unfavourite : m.favourite}>
        <Button
          type="text"
          size="small"
          className="yw-cat-star"
          aria-label={starred ? m.unfavourite : m.favourite}
          aria-pressed={starred}
          icon={starred ? <StarFilled style={{ color: '#f5b301' }} /> : <StarOutlined />}
          onClick={() => onStar(!starred)}
        />
      </Tooltip>
    </div>
  );
}
