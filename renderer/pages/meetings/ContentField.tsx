import { Button, Input, Space, Switch, Typography, type GetRef } from 'antd';
import { useRef, useState } from 'react';
import { useT } from '../../i18n/context';
import { insertMarker, lineKind, type MarkerKind } from '../../print/meetings/content-lines';

interface Props {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
}

const MARKERS: MarkerKind[] = ['heading', 'subheading', 'item'];

/**
 * 会议内容 as plain text, a paragraph a line, with the usual numbering of Chinese documents:
 * "一、" heading, "（一）" sub-heading, "1." item. The buttons put the next number in at the
 * cursor; typing the markers works just as well. The preview shows how the lines will print.
 */
export function ContentField({ value = '', onChange, id }: Props) {
  const t = useT();
  const ref = useRef<GetRef<typeof Input.TextArea> | null>(null);
  const [preview, setPreview] = useState(false);
  const insert = (kind: MarkerKind) => {
    const area = ref.current?.resizableTextArea?.textArea;
    const cursor = area ? area.selectionStart : value.length;
    const next = insertMarker(value, cursor, kind);
    onChange?.(next.text);
    window.requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  };
  return (
    <div className="bd-content-field">
      <Space wrap className="bd-content-tools">
        {MARKERS.map((k) => (
          <Button key={k} onClick={() => insert(k)}>
            {t(`meetings.content.insert.${k}`)}
          </Button>
        ))}
        <span className="bd-content-preview-switch">
          <Switch checked={preview} onChange={setPreview} aria-label={t('meetings.content.preview')} /> {t('meetings.content.preview')}
        </span>
      </Space>
      <Input.TextArea
        id={id}
        ref={ref}
        value={value}
        onChange={(e) => onChange?.(e.target.value)}
        autoSize={{ minRows: 6, maxRows: 24 }}
        maxLength={50000}
        placeholder={t('meetings.content.placeholder')}
        aria-label={t('meetings.field.content')}
      />
      {preview ? (
        <div className="bd-content-preview" aria-label={t('meetings.content.preview')}>
          {value.split('\n').filter((l) => l.trim()).map((line, i) => (
            <p key={i} className={`bd-content-line bd-content-${lineKind(line)}`}>
              {line}
            </p>
          ))}
          {value.trim() ? null : <Typography.Text type="secondary">{t('meetings.content.empty')}</Typography.Text>}
        </div>
      ) : null}
    </div>
  );
}
