// A workbook typed in traditional characters (繁体): every text cell and tab name of the chosen tabs converted
// with OpenCC's cn → t converter (phrases and all, as a page scraped from a traditional site would read).
import ExcelJS from 'exceljs';
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** Text converted cn → t (phrases too). */
export function traditional(text: string): string {
  return toTraditional(text);
}

/**
 * `from` written to `to` with the text of the tabs `which` picks (by their simplified name) in traditional
 * characters, tab names included.
 */
export async function traditionalWorkbook(
  from: string,
  to: string,
  which: (tab: string) => boolean = () => true,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  for (const ws of wb.worksheets) {
    if (!which(ws.name)) continue;
    ws.name = toTraditional(ws.name);
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = toTraditional(cell.value);
      });
    });
  }
  await wb.xlsx.writeFile(to);
}
