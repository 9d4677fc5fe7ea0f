import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { MinutesDoc } from './minutes';

/**
 * GB/T 9704-2012 conventions for the Word copy: A4, margins 37/35/28/26 mm, body in
 * 仿宋_GB2312 三号 (16 pt) on a fixed 28 pt line, titles in 方正小标宋简体 二号 (22 pt).
 * Word falls back to an installed font when these are missing; the layout holds.
 */
const MM = 56.7; // twips per millimetre
const BODY = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const TITLE = { eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const HEADING = { eastAsia: '黑体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const BODY_SIZE = 32; // half-points: 三号 = 16 pt
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt

const body = (text: string, opts: { bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    spacing: LINE,
    indent: opts.indent === false ? undefined : { firstLine: 640 },
    children: [new TextRun({ text, font: BODY, size: BODY_SIZE, bold: opts.bold ?? false })],
  });

const cell = (text: string, widthPct: number, bold = false) =>
  new TableCell({
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ spacing: { line: 400, lineRule: LineRuleType.AT_LEAST }, children: [new TextRun({ text, font: BODY, size: 28, bold })] })],
  });

const borders = {
  top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
  left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
  right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
  insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
  insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
};

export async function minutesDocx(doc: MinutesDoc): Promise<Buffer> {
  const title = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.orgName, font: BODY, size: BODY_SIZE })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.title, font: TITLE, size: 44 })] }),
    ...[doc.draftNote, doc.amendmentNote].filter((n): n is string => !!n).map((n) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: n, font: BODY, size: 24, italics: true })] })),
  ];
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: doc.headerRows.map(([label, value]) => new TableRow({ children: [cell(label, 22, true), cell(value, 78)] })),
  });
  const sections = doc.sections.flatMap((s) => [
    new Paragraph({ spacing: { ...LINE, before: 240 }, children: [new TextRun({ text: s.heading, font: HEADING, size: BODY_SIZE })] }),
    ...s.paragraphs.map((p) => body(p)),
  ]);
  const closing = [
    body(doc.closing, { indent: true }),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: doc.signatures.map((s) => `${s}：__________`).join('        '), font: BODY, size: BODY_SIZE })] }),
  ];
  const sheet = [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.attendanceSheet.title, font: HEADING, size: BODY_SIZE })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders,
      rows: [
        new TableRow({ tableHeader: true, children: doc.attendanceSheet.columns.map((c) => cell(c, 100 / doc.attendanceSheet.columns.length, true)) }),
        ...doc.attendanceSheet.rows.map((r) => new TableRow({ children: r.map((v) => cell(v, 100 / r.length)) })),
      ],
    }),
  ];
  const document = new Document({
    creator: 'BranchDesk 支部工作台',
    title: `${doc.orgName}${doc.title}`,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'], font: BODY, size: 28 })],
              }),
            ],
          }),
        },
        children: [...title, header, ...sections, ...closing, ...sheet],
      },
    ],
  });
  return Packer.toBuffer(document);
}
