import { DatePicker } from 'antd-mobile';
import dayjs from 'dayjs';
import { useState } from 'react';
import { mobileFormMessages as m } from './messages.ts';

/** 日期 / 日期时间 with the phone's wheel picker; values as the form engine stores them. */
export function DateControl({
  value,
  onChange,
  withTime,
  disabled,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
  withTime: boolean;
  disabled: boolean;
}) {
  const [open, setOpen] = useState(false);
  const format = withTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD';
  const current = value ? dayjs(value) : null;
  return (
    <>
      <button
        type="button"
        className={`yw-mf-trigger${current ? '' : ' is-empty'}`}
        disabled={disabled}
        onClick={() => setOpen(true)}
      >
        {current ? current.format(format) : m.choose}
      </button>
      <DatePicker
        visible={open}
        onClose={() => setOpen(false)}
        precision={withTime ? 'minute' : 'day'}
        value={current?.toDate() ?? new Date()}
        min={dayjs().subtract(5, 'year').toDate()}
        max={dayjs().add(5, 'year').toDate()}
        confirmText={m.done}
        cancelText={m.cancel}
        onConfirm={(date) =>
          onChange(withTime ? dayjs(date).format() : dayjs(date).format('YYYY-MM-DD'))
        }
      />
    </>
  );
}
