import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh-CN';
import { ItemName } from './FigureDrawer';
import { blockers, isMemberCode, knownRule } from './report-logic';

const NOT_READY = { both: 'reports.validation.notReady', errors: 'reports.validation.notReadyErrors', unexplained: 'reports.validation.notReadyUnexplained' } as const;
import type { Validation, ValidationIssue } from './report-types';

interface Props {
  validation: Validation;
  /** False for a submitted version: its explanations are shown, not edited. */
  editable: boolean;
  orgCode: string;
  onOpenMember(code: string): void;
  /** Saves (or with '' removes) one explanation; resolves true when saved. */
  onExplain(key: string, text: string): Promise<boolean>;
}

/** The rule's title and advice; an issue key ('MEETINGS_SHORT:committee') names its rule before the colon. */
export function ruleText(t: ReturnType<typeof useT>, ruleOrKey: string, severity: ValidationIssue['severity'] = 'warning'): { title: string; next: string } {
  const rule = knownRule(ruleOrKey.split(':')[0]!);
  if (!rule) return { title: t(severity === 'error' ? 'reports.rule.otherError' : 'reports.rule.otherWarning'), next: '' };
  return { title: t(`reports.rule.${rule}` as MessageKey), next: t(`reports.rule.${rule}.next` as MessageKey) };
}

function Explanation({ issue, editable, onExplain }: { issue: ValidationIssue; editable: boolean; onExplain: Props['onExplain'] }) {
  const t = useT();
  const [text, setText] = useState(issue.explanation ?? '');
  const [saving, setSaving] = useState(false);
  const id = `explain-${issue.key}`;
  if (!editable) {
    return issue.explanation ? (
      <Typography.Paragraph className="bd-report-explained">
        <strong>{t('reports.validation.explanation')}：</strong>
        {issue.explanation}
      </Typography.Paragraph>
    ) : null;
  }
  const dirty = text.trim() !== (issue.explanation ?? '');
  return (
    <div className="bd-report-explain">
      <label htmlFor={id} className="bd-label">
        {t('reports.validation.explanation')}
      </label>
      <Input.TextArea id={id} value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={1000} showCount placeholder={t('reports.validation.placeholder')} />
      <Space className="bd-actions-start">
        <Button
          type="primary"
          disabled={!dirty}
          loading={saving}
          onClick={async () => {
            setSaving(true);
            const ok = await onExplain(issue.key, text.trim());
            setSaving(false);
            if (ok) setText(text.trim());
          }}
        >
          {t('reports.validation.save')}
        </Button>
        {issue.explanation && !dirty ? (
          <Typography.Text type="success">
            <CheckCircleOutlined /> {t('reports.validation.saved')}
          </Typography.Text>
        ) : null}
      </Space>
    </div>
  );
}

/**
 * 校验与说明: each failed rule in words with the people behind it (a member opens her record),
 * what to do about it, and for an unusual-but-allowed figure the explanation that travels with
 * the report. Errors first: they block submission until the records are corrected.
 */
export function ValidationPanel({ validation, editable, orgCode, onOpenMember, onExplain }: Props) {
  const t = useT();
  const issues = [...validation.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const summary = validation.ready
    ? t(validation.warnings > 0 ? 'reports.validation.readyExplained' : 'reports.validation.ready', { warnings: validation.warnings })
    : t(NOT_READY[blockers(validation.errors, validation.unexplained)], { errors: validation.errors, unexplained: validation.unexplained });
  return (
    <Space orientation="vertical" size="middle" className="bd-full-width" data-testid="validation-panel">
      <Alert type={validation.errors > 0 ? 'error' : validation.ready ? 'success' : 'warning'} showIcon title={summary} />
      {issues.map((issue) => {
        const { title, next } = ruleText(t, issue.rule, issue.severity);
        const error = issue.severity === 'error';
        return (
          <Card
            key={issue.key}
            size="small"
            className="bd-report-issue"
            data-issue={issue.key}
            title={
              <Space wrap>
                <Tag color={error ? 'red' : 'orange'}>{t(error ? 'reports.validation.error' : 'reports.validation.warning')}</Tag>
                <span>{title}</span>
                {!error ? <Tag color={issue.explanation ? 'green' : 'default'}>{t(issue.explanation ? 'reports.validation.explained' : 'reports.validation.unexplained')}</Tag> : null}
              </Space>
            }
          >
            <Typography.Paragraph className="bd-report-message">{issue.message}</Typography.Paragraph>
            {/* Meetings and time spans are named in the message already; people get a link each. */}
            {issue.items.some((i) => isMemberCode(i.code, orgCode)) ? (
              <div className="bd-report-names" aria-label={t('reports.validation.names')}>
                {issue.items.map((item) => (
                  <ItemName key={item.code} item={item} orgCode={orgCode} onOpenMember={onOpenMember} />
                ))}
              </div>
            ) : null}
            {next ? <Typography.Paragraph type="secondary">{next}</Typography.Paragraph> : null}
            {!error ? <Explanation issue={issue} editable={editable} onExplain={onExplain} /> : null}
          </Card>
        );
      })}
    </Space>
  );
}
