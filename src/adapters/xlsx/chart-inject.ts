import type JSZip from 'jszip';
import type { ReportPlan } from '../../core/report-plan';
import {
  addContentTypes,
  editZip,
  escapeXml,
  firstFree,
  insertBefore,
  nextRelationshipId,
  relationshipPart,
  sheetRelationshipId,
  text,
} from './zip-parts';

type Chart = NonNullable<ReportPlan['chart']>;

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const REL_TYPE = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};
const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

/**
 * ExcelJS cannot write charts, so the report's chart is added to the zip ExcelJS wrote: a chart
 * part (columns of % of target, a line at 100%), a drawing anchoring it on the sheet, and their
 * relationships and content types. The chart refers to the sheet's cells and carries their values
 * as a cache, so it shows in programs that do not recalculate.
 */
export async function injectChart(bytes: Buffer, sheetName: string, chart: Chart): Promise<Buffer> {
  return editZip(bytes, async (zip) => {
    const sheetPart = await partOfSheet(zip, sheetName);
    const n = firstFree(zip, (i) => `xl/charts/chart${i}.xml`);
    const d = firstFree(zip, (i) => `xl/drawings/drawing${i}.xml`);
    const quoted = `'${sheetName.replace(/'/g, "''")}'`;

    zip.file(`xl/charts/chart${n}.xml`, chartXml(chart, quoted));
    zip.file(`xl/drawings/drawing${d}.xml`, drawingXml(chart));
    zip.file(
      `xl/drawings/_rels/drawing${d}.xml.rels`,
      relsXml([{ id: 'rId1', type: REL_TYPE.chart, target: `../charts/chart${n}.xml` }]),
    );

    const sheetRelsPath = sheetPart.replace(/([^/]+)$/, '_rels/$1.rels');
    const existingRels = await zip.file(sheetRelsPath)?.async('string');
    const rid = nextRelationshipId(existingRels ?? '');
    const relation = `<Relationship Id="${rid}" Type="${REL_TYPE.drawing}" Target="../drawings/drawing${d}.xml"/>`;
    zip.file(
      sheetRelsPath,
      existingRels
        ? insertBefore(existingRels, '</Relationships>', relation)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${relation}</Relationships>`,
    );

    let sheetXml = await text(zip, sheetPart);
    if (!/xmlns:r="/.test(sheetXml))
      sheetXml = sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${NS.r}" `);
    // The schema fixes the order of a worksheet's children: <drawing> comes before these.
    const later = [
      '<legacyDrawing',
      '<legacyDrawingHF',
      '<picture',
      '<oleObjects',
      '<controls',
      '<webPublishItems',
      '<tableParts',
      '<extLst',
      '</worksheet>',
    ];
    const at = Math.min(...later.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
    zip.file(sheetPart, `${sheetXml.slice(0, at)}<drawing r:id="${rid}"/>${sheetXml.slice(at)}`);

    await addContentTypes(zip, [
      { part: `xl/charts/chart${n}.xml`, type: CONTENT_TYPE.chart },
      { part: `xl/drawings/drawing${d}.xml`, type: CONTENT_TYPE.drawing },
    ]);
  });
}

async function partOfSheet(zip: JSZip, sheetName: string): Promise<string> {
  const rid = sheetRelationshipId(await text(zip, 'xl/workbook.xml'), sheetName);
  const part = rid && relationshipPart(await text(zip, 'xl/_rels/workbook.xml.rels'), rid);
  if (!part) throw new Error(`sheet ${sheetName} not found in the package`);
  return part;
}

function relsXml(items: { id: string; type: string; target: string }[]): string {
  const body = items
    .map((item) => `<Relationship Id="${item.id}" Type="${item.type}" Target="${item.target}"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${body}</Relationships>`;
}

function drawingXml(chart: Chart): string {
  const { fromRow, toRow, toColumn } = chart.anchor;
  const marker = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(0, fromRow - 1)}</xdr:from><xdr:to>${marker(toColumn, toRow)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function richText(value: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(value)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function chartXml(chart: Chart, sheet: string): string {
  const strCache = (values: string[]) =>
    `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
  const numCache = (values: number[]) =>
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache>`;
  const categories = `<c:cat><c:strRef><c:f>${sheet}!${chart.labels}</c:f>${strCache(chart.points.map((p) => p.label))}</c:strRef></c:cat>`;
  const series = (index: number, name: string, range: string, values: number[], look: string) =>
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeXml(name)}</c:v></c:tx>${look}${categories}` +
    `<c:val><c:numRef><c:f>${sheet}!${range}</c:f>${numCache(values)}</c:numRef></c:val>`;
  const solid = (hex: string) => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
  const bars =
    series(
      0,
      chart.seriesNames.values,
      chart.values,
      chart.points.map((p) => p.percent),
      `<c:spPr>${solid('4472C4')}</c:spPr><c:invertIfNegative val="0"/>`,
    ) +
    `<c:dLbls><c:numFmt formatCode="0" sourceLinked="0"/><c:spPr><a:noFill/></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls></c:ser>`;
  const line =
    series(
      1,
      chart.seriesNames.line,
      chart.line,
      chart.points.map(() => 100),
      `<c:spPr><a:ln w="28575">${solid('C00000')}<a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`,
    ) + `<c:smooth val="0"/></c:ser>`;
  const axes = '<c:axId val="500001"/><c:axId val="500002"/>';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars}<c:gapWidth val="60"/>${axes}</c:barChart>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${line}<c:marker val="1"/>${axes}</c:lineChart>` +
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:txPr><a:bodyPr rot="-2700000" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `<c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="3175">${solid('D9D9D9')}</a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>`
  );
}
