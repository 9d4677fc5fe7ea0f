import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { PrintOnly } from '../components/PrintOnly';
import { useT } from '../i18n/context';
import './print-docs.css';

interface Props {
  title: string;
  onClose(): void;
  /** The document as it goes to paper (rendered once, under <body>, shown only when printing). */
  children: ReactNode;
  /** What the screen shows; defaults to the document itself (a long roster previews its first pages). */
  preview?: ReactNode;
  /** A line under the title: counts, what is and is not previewed. */
  note?: ReactNode;
  /** False while the rows are still loading: printing half a list must not happen by accident. */
  ready?: boolean;
  /** Instead of 打印, for a draft that cannot be printed yet (e.g. 开具 after a letter's preview). */
  action?: ReactNode;
}

/**
 * A print view over the whole window: the paper on screen, a big 打印 button and a way back.
 * Printing uses the browser's own dialog (window.print; Electron shows the system one). The
 * print stylesheet hides everything but the PrintOnly copy, so the app never ends up on paper.
 */
export function PrintPreview({ title, onClose, children, preview, note, ready = true, action }: Props) {
  const t = useT();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <>
      {createPortal(
        <div className="bd-print-preview" role="dialog" aria-modal="true" aria-label={title} data-testid="print-preview">
          <div className="bd-print-toolbar">
            <Button size="large" icon={<ArrowLeftOutlined />} onClick={onClose}>
              {t('print.back')}
            </Button>
            <div className="bd-print-toolbar-title">
              <Typography.Title level={3}>{title}</Typography.Title>
              {note ? <Typography.Text type="secondary">{note}</Typography.Text> : null}
            </div>
            {action ?? (
              <Button type="primary" size="large" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!ready} autoFocus>
                {t('print.print')}
              </Button>
            )}
          </div>
          <div className="bd-print-stage">{preview ?? children}</div>
        </div>,
        document.body,
      )}
      {ready && !action ? <PrintOnly>{children}</PrintOnly> : null}
    </>
  );
}
