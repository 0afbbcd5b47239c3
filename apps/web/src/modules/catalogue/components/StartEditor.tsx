import { Button, Card, Descriptions, Flex, Input, Tag, Typography } from 'antd';
import type { Value } from '@yuanwu/form-engine';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { useMe } from '../../auth/index.ts';
import { FormRenderer, useFormState } from '../../forms/index.ts';
import type { ProcessForm } from '../api/start.api.ts';
import { useStartActions } from '../hooks/useStartActions.ts';
import { startMessages as s } from '../messages.ts';
import '../catalogue.css';

interface Props {
  process: ProcessForm;
  initial: Record<string, Value>;
  initialTitle: string;
  draftId: string | null;
  copied: boolean;
  onDraftCreated: (id: string) => void;
}

/** The start page's editor: who applies, the title, the form, and 保存草稿 / 提交. */
export function StartEditor({
  process,
  initial,
  initialTitle,
  draftId,
  copied,
  onDraftCreated,
}: Props) {
  const me = useMe();
  const navigate = useNavigate();
  const initiator = useMemo(
    () => (me.person ? { id: me.person.id, dept: me.person.departmentId } : undefined),
    [me.person],
  );
  const state = useFormState(process.form, initial, { initiator });
  const [title, setTitle] = useState(initialTitle);
  const actions = useStartActions(process.key, process.form, state, title, draftId, onDraftCreated);

  const buttons = (
    <>
      <Button onClick={() => void navigate(-1)}>{s.cancel}</Button>
      <Button
        loading={actions.busy === 'draft'}
        disabled={actions.busy !== null}
        onClick={() => void actions.saveDraft()}
      >
        {s.saveDraft}
      </Button>
      <Button
        type="primary"
        loading={actions.busy === 'submit'}
        disabled={actions.busy !== null}
        onClick={() => void actions.submit()}
      >
        {s.submit}
      </Button>
    </>
  );

  return (
    <PageContainer
      title={
        <Flex align="center" gap={8}>
          {process.name}
          {actions.draftId && <Tag color="gold">{s.draftTag}</Tag>}
          {copied && <Tag color="blue">{s.copyTag}</Tag>}
        </Flex>
      }
      description={s.version(process.version)}
      extra={buttons}
    >
      <Card className="yw-start-card">
        <Descriptions size="small" column={3} className="yw-start-meta">
          <Descriptions.Item label={s.applicant}>
            {me.person?.name ?? me.displayName}
          </Descriptions.Item>
          <Descriptions.Item label={s.department}>
            {me.person?.departmentName ?? '—'}
          </Descriptions.Item>
        </Descriptions>
        <div className="yw-start-title">
          <Typography.Text strong>{s.titleLabel}</Typography.Text>
          <Input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={s.titlePlaceholder}
            maxLength={200}
            aria-label={s.titleLabel}
          />
        </div>
        <FormRenderer
          schema={process.form}
          values={state.values}
          onChange={state.setValues}
          errors={state.errors}
        />
      </Card>
      <div className="yw-start-footer">{buttons}</div>
    </PageContainer>
  );
}
