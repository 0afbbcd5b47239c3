import {
  findUnknownReference,
  parseExpression,
  type FieldDefinition,
  type KnownFields,
} from '@yuanwu/form-engine';
import { Input, Typography } from 'antd';
import { formDesignerMessages as m } from '../messages.ts';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** The fields the expression may read (sections hold nothing to read). */
  fields: readonly FieldDefinition[];
  placeholder?: string;
}

function knownFields(fields: readonly FieldDefinition[]): KnownFields {
  const byKey = new Map(fields.filter((f) => f.type !== 'section').map((f) => [f.key, f]));
  return {
    has: (key) => byKey.has(key),
    membersOf: (key) => {
      const field = byKey.get(key);
      if (!field) return undefined;
      return field.type === 'table' ? new Set(field.columns.map((c) => c.key)) : null;
    },
  };
}

/** Null when the source parses and reads only known fields; else the message to show. */
export function expressionProblem(
  source: string,
  fields: readonly FieldDefinition[],
): string | null {
  if (source.trim() === '') return null;
  const parsed = parseExpression(source);
  if (!parsed.ok) return parsed.error.message;
  return findUnknownReference(parsed.expression, knownFields(fields))?.message ?? null;
}

/** A formula or default expression with its parse and reference errors shown as one types. */
export function ExpressionInput({ value, onChange, fields, placeholder }: Props) {
  const problem = expressionProblem(value, fields);
  return (
    <div className="fd-expression">
      <Input.TextArea
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        autoSize={{ minRows: 2, maxRows: 5 }}
        status={problem ? 'error' : undefined}
        spellCheck={false}
        className="fd-code"
      />
      {problem ? (
        <Typography.Text type="danger" className="fd-expression-note" role="alert">
          {problem}
        </Typography.Text>
      ) : (
        value.trim() !== '' && (
          <Typography.Text type="success" className="fd-expression-note">
            {m.props.formulaOk}
          </Typography.Text>
        )
      )}
    </div>
  );
}
