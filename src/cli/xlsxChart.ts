// Native charts in a saved .xlsx: exceljs writes none, so the chart part (DrawingML), a drawing that
// anchors it and the relationships are added to the package after it is written. Working on the saved
// zip keeps it independent of how the sheets were serialised (the streaming writer included).
//
// Decisions:
// - A clustered column chart of the ChartSpec's block: the first column the categories (1月…12月), each
//   further column a series named by its header cell; blank cells (months to come) are gaps.
// - The parts follow ECMA-376 Part 1 §21.2 (chart) and §20.5 (spreadsheet drawing); Excel, WPS and
//   LibreOffice open them. The chart reads its numbers from the cells (no cached copy to go stale).
import JSZip from 'jszip';
import { xmlText } from '../core/text';
import { colLetters } from '../sheets/a1';
import type { ChartSpec } from '../sheets/model';

export interface PlacedChart {
  sheet: string;
  spec: ChartSpec;
}

const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const EMU_PER_PX = 9525;

/** Text in a chart part: escaped, without what XML cannot carry (a chart title holds a tab or unit name). */
function xmlEscape(s: string): string {
  return xmlText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 'Sheet name'!$A$1:$A$12, quoted as Excel quotes a sheet name. */
function ref(sheet: string, col: number, row1: number, row2: number): string {
  const c = colLetters(col);
  return `'${sheet.replace(/'/g, "''")}'!$${c}$${row1}:$${c}$${row2}`;
}

/** The chart part: a clustered column chart over the spec's data block. */
export function chartXml(sheet: string, spec: ChartSpec): string {
  const { row, col, rows, cols } = spec.data;
  const first = row + 1;
  const last = row + rows - 1;
  const barDir = spec.kind === 'bar' ? 'bar' : 'col';
  const colors = ['1F4E79', 'A6A6A6', '38761D', 'E69138'];
  const series = [];
  for (let k = 1; k < cols; k++) {
    const c = col + k;
    series.push(
      `<c:ser><c:idx val="${k - 1}"/><c:order val="${k - 1}"/>` +
        `<c:tx><c:strRef><c:f>${xmlEscape(ref(sheet, c, row, row))}</c:f></c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${colors[(k - 1) % colors.length]}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${xmlEscape(ref(sheet, col, first, last))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlEscape(ref(sheet, c, first, last))}</c:f></c:numRef></c:val>` +
        `</c:ser>`,
    );
  }
  const chart =
    spec.kind === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join('')}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>`
      : `<c:barChart><c:barDir val="${barDir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}<c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1200" b="1"/><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${chart}` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part: one graphic frame per chart, anchored at its cell with its size in pixels. */
function drawingXml(charts: { spec: ChartSpec; rid: string }[]): string {
  const anchors = charts.map(({ spec, rid }, i) => {
    const col = spec.anchor.col - 1;
    const row = spec.anchor.row - 1;
    const cx = (spec.width ?? 600) * EMU_PER_PX;
    const cy = (spec.height ?? 300) * EMU_PER_PX;
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${cx}" cy="${cy}"/>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="图表 ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rid}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">` +
    `${anchors.join('')}</xdr:wsDr>`
  );
}

function rels(items: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    items.map((r) => `<Relationship Id="${r.id}" Type="${NS_R}/${r.type}" Target="${r.target}"/>`).join('') +
    `</Relationships>`
  );
}

/** The worksheet part of each sheet name, from xl/workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const wbRels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of wbRels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  const xmlText = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name !== undefined && target) out.set(xmlText(name), `xl/${target}`);
  }
  return out;
}

/** Add the charts to the .xlsx bytes; returns the new bytes. Throws when a sheet is not found. */
export async function addCharts(bytes: Buffer, charts: PlacedChart[]): Promise<Buffer> {
  if (charts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.spec]);
  let chartNo = 0;
  let drawingNo = 0;
  while (zip.file(`xl/charts/chart${chartNo + 1}.xml`)) chartNo++;
  while (zip.file(`xl/drawings/drawing${drawingNo + 1}.xml`)) drawingNo++;
  for (const [sheet, specs] of bySheet) {
    const part = parts.get(sheet);
    const file = part ? zip.file(part) : null;
    if (!part || !file) throw new Error(`no worksheet part for ${sheet}`);
    drawingNo++;
    const drawing = `xl/drawings/drawing${drawingNo}.xml`;
    const placed = specs.map((spec, i) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet, spec));
      types = types.replace(
        '</Types>',
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CHART_TYPE}"/></Types>`,
      );
      return { spec, rid: `rId${i + 1}`, target: `../charts/chart${chartNo}.xml` };
    });
    zip.file(drawing, drawingXml(placed));
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      rels(placed.map((p) => ({ id: p.rid, type: 'chart', target: p.target }))),
    );
    types = types.replace(
      '</Types>',
      `<Override PartName="/${drawing}" ContentType="${DRAWING_TYPE}"/></Types>`,
    );
    // The sheet's relationship to its drawing, and the <drawing> element in schema order.
    const relsPath = part.replace(/worksheets\/([^/]+)$/, 'worksheets/_rels/$1.rels');
    const existing = (await zip.file(relsPath)?.async('string')) ?? rels([]);
    const rid = `rIdChart${drawingNo}`;
    zip.file(
      relsPath,
      existing.replace(
        '</Relationships>',
        `<Relationship Id="${rid}" Type="${NS_R}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
      ),
    );
    let xml = await file.async('string');
    if (!/xmlns:r=/.test(xml.slice(0, 600)))
      xml = xml.replace('<worksheet ', `<worksheet xmlns:r="${NS_R}" `);
    const after =
      /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
        xml,
      );
    const at = after ? after.index : xml.lastIndexOf('</worksheet>');
    xml = `${xml.slice(0, at)}<drawing r:id="${rid}"/>${xml.slice(at)}`;
    zip.file(part, xml);
  }
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
