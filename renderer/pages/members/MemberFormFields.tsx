import dayjs from 'dayjs';
import { Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { PartyGroup } from '../../api/types';
import { CodeSelect } from '../../components/CodeSelect';
import { DateField } from '../../components/DateField';
import { useT } from '../../i18n/context';
import { idFacts, idMismatch } from '../../lib/id-number';
import { MEMBER_FIELDS, MEMBER_SECTIONS, type MemberFieldSpec } from '../../lib/member-fields';

interface Props {
  groups: readonly PartyGroup[];
  /** Only these fields (the 入党申请人 form keeps the personal ones); sections left empty are not shown. */
  only?: readonly MemberFieldSpec['name'][];
}

/**
 * Every field of the member record in four sections (基本信息 / 入党情况 / 联系方式 / 其他).
 * Required fields carry the asterisk but no client rules: the backend validates, and its
 * issues come back under each field. The ID number's birth date and gender are checked here
 * only to help: a hint when what was typed disagrees with the number.
 */
export function MemberFormFields({ groups, only }: Props) {
  const t = useT();
  const form = Form.useFormInstance();
  const idNumber = Form.useWatch<string | undefined>('idNumber', form);
  const birthDate = Form.useWatch<string | undefined>('birthDate', form);
  const gender = Form.useWatch<string | undefined>('gender', form);
  const facts = idNumber ? idFacts(idNumber, dayjs().format('YYYY-MM-DD')) : null;
  const mismatch = idMismatch(facts, birthDate, gender);

  const extraFor = (spec: MemberFieldSpec): ReactNode => {
    if (spec.name === 'idNumber' && facts) {
      return t('member.id.read', { date: dayjs(facts.birthDate).format(t('format.date')), gender: t(`member.gender.${facts.gender}`) });
    }
    if (spec.name === 'birthDate' && mismatch.birthDate) {
      return <span className="bd-warn-text">{t('member.id.birthMismatch', { date: dayjs(mismatch.birthDate).format(t('format.date')) })}</span>;
    }
    if (spec.name === 'gender' && mismatch.gender) {
      return <span className="bd-warn-text">{t('member.id.genderMismatch', { gender: t(`member.gender.${mismatch.gender}`) })}</span>;
    }
    if (spec.name === 'partyAgeAdjustMonths') return t('member.partyAgeAdjust.help');
    return undefined;
  };

  const control = (spec: MemberFieldSpec): ReactNode => {
    switch (spec.kind) {
      case 'date':
        return <DateField />;
      case 'code':
        return <CodeSelect table={spec.table ?? 'ethnicity'} />;
      case 'gender':
        return (
          <Radio.Group
            optionType="button"
            options={[
              { value: '1', label: t('member.gender.1') },
              { value: '2', label: t('member.gender.2') },
            ]}
          />
        );
      case 'standing':
        return (
          <Radio.Group
            optionType="button"
            options={[
              { value: 'normal', label: t('member.standing.normal') },
              { value: 'stopped', label: t('member.standing.stopped') },
            ]}
          />
        );
      case 'bool':
        return (
          <Radio.Group
            optionType="button"
            options={[
              { value: false, label: t('common.no') },
              { value: true, label: t('common.yes') },
            ]}
          />
        );
      case 'group':
        return (
          <Select
            allowClear
            placeholder={groups.length ? t('field.choose') : t('member.group.none')}
            options={groups.map((g) => ({ value: g.code, label: g.name }))}
          />
        );
      case 'months':
        return <InputNumber min={-1200} max={1200} precision={0} suffix={t('member.months')} className="bd-months-input" />;
      case 'longText':
        return <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={spec.max} />;
      case 'idNumber':
        return <Input className="bd-mono" autoComplete="off" spellCheck={false} maxLength={spec.max} placeholder={t('member.id.placeholder')} />;
      default:
        return <Input autoComplete="off" maxLength={spec.max} />;
    }
  };

  const fields = only ? MEMBER_FIELDS.filter((f) => only.includes(f.name)) : MEMBER_FIELDS;
  return (
    <>
      {MEMBER_SECTIONS.filter((section) => fields.some((f) => f.section === section)).map((section) => (
        <section key={section} className="bd-form-section" aria-labelledby={`member-section-${section}`}>
          <Typography.Title level={4} id={`member-section-${section}`} className="bd-form-section-title">
            {t(`member.section.${section}`)}
          </Typography.Title>
          <Row gutter={20}>
            {fields.filter((f) => f.section === section).map((spec) => {
              const extra = extraFor(spec);
              return (
                <Col key={spec.name} xs={24} md={spec.wide ? 24 : 12} xl={spec.wide ? 24 : 8}>
                  <Form.Item name={spec.name} label={t(spec.labelKey)} required={spec.required} {...(extra ? { extra } : {})}>
                    {control(spec)}
                  </Form.Item>
                </Col>
              );
            })}
          </Row>
        </section>
      ))}
    </>
  );
}
