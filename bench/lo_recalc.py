#!/usr/bin/python3
# LibreOffice as the second peer: load a formula workbook in a headless soffice on a private profile
# and time a full recalculation (calculateAll) through the UNO bridge. Started and stopped here.
#   /usr/bin/python3 bench/lo_recalc.py <workbook.xlsx> <deadline seconds>
# Prints one JSON line: load and recalculation milliseconds, and the 汇总 tab's values after it.
# Needs the system python (Debian's python3-uno puts `uno` there, not in a pyenv or venv python).
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno  # noqa: F401  (registers the bridge; the com.sun.star imports below need it)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Deadline(Exception):
    pass


def on_alarm(_signum, _frame):
    raise Deadline()


def main():
    path = os.path.abspath(sys.argv[1])
    deadline = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    signal.signal(signal.SIGALRM, on_alarm)
    # A SIGTERM from the bench's timeout unwinds through finally, so soffice is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(3))
    signal.alarm(deadline)
    profile = tempfile.mkdtemp(prefix='zugong-lo-profile-')
    pipe = f'zugong_bench_{os.getpid()}'
    office = None
    desktop = None
    result = {'ok': False}
    try:
        t_start = time.perf_counter()
        office = subprocess.Popen(
            [
                '/usr/bin/soffice',
                f'-env:UserInstallation=file://{profile}',
                '--headless',
                '--invisible',
                '--nologo',
                '--norestore',
                '--nodefault',
                '--nolockcheck',
                f'--accept=pipe,name={pipe};urp;StarOffice.ComponentContext',
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: stopped whole in finally
        )
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        ctx = None
        while ctx is None:
            try:
                ctx = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
            except NoConnectException:
                if office.poll() is not None:
                    raise RuntimeError(f'soffice exited with {office.returncode} before accepting')
                time.sleep(0.2)
        result['startMs'] = (time.perf_counter() - t_start) * 1000
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        t0 = time.perf_counter()
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), '_blank', 0, (prop('Hidden', True),))
        t1 = time.perf_counter()
        doc.calculateAll()
        t2 = time.perf_counter()
        sheets = doc.Sheets
        ledger = sheets.getByName('台账')
        summary = sheets.getByName('汇总')
        used = summary.createCursor()
        used.gotoEndOfUsedArea(False)
        last_row = used.RangeAddress.EndRow
        last_col = used.RangeAddress.EndColumn
        data = summary.getCellRangeByPosition(0, 0, last_col, last_row).getDataArray()
        # Every row's points (the 积分 helper column, the ledger's last), for the row-by-row check.
        lused = ledger.createCursor()
        lused.gotoEndOfUsedArea(False)
        lend = lused.RangeAddress
        points = ledger.getCellRangeByPosition(lend.EndColumn, 1, lend.EndColumn, lend.EndRow).getDataArray()
        # One edit an office makes all day (a 字数 crossing 1000) and the recalculation it triggers.
        edit_row = int(sys.argv[3]) if len(sys.argv) > 3 else 1
        edit_col = int(sys.argv[4]) if len(sys.argv) > 4 else 0
        t3 = time.perf_counter()
        ledger.getCellByPosition(edit_col, edit_row).setValue(1500)
        doc.calculate()
        t4 = time.perf_counter()
        doc.close(True)
        result.update(
            ok=True,
            loadMs=(t1 - t0) * 1000,
            recalcMs=(t2 - t1) * 1000,
            editMs=(t4 - t3) * 1000,
            summary=[list(r) for r in data],
            rowPoints=[r[0] for r in points],
        )
    except Deadline:
        result['error'] = f'deadline of {deadline} s passed'
    except Exception as e:  # noqa: BLE001  (reported as JSON; the bench prints it)
        result['error'] = f'{type(e).__name__}: {e}'
    finally:
        signal.alarm(0)
        if desktop is not None:
            try:
                desktop.terminate()
            except Exception:  # noqa: BLE001  (a disposed bridge is the normal end)
                pass
        if office is not None:
            try:
                office.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            # The whole group: /usr/bin/soffice is a script whose soffice.bin may outlive it.
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(office.pid, sig)
                    time.sleep(0.5)
                except ProcessLookupError:
                    break
        shutil.rmtree(profile, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == '__main__':
    main()
