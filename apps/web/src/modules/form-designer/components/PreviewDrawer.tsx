import type { FieldDefinition, FormSchema } from '@yuanwu/form-engine';
import { Drawer, Segmented } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { FormRenderer, useFormState } from '../../forms/index.ts';
import { MobileFormRenderer } from '../../forms/mobile/index.ts';
import { formDesignerMessages as m } from '../messages.ts';

type Width = 'desktop' | 'phone';

function PreviewBody({ schema, width }: { schema: FormSchema; width: Width }) {
  const state = useFormState(schema, {});
  const { reset } = state;
  // A new design starts a new trial: defaults and formulas run again.
  useEffect(() => reset({}), [schema, reset]);
  if (width === 'phone') {
    return (
      <div className="fd-phone" data-testid="preview-phone">
        <div className="fd-phone-notch" />
        <div className="fd-phone-screen">
          <MobileFormRenderer schema={schema} values={state.values} onChange={state.setValues} />
        </div>
      </div>
    );
  }
  return (
    <div className="fd-desktop-preview" data-testid="preview-desktop">
      <FormRenderer
        schema={schema}
        values={state.values}
        onChange={state.setValues}
        errors={state.errors}
      />
    </div>
  );
}

interface Props {
  open: boolean;
  onClose: () => void;
  fields: FieldDefinition[];
  title: string;
}

/** The form as people will fill it in, at desktop or phone width, with live formulas. */
export function PreviewDrawer({ open, onClose, fields, title }: Props) {
  const [width, setWidth] = useState<Width>('desktop');
  const schema = useMemo<FormSchema>(() => ({ fields }), [fields]);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={width === 'phone' ? 520 : 1040}
      title={`${m.previewTitle} · ${title}`}
      destroyOnHidden
      extra={
        <Segmented
          value={width}
          onChange={(value) => setWidth(value as Width)}
          options={[
            { value: 'desktop', label: m.previewDesktop },
            { value: 'phone', label: m.previewPhone },
          ]}
        />
      }
      styles={{ body: { background: 'var(--yw-bg)' } }}
    >
      {open && <PreviewBody key={width} schema={schema} width={width} />}
    </Drawer>
  );
}
