#!/usr/bin/env python3
# Writes the files of test/fixtures/messy/ that other programs make, with those programs (the rest come
# from make-messy-fixtures.ts): the clean ledger (clean.xlsx) as openpyxl 3.1 and XlsxWriter 3 save it
# with formulas (pandas' two engines: no results, fullCalcOnLoad), as LibreOffice saves the same after
# recalculating, as LibreOffice exports it to CSV with "save cell formulas", with dates as JavaScript's
# toISOString() texts, and with the shared strings under the part name a "3rdparty" writer gives them.
#   python3 scripts/make-writer-fixtures.py        (needs openpyxl, xlsxwriter, and soffice on PATH)
import datetime, os, shutil, subprocess, tempfile, zipfile

import openpyxl
import xlsxwriter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'messy')
FIXED = datetime.datetime(2024, 1, 1)

src = openpyxl.load_workbook(os.path.join(OUT, 'clean.xlsx'))
rows = [list(r) for r in src.worksheets[0].iter_rows(values_only=True)]
header, data = rows[0], rows[1:]
col = {h: i for i, h in enumerate(header)}
letter = {h: openpyxl.utils.get_column_letter(i + 1) for h, i in col.items()}


def formulas():
    """Each cell's formula where an office would keep one: the unit and the outlet as 'same as above', a
    rounded 字数, and a 备注 that is "" unless the 字数 is absurd (an empty text result)."""
    out = {}
    for i, row in enumerate(data):
        r = i + 2
        for name in ('单位', '媒体'):
            c = col[name]
            if i > 0 and row[c] is not None and row[c] == data[i - 1][c]:
                out[(r, c)] = f'={letter[name]}{r - 1}'
        if isinstance(row[col['字数']], (int, float)) and row[col['字数']] > 1000 and i % 3 == 0:
            out[(r, col['字数'])] = f'=ROUND({row[col["字数"]]},0)'
        if i % 10 == 0 and row[col['备注']] is None:
            out[(r, col['备注'])] = f'=IF({letter["字数"]}{r}>99999,"字数有误","")'
    return out


FORMULAS = formulas()


def openpyxl_book(path, value=lambda r, c, v: v, formulas=FORMULAS):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '稿件台账'
    ws.append(header)
    for i, row in enumerate(data):
        ws.append([formulas.get((i + 2, c), value(i + 2, c, v)) for c, v in enumerate(row)])
        for c, v in enumerate(row):
            if isinstance(ws.cell(i + 2, c + 1).value, datetime.datetime):
                ws.cell(i + 2, c + 1).number_format = 'yyyy-mm-dd'
    wb.properties.created = wb.properties.modified = FIXED
    wb.save(path)


def xlsxwriter_book(path):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({'created': FIXED})
    ws = wb.add_worksheet('稿件台账')
    day = wb.add_format({'num_format': 'yyyy-mm-dd'})
    ws.write_row(0, 0, header)
    for i, row in enumerate(data):
        for c, v in enumerate(row):
            f = FORMULAS.get((i + 2, c))
            if f:
                ws.write_formula(i + 1, c, f)
            elif isinstance(v, datetime.datetime):
                ws.write_datetime(i + 1, c, v, day)
            elif v is not None:
                ws.write(i + 1, c, v)
    wb.close()


def soffice(src_path, target, out_dir):
    subprocess.run(['soffice', '--headless', '--convert-to', target, '--outdir', out_dir, src_path],
                   check=True, capture_output=True)


def iso_utc(r, c, v):
    # JavaScript's toISOString() of the Shanghai midnight: 2024-01-01 → 2023-12-31T16:00:00.000Z.
    if not isinstance(v, datetime.datetime):
        return v
    return (v - datetime.timedelta(hours=8)).strftime('%Y-%m-%dT%H:%M:%S.000Z')


def rename_part(src_path, dst_path, old, new):
    with zipfile.ZipFile(src_path) as z, zipfile.ZipFile(dst_path, 'w', zipfile.ZIP_DEFLATED) as out:
        for item in z.infolist():
            data_ = z.read(item.filename)
            name = new if item.filename == old else item.filename
            if item.filename in ('xl/_rels/workbook.xml.rels', '[Content_Types].xml'):
                data_ = data_.replace(old.split('/')[-1].encode(), new.split('/')[-1].encode())
            out.writestr(name, data_)


with tempfile.TemporaryDirectory() as tmp:
    openpyxl_book(os.path.join(OUT, 'formulas-openpyxl.xlsx'))
    xlsxwriter_book(os.path.join(OUT, 'formulas-xlsxwriter.xlsx'))
    # LibreOffice opens the openpyxl file, computes the formulas and saves their results.
    shutil.copy(os.path.join(OUT, 'formulas-openpyxl.xlsx'), os.path.join(tmp, 'formulas-libreoffice.xlsx'))
    lo = os.path.join(tmp, 'lo')
    soffice(os.path.join(tmp, 'formulas-libreoffice.xlsx'), 'xlsx:Calc MS Excel 2007 XML', lo)
    shutil.copy(os.path.join(lo, 'formulas-libreoffice.xlsx'), os.path.join(OUT, 'formulas-libreoffice.xlsx'))
    # CSV with , " UTF-8, and "save cell formulas" (the last option): the formulas' text, not results.
    shutil.copy(os.path.join(OUT, 'formulas-libreoffice.xlsx'), os.path.join(tmp, 'formulas-exported.xlsx'))
    soffice(os.path.join(tmp, 'formulas-exported.xlsx'), 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,true', lo)
    shutil.copy(os.path.join(lo, 'formulas-exported.csv'), os.path.join(OUT, 'formulas-exported.csv'))
openpyxl_book(os.path.join(OUT, 'dates-iso-utc.xlsx'), iso_utc, {})
rename_part(os.path.join(OUT, 'clean.xlsx'), os.path.join(OUT, 'sharedstrings-capital.xlsx'),
            'xl/sharedStrings.xml', 'xl/SharedStrings.xml')
