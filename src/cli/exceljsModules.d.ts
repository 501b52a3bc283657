// exceljs' files as exceljsParts.ts imports them, typed as its index declares them.
declare module 'exceljs/lib/doc/enums.js' {
  import type ExcelJS from 'exceljs';

  const enums: { ValueType: typeof ExcelJS.ValueType };
  export default enums;
}
declare module 'exceljs/lib/doc/workbook.js' {
  import type ExcelJS from 'exceljs';

  const Workbook: typeof ExcelJS.Workbook;
  export default Workbook;
}
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type ExcelJS from 'exceljs';

  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
