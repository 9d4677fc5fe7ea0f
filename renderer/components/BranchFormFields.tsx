import { Col, Form, Input, Row, Select } from 'antd';
import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/zh-CN';
import { BRANCH_FIELDS, ORG_CATEGORIES, ORG_KINDS, type BranchField } from '../lib/branch-fields';

const PLACEHOLDERS: Partial<Record<BranchField, MessageKey>> = {
  name: 'field.name.placeholder',
  code: 'field.code.placeholder',
  parentCode: 'field.code.placeholder',
};

/** Two columns for the short fields; the full name and the address get a whole row. */
const FULL_WIDTH: ReadonlySet<BranchField> = new Set(['name', 'address']);

/**
 * The branch's fields, shared by the wizard and Settings. Required fields carry the asterisk
 * but no client rules: the backend validates, and its issues are put back under each field.
 */
export function BranchFormFields({ codeReadOnly = false }: { codeReadOnly?: boolean }) {
  const t = useT();
  const kindOptions: { value: string; label: string }[] = ORG_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }));
  const categoryOptions: { value: string; label: string }[] = ORG_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }));
  return (
    <Row gutter={24}>
      {BRANCH_FIELDS.map((field) => {
        const placeholderKey = PLACEHOLDERS[field.name];
        const placeholder = placeholderKey ? t(placeholderKey) : undefined;
        const label = field.optional ? `${t(field.labelKey)}${t('common.optional')}` : t(field.labelKey);
        let control;
        if (field.name === 'kind' || field.name === 'category') {
          control = (
            <Select
              options={field.name === 'kind' ? kindOptions : categoryOptions}
              placeholder={t('field.choose')}
              allowClear={false}
            />
          );
        } else {
          const readOnly = codeReadOnly && field.name === 'code';
          control = (
            <Input
              placeholder={placeholder}
              maxLength={field.max}
              readOnly={readOnly}
              disabled={readOnly}
              autoComplete="off"
              className={field.format === 'code' ? 'bd-code-input' : undefined}
            />
          );
        }
        return (
          <Col key={field.name} xs={24} md={FULL_WIDTH.has(field.name) ? 24 : 12}>
            <Form.Item
              name={field.name}
              label={label}
              required={!field.optional}
              {...(codeReadOnly && field.name === 'code' ? { extra: t('settings.branch.codeReadOnly') } : {})}
            >
              {control}
            </Form.Item>
          </Col>
        );
      })}
    </Row>
  );
}
