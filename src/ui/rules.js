// @ts-check
// The 规则与预设 (rules) page's script, inlined into src/ui/规则与预设 (rules).html by scripts/pages.mjs. tsc checks it
// (src/ui/tsconfig.json): call() knows each server function's arguments and result (src/addon/main.ts),
// and the JSDoc types below come from src/addon/sidebar/types.ts, the contracts the server returns.
/** @typedef {import('../addon/sidebar/types').RulesStatus} RulesStatus */
(() => {
  'use strict';
  /* @page-helpers */
  function setStatus(text, kind) {
    $('status').textContent = text;
    $('status').className = `status${kind ? ` ${kind}` : ''}`;
  }

  let presetsLoaded = false;

  /** @param {RulesStatus} s */
  function renderStatus(s) {
    $('preset-name').textContent = s.preset;
    if (!presetsLoaded) {
      s.presets.forEach((p) => {
        const o = document.createElement('option');
        o.value = p.name;
        o.textContent = p.title;
        $('preset').appendChild(o);
      });
      presetsLoaded = true;
    }
    $('summary').textContent = s.errorCount > 0
      ? `发现 ${s.errorCount} 处错误：请按单元格位置改正后点“重新检查”`
      : '规则表没有发现错误';
    $('summary').className = s.errorCount > 0 ? 'error' : 'gray';
    const list = $('tables');
    list.textContent = '';
    s.tables.forEach((t) => {
      const li = el('li');
      li.setAttribute('data-table', t.table);
      const head = el('div', 'head');
      head.appendChild(el('span', 'name', t.table));
      let badge;
      if (t.errors.length) badge = el('span', 'badge bad', `${t.errors.length} 处错误`);
      else if (t.table === '人员' && t.rows === 0) badge = el('span', 'badge empty', '未列人员：作者计入所填单位');
      else if (!t.present) badge = el('span', 'badge empty', '缺少此表，使用预设');
      else if (t.empty && t.usesPreset) badge = el('span', 'badge empty', '空表，使用预设');
      else if (t.empty) badge = el('span', 'badge empty', '空表：不设此项');
      // Not empty (填充空表 leaves it) though no row is read: a header alone, a title, a row with no header.
      else if (t.rows === 0 && t.usesPreset) badge = el('span', 'badge empty', '没有数据行，使用预设');
      else if (t.rows === 0) badge = el('span', 'badge empty', '没有数据行：不设此项');
      else badge = el('span', 'badge', `${t.rows} 行`);
      head.appendChild(badge);
      li.appendChild(head);
      /** @type {[typeof t.errors, string][]} */
      const lists = [[t.errors, 'errs'], [t.notes || [], 'errs notes']];
      lists.forEach(([items, cls]) => {
        if (!items.length) return;
        const errs = el('ul', cls);
        items.forEach((e) => {
          const item = el('li');
          if (e.cell) {
            // A chip that jumps to the cell, like a 待核实 row in 生成通报.
            const chip = el('button', 'cell', e.cell);
            chip.type = 'button';
            chip.title = `在“${t.table}”表中选中 ${e.cell}`;
            chip.addEventListener('click', () => {
              call('selectRuleCell', t.table, e.cell).then((r) => {
                setStatus(r?.ok ? `已选中“${r.table}”表 ${r.cell}` : (r?.message) || '无法选中', r?.ok ? 'ok' : 'bad');
              }, (err) => { setStatus(failureText(err), 'bad'); });
            });
            item.appendChild(chip);
          }
          item.appendChild(document.createTextNode(e.message));
          errs.appendChild(item);
        });
        li.appendChild(errs);
      });
      list.appendChild(li);
    });
  }

  function load() {
    return call('getRulesStatus').then((s) => {
      if (!s?.ok) throw new PageError((s?.message) || '读取失败');
      renderStatus(s);
      document.body.setAttribute('data-ready', 'true');
    }).catch((err) => {
      setStatus(`无法读取规则表：${failureText(err)}`, 'bad');
      document.body.setAttribute('data-ready', 'error');
    });
  }

  /** The preset the open confirmation names: 确定 applies it, whatever the dropdown shows (sweep S17b F9). */
  let planned = '';

  function hideConfirm() {
    $('confirm').hidden = true;
    $('fill').disabled = false;
    $('preset').disabled = false;
    planned = '';
  }

  $('preset-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const name = $('preset').value;
    $('fill').disabled = true;
    // The choice is fixed while it is planned and confirmed: the list shown is this preset's.
    $('preset').disabled = true;
    setStatus('');
    call('applyPreset', name, false).then((plan) => {
      if (!plan?.ok) { setStatus((plan?.message) || '无法使用该预设', 'bad'); hideConfirm(); return; }
      if (plan.changes.length === 0) { setStatus(plan.message); hideConfirm(); return; }
      planned = name;
      $('confirm-title').textContent = `将用“${plan.preset}”填充以下 ${plan.changes.length} 张表：`;
      const list = $('confirm-list');
      list.textContent = '';
      // Only tables that get rows; one the preset has none for is said apart, never as "（0 行）".
      plan.changes.forEach((c) => {
        list.appendChild(el('li', '', `${c.table + (c.create ? '（新建，' : '（') + c.rows} 行）`));
      });
      const notes = [];
      if (plan.headerOnly.length) notes.push(`只写入表头（预设中没有该表的行）：${plan.headerOnly.join('、')}`);
      if (plan.keptNote) notes.push(plan.keptNote);
      $('confirm-kept').textContent = notes.join('；');
      $('confirm').hidden = false;
      $('confirm-yes').focus();
    }, (err) => { setStatus(failureText(err), 'bad'); hideConfirm(); });
  });

  // A change of preset while a confirmation is open (the dropdown is disabled then) cancels it.
  $('preset').addEventListener('change', () => {
    if ($('confirm').hidden) return;
    hideConfirm();
    setStatus('预设已更换，已取消填充：请再点“填充空表”');
  });

  $('confirm-yes').addEventListener('click', () => {
    if (!planned) return;
    $('confirm-yes').disabled = true;
    setStatus('正在填充…');
    call('applyPreset', planned, true).then((r) => {
      hideConfirm();
      setStatus((r?.message) || '', r?.ok ? 'ok' : 'bad');
      return load();
    }, (err) => { hideConfirm(); setStatus(failureText(err), 'bad'); })
      .then(() => { $('confirm-yes').disabled = false; $('fill').focus(); });
  });
  $('confirm-no').addEventListener('click', () => { hideConfirm(); setStatus('已取消，没有改动任何表'); $('fill').focus(); });
  $('confirm').addEventListener('keydown', (e) => { if (e.key === 'Escape') $('confirm-no').click(); });
  $('recheck').addEventListener('click', () => { setStatus('正在检查…'); load().then(() => { if ($('status').textContent === '正在检查…') setStatus('已重新检查', 'ok'); }); });

  load();
})();
