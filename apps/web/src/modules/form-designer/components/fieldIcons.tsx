import {
  ApartmentOutlined,
  AlignLeftOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  DownCircleOutlined,
  FieldNumberOutlined,
  FontSizeOutlined,
  MoneyCollectOutlined,
  PaperClipOutlined,
  TableOutlined,
  TagOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

const icons: Record<string, ReactNode> = {
  text: <FontSizeOutlined />,
  textarea: <AlignLeftOutlined />,
  number: <FieldNumberOutlined />,
  money: <MoneyCollectOutlined />,
  date: <CalendarOutlined />,
  datetime: <ClockCircleOutlined />,
  select: <DownCircleOutlined />,
  multiselect: <CheckSquareOutlined />,
  person: <UserOutlined />,
  department: <ApartmentOutlined />,
  table: <TableOutlined />,
  formula: <CalculatorOutlined />,
  attachment: <PaperClipOutlined />,
  section: <TagOutlined />,
};

/** The icon of a field type, in the palette and on the canvas. */
export function fieldIcon(type: string): ReactNode {
  return icons[type] ?? <FontSizeOutlined />;
}
