import { Button, Drawer, Space, Table, Typography, type FormInstance, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { IssueList } from '../../components/IssueList';
import { useT } from '../../i18n/context';
import type { useFormSubmit } from './use-form-submit';

/** A branch has a few letters a year; past this many rows a list pages rather than grows. */
const PAGE_SIZE = 50;

interface ListTableProps<T> {
  rows: readonly T[];
  loading: boolean;
  empty: string;
  testId: string;
  rowKey: keyof T | ((row: T) => string);
  columns: TableColumnsType<T>;
}

/** The tables of the transfers tabs: same size, paging and empty text everywhere. */
export function ListTable<T extends object>({ rows, loading, empty, testId, rowKey, columns }: ListTableProps<T>) {
  return (
    <Table<T>
      rowKey={rowKey as string | ((row: T) => string)}
      size="middle"
      loading={loading}
      dataSource={rows as T[]}
      pagination={rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
      locale={{ emptyText: empty }}
      data-testid={testId}
      columns={columns}
    />
  );
}

/** A tab's opening line, what the tab is for, with its main action at the right. */
export function TabTop({ intro, children }: { intro: ReactNode; children: ReactNode }) {
  return (
    <div className="bd-transfers-top">
      {typeof intro === 'string' ? (
        <Typography.Paragraph type="secondary" className="bd-transfers-intro">
          {intro}
        </Typography.Paragraph>
      ) : (
        intro
      )}
      {children}
    </div>
  );
}

/**
 * The transfers forms that need room (issue a letter, record one in): a drawer with the
 * primary action and 取消 at the bottom, and a refusal above the fields.
 */
export function FormDrawer(props: {
  open: boolean;
  title: string;
  size: number;
  submitLabel: string;
  submitIcon?: ReactNode;
  submit: Pick<ReturnType<typeof useFormSubmit>, 'busy' | 'error' | 'unmatched'> & { form: FormInstance };
  onClose(): void;
  /** False while something over the drawer (a preview) owns the Escape key. */
  keyboard?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const { open, title, size, submitLabel, submitIcon, submit, onClose, keyboard = true, children } = props;
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={size}
      destroyOnHidden
      keyboard={keyboard}
      footer={
        <Space className="bd-drawer-footer">
          <Button type="primary" size="large" icon={submitIcon} loading={submit.busy} onClick={() => submit.form.submit()}>
            {submitLabel}
          </Button>
          <Button size="large" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={submit.error} className="bd-form-alert" />
      <IssueList issues={submit.unmatched} />
      {children}
    </Drawer>
  );
}
