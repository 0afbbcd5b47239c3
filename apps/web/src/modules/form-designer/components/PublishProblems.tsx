import type { FieldDefinition } from '@yuanwu/form-engine';
import type { ErrorDetail } from '@yuanwu/kernel';
import { Alert } from 'antd';
import { formDesignerMessages as m } from '../messages.ts';

/** `form.fields[2].formula` → the label of field 2, so people see which field is meant. */
function where(path: string, fields: readonly FieldDefinition[]): string {
  const match = /fields\[(\d+)\]/.exec(path);
  const field = match ? fields[Number(match[1])] : undefined;
  return field ? `“${field.label || field.key}”` : path;
}

/** Why publishing was refused: the definition check's problems, each with its field. */
export function PublishProblems({
  problems,
  fields,
  onClose,
}: {
  problems: readonly ErrorDetail[];
  fields: readonly FieldDefinition[];
  onClose: () => void;
}) {
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      className="fd-problems"
      message={m.publishProblems}
      description={
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>
              {problem.path && (
                <strong>
                  {where(problem.path, fields)}
                  {m.colon}
                </strong>
              )}
              {problem.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
