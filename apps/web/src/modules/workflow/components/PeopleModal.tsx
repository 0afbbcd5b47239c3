import { Flex, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { PersonPicker } from '../../org/index.ts';
import { actionMessages as a } from '../actionMessages.ts';

export type PeopleModalMode = 'transfer' | 'add-sign';

/** 转办 (one person) or 加签 (people, before or after me). */
export function PeopleModal({
  mode,
  initialPosition = 'before',
  confirming,
  onCancel,
  onConfirm,
}: {
  mode: PeopleModalMode | null;
  initialPosition?: 'before' | 'after';
  confirming: boolean;
  onCancel: () => void;
  onConfirm: (people: string[], position: 'before' | 'after') => void;
}) {
  const [people, setPeople] = useState<string[]>([]);
  const [position, setPosition] = useState<'before' | 'after'>(initialPosition);
  const multiple = mode === 'add-sign';
  return (
    <Modal
      open={mode !== null}
      title={multiple ? a.addSign : a.transfer}
      okText={a.ok}
      cancelText={a.cancel}
      okButtonProps={{ disabled: people.length === 0 }}
      confirmLoading={confirming}
      onCancel={onCancel}
      onOk={() => onConfirm(people, position)}
      afterOpenChange={(open) => {
        if (!open) return;
        setPeople([]);
        setPosition(initialPosition);
      }}
      destroyOnHidden
    >
      <Flex vertical gap={12}>
        <Typography.Text>{multiple ? a.addSignPeople : a.transferTo}</Typography.Text>
        <PersonPicker
          multiple={multiple}
          value={multiple ? people : (people[0] ?? null)}
          onChange={(value) => setPeople(Array.isArray(value) ? value : value ? [value] : [])}
          placeholder={a.pickPeople}
          style={{ width: '100%' }}
        />
        {multiple && (
          <>
            <Typography.Text>{a.addSignPosition}</Typography.Text>
            <Radio.Group
              value={position}
              onChange={(event) => setPosition(event.target.value === 'after' ? 'after' : 'before')}
            >
              <Flex vertical gap={6}>
                <Radio value="before">
                  {a.addSignBefore}
                  <Typography.Text type="secondary">{a.aside(a.addSignBeforeHint)}</Typography.Text>
                </Radio>
                <Radio value="after">
                  {a.addSignAfter}
                  <Typography.Text type="secondary">{a.aside(a.addSignAfterHint)}</Typography.Text>
                </Radio>
              </Flex>
            </Radio.Group>
          </>
        )}
      </Flex>
    </Modal>
  );
}
