import { Button, Flex, Input, Tag, Typography } from 'antd';
import { actionMessages as a } from '../actionMessages.ts';
import { usePhrases } from '../hooks/usePhrases.ts';

/** 审批意见 with 常用意见: click a phrase to use it, save the current text as one's own. */
export function CommentBox({
  value,
  onChange,
  required,
}: {
  value: string;
  onChange: (text: string) => void;
  required?: boolean;
}) {
  const { phrases, add, remove } = usePhrases();
  const text = value.trim();
  const known = phrases.some((p) => p.text === text);
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          {required && <span className="yw-required">* </span>}
          {a.comment}
        </Typography.Text>
        {text && !known && (
          <Button type="link" size="small" loading={add.isPending} onClick={() => add.mutate(text)}>
            {a.addPhrase}
          </Button>
        )}
      </Flex>
      <Input.TextArea
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={required ? a.commentRequired : a.commentPlaceholder}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={2000}
        showCount
        aria-label={a.comment}
      />
      {phrases.length > 0 && (
        <Flex gap={6} wrap align="center" className="yw-phrases" style={{ marginTop: 14 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.phrases}
            {a.colon}
          </Typography.Text>
          {phrases.map((phrase) => (
            <Tag
              key={phrase.id}
              className="yw-phrase"
              style={{ cursor: 'pointer', marginInlineEnd: 0 }}
              closable={phrase.mine}
              onClose={(event) => {
                event.preventDefault();
                remove.mutate(phrase.id);
              }}
              onClick={() => onChange(phrase.text)}
            >
              {phrase.text}
            </Tag>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
