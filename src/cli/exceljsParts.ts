// The parts of exceljs the command line uses, imported one by one: its index also loads the streaming
// reader (unzipper and its dependencies), more than half of its load time, which we never use (our own
// xlsxReader.ts reads). Typed as the package's own declarations (exceljsModules.d.ts).
import enums from 'exceljs/lib/doc/enums.js';
import WorkbookClass from 'exceljs/lib/doc/workbook.js';
import WorkbookWriterClass from 'exceljs/lib/stream/xlsx/workbook-writer.js';

export const Workbook = WorkbookClass;
export const WorkbookWriter = WorkbookWriterClass;
export const ValueType = enums.ValueType;
