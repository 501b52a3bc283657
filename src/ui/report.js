// @ts-check
// The 生成通报 (report) page's script, inlined into src/ui/生成通报 (report).html by scripts/pages.mjs. tsc checks it
// (src/ui/tsconfig.json): call() knows each server function's arguments and result (src/addon/main.ts),
// and the JSDoc types below come from src/addon/sidebar/types.ts, the contracts the server returns.
/** @typedef {import('../addon/sidebar/types').ReportResult} ReportResult */
/** @typedef {import('../addon/sidebar/types').ReportInfo['settings']} NoticeSettings */
(() => {
  'use strict';
  /* @page-helpers */
  function pad(n) { return (n < 10 ? '0' : '') + n; }

  const form = $('period-form');
  let sheetName = '';

  for (let m = 1; m <= 12; m++) {
    const o = document.createElement('option');
    o.value = String(m);
    o.textContent = `${m}月`;
    $('month').appendChild(o);
  }

  function kind() { return form.querySelector('input[name=kind]:checked').value; }

  /** A date input's day as [y, m, d] numbers ([] when blank or half typed). */
  function ymd(id) { return $(id).value ? $(id).value.split('-').map(Number) : []; }

  /**
   * A 日期段 whose 起 is after its 止, in the words the server answers with (core/period.ts reversedRange);
   * '' otherwise. Such a range is never labelled nor sent (sweep S17b F11).
   */
  function reversedRange() {
    if (kind() !== 'range') return '';
    const a = ymd('from');
    const b = ymd('to');
    if (a.length !== 3 || b.length !== 3) return '';
    const day = (v) => v[0] * 10000 + v[1] * 100 + v[2];
    if (day(a) <= day(b)) return '';
    const zh = (v) => `${v[0]}年${v[1]}月${v[2]}日`;
    return `起始日期${zh(a)}晚于截止日期${zh(b)}：请把起止日期改正后再生成`;
  }

  /** The period code generateReport takes: 2024, 2024-Q1, 2024-03, 2024-01-01..2024-06-30. */
  function periodCode() {
    const y = $('year').value;
    switch (kind()) {
      case 'year': return y;
      case 'quarter': return `${y}-Q${$('quarter').value}`;
      case 'month': return `${y}-${pad(Number($('month').value))}`;
      default:
        return $('from').value && $('to').value && !reversedRange() ? `${$('from').value}..${$('to').value}` : '';
    }
  }

  const QUARTER_ZH = '一二三四';
  /** The period in words, as core/period.ts labels it (2024年第一季度, 2024年3月, 2024年1月1日至6月30日). */
  function periodLabel() {
    const y = $('year').value;
    switch (kind()) {
      case 'year': return `${y}年`;
      case 'quarter': return `${y}年第${QUARTER_ZH[Number($('quarter').value) - 1]}季度`;
      case 'month': return `${y}年${Number($('month').value)}月`;
      default: {
        const a = $('from').value.split('-').map(Number);
        const b = $('to').value.split('-').map(Number);
        if (a.length !== 3 || b.length !== 3) return '';
        const wholeMonths = a[0] === b[0] && a[2] === 1 && b[2] === new Date(b[0], b[1], 0).getDate();
        if (wholeMonths && a[1] === 1 && b[1] === 6) return `${a[0]}年上半年`;
        if (wholeMonths && a[1] === 7 && b[1] === 12) return `${a[0]}年下半年`;
        return `${a[0]}年${a[1]}月${a[2]}日至${a[0] !== b[0] ? `${b[0]}年` : ''}${b[1]}月${b[2]}日`;
      }
    }
  }

  /**
   * The 文号 template filled for the chosen period, as core/notice.ts issueLine fills it: {年} the first
   * year, {期} the month or quarter number (blank for a year or a range: the office numbers those), {月} {季}
   * {年度} of its end.
   */
  function docNumber(template) {
    const y = Number($('year').value);
    const q = Number($('quarter').value);
    const m = Number($('month').value);
    /** @type {number[][]} [year, month] of the first and the last day */
    let ends;
    switch (kind()) {
      case 'year': ends = [[y, 1], [y, 12]]; break;
      case 'quarter': ends = [[y, 3 * q - 2], [y, 3 * q]]; break;
      case 'month': ends = [[y, m], [y, m]]; break;
      default: ends = [$('from').value, $('to').value].map((v) => v.split('-').map(Number));
    }
    const [from, to] = ends;
    const issue = { quarter: q, month: m }[kind()] ?? '\u3000';
    /** @type {Record<string, unknown>} */
    const fill = { 年: from[0], 期: issue, 月: to[1], 季: Math.floor((to[1] - 1) / 3) + 1, 年度: to[0] };
    return template.replace(/\{(年度|年|期|月|季)\}/g, (_, k) => String(fill[k]));
  }

  function refresh() {
    const k = kind();
    $('range').hidden = k !== 'range';
    $('ym').hidden = k === 'range';
    $('month-block').hidden = k !== 'month';
    $('quarter-block').hidden = k !== 'quarter';
    const code = periodCode();
    const reversed = reversedRange();
    $('code').textContent = reversed || (code ? `通报期间：${periodLabel()}` : '请选择起止日期');
    $('code').className = reversed ? 'code error' : 'gray code';
    ['from', 'to'].forEach((id) => {
      if (reversed) $(id).setAttribute('aria-invalid', 'true');
      else $(id).removeAttribute('aria-invalid');
    });
    // A blank 文号 cell reads as the default template (core/rules/settings.ts DEFAULT_DOC_NUMBER).
    const template = $('s-number').value.trim() || '{年}年第{期}期';
    $('s-number-preview').textContent = code ? `本期：${docNumber(template)}` : '';
  }
  form.addEventListener('change', refresh);

  // ── 通报设置: the 设置 rows the 通报 uses, shown as the server read them and saved when changed ──
  /** @type {HTMLInputElement[]} */
  const fields = Array.prototype.slice.call(document.querySelectorAll('#settings [data-key]'));
  /** @type {Record<string, string>} what 设置 holds, as last read or saved */
  let stored = {};

  function settingsStatus(text, bad) {
    $('settings-status').textContent = text;
    $('settings-status').className = bad ? 'hint error' : 'gray hint';
  }

  /** @param {NoticeSettings} settings */
  function showSettings(settings) {
    stored = { ...settings };
    fields.forEach((f) => {
      f.value = stored[f.getAttribute('data-key') || ''] ?? '';
      f.removeAttribute('aria-invalid');
    });
    refresh();
  }

  /** The fields that differ from 设置: only these are written. */
  function changedSettings() {
    /** @type {Record<string, string>} */
    const changed = {};
    fields.forEach((f) => {
      const key = f.getAttribute('data-key') || '';
      if (f.value.trim() !== (stored[key] ?? '').trim()) changed[key] = f.value;
    });
    return changed;
  }

  $('settings').addEventListener('input', () => {
    settingsStatus(Object.keys(changedSettings()).length > 0 ? '有未保存的修改' : '', false);
    refresh();
  });

  /** Save what changed; resolves '' when saved (or nothing changed), else the reason in Chinese. The typed text stays. */
  function saveSettings() {
    const changed = changedSettings();
    if (Object.keys(changed).length === 0) return Promise.resolve('');
    return call('saveReportSettings', changed).then((r) => {
      if (r?.ok) {
        showSettings(r.settings);
        settingsStatus(r.message, false);
        return '';
      }
      const failure = r || { message: '保存失败', fieldErrors: undefined };
      fields.forEach((f) => {
        if (failure.fieldErrors?.[f.getAttribute('data-key') || '']) f.setAttribute('aria-invalid', 'true');
      });
      settingsStatus(failure.message, true);
      return failure.message;
    }, (err) => {
      settingsStatus(`保存失败：${failureText(err)}`, true);
      return `保存失败：${failureText(err)}`;
    });
  }

  $('save').addEventListener('click', () => {
    setBusy(true);
    saveSettings().then(() => { setBusy(false); });
  });

  function setBusy(on) {
    $('go').disabled = on;
    $('save').disabled = on;
    $('progress').hidden = !on;
    form.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  /** @param {ReportResult['issues']} issues */
  function renderIssues(issues) {
    const list = $('issues');
    list.textContent = '';
    $('issues-section').hidden = issues.length === 0;
    $('issues-title').textContent = `待核实（${issues.length} 行）`;
    issues.forEach((it) => {
      const li = el('li');
      const b = el('button');
      b.type = 'button';
      b.setAttribute('data-row', String(it.row));
      b.appendChild(el('span', 'r', it.tab ? `「${it.tab}」第 ${it.row} 行` : `第 ${it.row} 行`));
      // A notice at a row names no piece: its unit and title are not blank cells to fill.
      b.appendChild(document.createTextNode(` · ${it.notice ? '提示' : it.unit || '未填单位'}`));
      if (!it.notice) b.appendChild(el('span', 't', it.title || '（无标题）'));
      b.appendChild(el('span', 'i', it.issues.join('；')));
      b.addEventListener('click', () => {
        Array.prototype.slice.call(list.querySelectorAll('button.selected')).forEach((x) => { x.classList.remove('selected'); });
        b.classList.add('selected');
        call('selectLedgerRow', it.row, it.tab || '').then((r) => {
          $('status').textContent = r?.ok ? (it.tab ? `已在「${it.tab}」中选中第 ${r.row} 行` : `已在台账中选中第 ${r.row} 行`) : (r?.message) || '无法选中';
        }, (err) => { $('status').textContent = failureText(err); });
      });
      li.appendChild(b);
      list.appendChild(li);
    });
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const code = periodCode();
    if (!code) { $('code').textContent = reversedRange() || '请选择起止日期'; $('from').focus(); return; }
    setBusy(true);
    $('result').hidden = true;
    $('status').textContent = '';
    $('notices').textContent = '';
    // Changed 设置 text is saved first, so the 通报 uses it; when it cannot be saved nothing is generated.
    saveSettings().then((refused) => {
      if (!refused) return call('generateReport', code);
      return { ok: /** @type {const} */ (false), message: `通报未生成：${refused}` };
    }).then((r) => {
      const box = $('result');
      box.hidden = false;
      if (r?.ok) {
        sheetName = r.sheetName;
        box.className = 'result';
        $('result-text').textContent = `已生成${r.period}通报（工作表“${r.sheetName}”）：${r.units} 个单位，${r.rows} 条稿件，待核实 ${r.issues.length} 行。`;
        $('open').hidden = !r.sheetName;
        $('notices').textContent = (r.notices || []).join('；');
        renderIssues(r.issues);
        $('open').focus();
      } else {
        box.className = 'result bad';
        $('result-text').textContent = (r?.message) || '生成失败';
        $('open').hidden = true;
        renderIssues([]);
      }
    }, (err) => {
      $('result').hidden = false;
      $('result').className = 'result bad';
      $('result-text').textContent = `生成失败：${failureText(err)}`;
      $('open').hidden = true;
    }).then(() => { setBusy(false); });
  });

  $('open').addEventListener('click', () => {
    if (!sheetName) return;
    call('showSheet', sheetName).then((r) => {
      $('status').textContent = r?.ok ? `已打开“${sheetName}”` : (r?.message) || '';
    }, (err) => { $('status').textContent = failureText(err); });
  });

  call('getReportInfo').then((info) => {
    if (!info?.ok) throw new PageError((info?.message) || '读取规则失败');
    $('preset-name').textContent = info.preset;
    if (info.ruleErrors > 0) {
      $('preset').appendChild(el('div', 'error', `规则表有 ${info.ruleErrors} 处错误，请先在“规则与预设”中改正`));
    }
    const todayYear = Number(info.today.slice(0, 4));
    const years = [];
    for (let y = Math.min(info.year, todayYear) - 2; y <= Math.max(info.year, todayYear); y++) years.push(y);
    years.forEach((y) => {
      const o = document.createElement('option');
      o.value = String(y);
      o.textContent = `${y}年`;
      $('year').appendChild(o);
    });
    $('year').value = String(info.year);
    showSettings(info.settings);
    const month = info.year === todayYear ? Number(info.today.slice(5, 7)) : 12;
    $('month').value = String(month);
    $('quarter').value = String(Math.floor((month - 1) / 3) + 1);
    $('from').value = `${info.year}-01-01`;
    $('to').value = info.year === todayYear ? info.today : `${info.year}-12-31`;
    refresh();
    document.body.setAttribute('data-ready', 'true');
  }).catch((err) => {
    $('preset-name').textContent = '无法读取';
    $('status').textContent = failureText(err);
    refresh();
    document.body.setAttribute('data-ready', 'error');
  });
  refresh();
})();
