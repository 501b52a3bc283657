#!/usr/bin/env python3
# Writes the files of test/fixtures/messy/ for re-sweep S19o (N1–N5): the clean ledger as offices keep it,
# saved by openpyxl 3.1 with its inline strings turned into a shared-string table as Excel writes them
# (to_shared, from the sweeps' sst.py):
#   coauthor-columns-openpyxl.xlsx  作者 | 第二署名: each "A、B" of 作者 split over the two columns;
#   header-units-openpyxl.xlsx      字数/千字 and 视频时长（秒）: the same numbers in those units;
#   subtotal-lines-openpyxl.xlsx    N月小计 after each month, 小计 with its unit repeated, 分类汇总 计数 lines;
#   formulas-unread-openpyxl.xlsx   序号 =ROW()-1, a 合计 line of SUBTOTALs and a 汇总 tab, no formula read.
#   python3 scripts/make-office-lines-fixtures.py        (needs openpyxl)
import datetime, os, re, shutil, zipfile

import openpyxl

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'messy')
FIXED = datetime.datetime(2024, 1, 1)

src = openpyxl.load_workbook(os.path.join(OUT, 'clean.xlsx'))
rows = [list(r) for r in src.worksheets[0].iter_rows(values_only=True)]
header, data = rows[0], rows[1:]
col = {h: i for i, h in enumerate(header)}


def to_shared(path):
    """openpyxl's inline strings (t="inlineStr") as a shared-string table, as Excel writes workbooks."""
    z = zipfile.ZipFile(path)
    items = [(i, z.read(i.filename)) for i in z.infolist()]
    z.close()
    sst, idx = [], {}

    def sub(m):
        inner = m.group(3)
        if inner not in idx:
            idx[inner] = len(sst)
            sst.append(inner)
        return f'<c r="{m.group(1)}"{m.group(2)} t="s"><v>{idx[inner]}</v></c>'

    out = []
    for info, raw in items:
        if info.filename.startswith('xl/worksheets/sheet'):
            raw = re.sub(r'<c r="([A-Z]+\d+)"((?: s="\d+")?) t="inlineStr"><is>(.*?)</is></c>', sub,
                         raw.decode('utf8'), flags=re.S).encode('utf8')
        out.append((info, raw))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
           'spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
           % (len(sst), len(sst), ''.join(f'<si>{s}</si>' for s in sst)))
    tmp = path + '.tmp'
    with zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zo:
        for info, raw in out:
            if info.filename == '[Content_Types].xml':
                raw = raw.decode().replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode()
            if info.filename == 'xl/_rels/workbook.xml.rels':
                raw = raw.decode().replace('</Relationships>', '<Relationship Id="rIdSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>').encode()
            zo.writestr(info, raw)
        zo.writestr('xl/sharedStrings.xml', xml)
    shutil.move(tmp, path)


def save(name, head, lines, more_tabs=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '稿件台账'
    ws.append(head)
    for line in lines:
        ws.append(line)
    for r in ws.iter_rows(min_row=2):
        for c in r:
            if isinstance(c.value, datetime.datetime):
                c.number_format = 'yyyy-mm-dd'
    for title, tab_rows in more_tabs:
        extra = wb.create_sheet(title)
        for line in tab_rows:
            extra.append(line)
    wb.properties.created = wb.properties.modified = FIXED
    path = os.path.join(OUT, name)
    wb.save(path)
    to_shared(path)


# N1: the second author under 第二署名.
a = col['作者']
split = []
for row in data:
    names = (row[a] or '').split('、')
    split.append(row[:a + 1] + [None] + row[a + 1:])
    if len(names) > 1:
        split[-1][a] = names[0]
        split[-1][a + 1] = '、'.join(names[1:])
save('coauthor-columns-openpyxl.xlsx', header[:a + 1] + ['第二署名'] + header[a + 1:], split)

# N2: the lengths in the units their headers name.
k, m = col['字数'], col['时长(分钟)']
units = [list(r) for r in data]
for r in units:
    if isinstance(r[k], (int, float)):
        r[k] = r[k] / 1000
    if isinstance(r[m], (int, float)):
        r[m] = r[m] * 60
head = list(header)
head[k], head[m] = '字数/千字', '视频时长（秒）'
save('header-units-openpyxl.xlsx', head, units)

# N3, N4: subtotal lines as offices type them and as 分类汇总 (计数) writes them.
d, u, t = col['报送日期'], col['单位'], col['标题']
lines, month, chars = [], None, 0
blank = [None] * len(header)
for row in data:
    day = row[d] or row[col['录用日期']] or row[col['事件日期']]
    if month is not None and day.month != month:
        lines.append([f'{month}月小计' if i == t else chars if i == k else None for i in range(len(header))])
        chars = 0
    month = day.month
    chars += row[k] if isinstance(row[k], (int, float)) else 0
    lines.append(list(row))
lines.append([f'{month}月小计' if i == t else chars if i == k else None for i in range(len(header))])
unit = data[0][u]
lines.append(['小计' if i == t else unit if i == u else 1257 if i == k else None for i in range(len(header))])
lines.append([3 if i == t else f'{unit} 计数' if i == u else None for i in range(len(header))])
lines.append([len(data) if i == t else '总计数' if i == u else None for i in range(len(header))])
save('subtotal-lines-openpyxl.xlsx', header, lines)

# N5: formulas no scored cell reads: 序号, the SUBTOTALs of a 合计 line, a 汇总 tab.
n = len(data) + 1
letter = openpyxl.utils.get_column_letter
seq = [['=ROW()-1'] + list(r) for r in data]
total = ['', '合计'] + [None] * len(header)
total[u + 1] = f'=SUBTOTAL(103,{letter(u + 2)}2:{letter(u + 2)}{n})'
total[k + 1] = f'=SUBTOTAL(109,{letter(k + 2)}2:{letter(k + 2)}{n})'
summary = [['月份', '篇数'], ['1月', f'=COUNTIF(稿件台账!{letter(u + 2)}:{letter(u + 2)},"*")']]
save('formulas-unread-openpyxl.xlsx', ['序号'] + list(header), seq + [total], [('汇总', summary)])
