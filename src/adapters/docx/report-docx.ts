import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Paragraph as ReportParagraph, ResultsReport } from '../../core/document';

/** Hướng dẫn 36-HD/VPTW: A4, Times New Roman 13–14, margins top/bottom 20, left 30, right 15 mm. */
const FONT = 'Times New Roman';
const MM = 56.7; // twips per millimetre
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const A4 = { width: 11906, height: 16838 };
const BODY = 28; // half-points: 14 pt
const SMALL = 24; // 12 pt, the appendix table and the recipients

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function run(text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, font: FONT, size: BODY, ...options });
}

function centred(text: string, options: Omit<IRunOptions, 'text'> = {}, after = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after },
    children: [run(text, options)],
  });
}

/** The two-column header: the issuing body on the left, the Party's name and the date on the right. */
function header(report: ResultsReport): Table {
  const h = report.header;
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centred(h.superior, { size: 26 }),
              centred(h.issuer, { size: 26, bold: true }),
              centred(h.star, { size: 26 }),
              centred(h.number, { size: 26 }),
            ],
            42,
          ),
          cell(
            [
              centred(h.party, { size: 28, bold: true, underline: { type: UnderlineType.SINGLE } }),
              centred(''),
              centred(h.placeDate, { size: 26, italics: true }),
            ],
            58,
          ),
        ],
      }),
    ],
  });
}

function bodyParagraph(paragraph: ReportParagraph): Paragraph {
  const indent = { firstLine: 10 * MM };
  const spacing = { before: 60, after: 60, line: 312 };
  switch (paragraph.kind) {
    case 'section':
      return new Paragraph({
        spacing: { before: 160, after: 80 },
        children: [run(paragraph.text, { bold: true })],
      });
    case 'headline':
      return new Paragraph({
        indent,
        spacing,
        alignment: AlignmentType.JUSTIFIED,
        children: [run(paragraph.text, { bold: true })],
      });
    default:
      return new Paragraph({
        indent,
        spacing,
        alignment: AlignmentType.JUSTIFIED,
        children: [run(paragraph.text)],
      });
  }
}

/** `Nơi nhận` on the left in the party's style; `T/M ĐẢNG ỦY`, the title and the name on the right. */
function signature(report: ResultsReport): Table {
  const { signature: s, recipients } = report;
  const left = [
    new Paragraph({
      children: [run(recipients.title, { size: SMALL, underline: { type: UnderlineType.SINGLE } })],
    }),
    ...recipients.lines.map((line) => new Paragraph({ children: [run(line, { size: SMALL })] })),
  ];
  const right = [
    centred(s.onBehalf, { bold: true }),
    centred(s.title, { bold: true }),
    centred(s.hint, { italics: true, size: SMALL }),
    centred(''),
    centred(''),
    centred(''),
    centred(s.name ?? '', { bold: true }),
  ];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 50), cell(right, 50)] })],
  });
}

/** Column shares of the appendix table, landscape: the indicator's name gets the most room. */
const APPENDIX_WIDTHS = [6, 38, 12, 12, 12, 10, 10];

function appendix(report: ResultsReport): (Paragraph | Table)[] {
  const a = report.appendix;
  const cell = (
    text: string,
    width: number,
    options: Omit<IRunOptions, 'text'> = {},
    align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
    span = 1,
  ) =>
    new TableCell({
      columnSpan: span,
      width: { size: width, type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlign.CENTER,
      borders: { top: THIN, bottom: THIN, left: THIN, right: THIN },
      children: [new Paragraph({ alignment: align, children: [run(text, { size: SMALL, ...options })] })],
    });
  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      children: a.columns.map((title, i) =>
        cell(title, APPENDIX_WIDTHS[i], { bold: true }, AlignmentType.CENTER),
      ),
    }),
  ];
  for (const row of a.rows) {
    if (row.group)
      rows.push(
        new TableRow({
          children: [cell(row.group, 100, { bold: true }, AlignmentType.LEFT, a.columns.length)],
        }),
      );
    const texts = [String(row.index), row.name, row.unit, row.target, row.value, row.percent, row.verdict];
    rows.push(
      new TableRow({
        cantSplit: true,
        children: texts.map((text, i) =>
          cell(
            text,
            APPENDIX_WIDTHS[i],
            i === 6 ? { bold: true } : {},
            i === 1 ? AlignmentType.LEFT : i >= 3 && i <= 5 ? AlignmentType.RIGHT : AlignmentType.CENTER,
          ),
        ),
      }),
    );
  }
  return [
    centred(a.heading, { bold: true }),
    centred(a.title, { bold: true }),
    centred(a.reference, { italics: true }, 200),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
  ];
}

/** The results report as a Word document: the report in portrait, the appendix in landscape. */
export function reportDocument(report: ResultsReport): Document {
  return new Document({
    creator: 'resolution-targets',
    title: `${report.kind} ${report.summaryLine}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGINS } },
        children: [
          header(report),
          centred(''),
          centred(report.kind, { bold: true, size: 32 }),
          centred(report.summaryLine, { bold: true }),
          centred('-----', {}, 200),
          ...report.body.map(bodyParagraph),
          centred(''),
          signature(report),
        ],
      },
      {
        properties: {
          // docx swaps width and height itself for a landscape page.
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGINS.left, bottom: MARGINS.right, left: MARGINS.top, right: MARGINS.bottom },
          },
        },
        children: appendix(report),
      },
    ],
  });
}

/** The .docx file's bytes; works in Node and in the browser. */
export async function reportDocxBytes(report: ResultsReport): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(report)));
}
