// @ts-check
// The 录入稿件 (entry) page's script, inlined into src/ui/录入稿件 (entry).html by scripts/pages.mjs. tsc checks it
// (src/ui/tsconfig.json): call() knows each server function's arguments and result (src/addon/main.ts),
// and the JSDoc types below come from src/addon/sidebar/types.ts, the contracts the server returns.
/** @typedef {import('../addon/sidebar/types').EntryForm} EntryForm */
/** @typedef {import('../addon/sidebar/types').RowPreview} RowPreview */
/** @typedef {import('../addon/sidebar/types').Failure} Failure */
(() => {
  'use strict';
  /* @page-helpers */
  function fillSelect(select, values, labelOf) {
    values.forEach((v) => {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = labelOf ? labelOf(v) : v;
      select.appendChild(o);
    });
  }
  function num(n) { return Math.round(n * 100) / 100; }

  const form = $('entry');
  const fields = Array.prototype.slice.call(form.querySelectorAll('[data-field]'));
  let authors = [];
  const outletByKey = {};
  let hasEmail = false;

  // Same key as the server's outlet lookup: half width, lower case, no spaces, book-title marks or quotes.
  function outletKey(name) {
    return String(name)
      .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/\u3000/g, ' ')
      .toLowerCase()
      .replace(/[\s《》〈〉<>“”‘’"'「」『』]/g, '');
  }

  // ── tabs ──
  const tabs = [$('tab-entry'), $('tab-mine')];
  function selectTab(tab) {
    tabs.forEach((t) => {
      const on = t === tab;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute('aria-controls')).hidden = !on;
    });
    tab.focus();
    if (tab.id === 'tab-mine') loadMine();
  }
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => { selectTab(t); });
    t.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        selectTab(tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]);
      }
    });
  });

  // ── authors as chips ──
  const authorInput = $('f-author');
  function renderChips() {
    const box = $('chips');
    Array.prototype.slice.call(box.querySelectorAll('.chip')).forEach((c) => { c.remove(); });
    authors.forEach((name, i) => {
      const chip = el('span', i >= 2 ? 'chip extra' : 'chip');
      chip.setAttribute('data-author', name);
      chip.appendChild(el('span', '', name));
      const x = el('button', '', '×');
      x.type = 'button';
      x.setAttribute('aria-label', `删除作者 ${name}`);
      x.addEventListener('click', () => {
        authors.splice(i, 1);
        renderChips();
        authorInput.focus();
        schedulePreview();
      });
      chip.appendChild(x);
      box.insertBefore(chip, authorInput);
    });
    authorInput.placeholder = authors.length ? '' : '姓名，回车添加';
    showAuthorCount(authors.length);
    clearFieldError('作者');
  }
  /** @param {number} n how many authors: the chips', until the server's reading of them is known */
  function showAuthorCount(n) {
    $('author-warn').textContent = n > 2
      ? `共 ${n} 位作者：只有前两位计任务（各 0.5 篇），其余只记录姓名`
      : '';
  }
  // A chip is what the user typed between list separators, spaces kept: the server reads the names as the
  // ledger reads 作者 (王 芳 is one person, 王 芳 李 四 two, a trailing 等 dropped; src/core/entryForm.ts
  // readAuthors), and the preview's 计任务 line shows them as read. One rule, on the server.
  const LIST_SEPARATORS = /[、，,；;/／\n]+/;
  function addAuthors(text) {
    let added = false;
    String(text).split(LIST_SEPARATORS).forEach((n) => {
      n = n.trim();
      if (n && authors.indexOf(n) < 0) { authors.push(n); added = true; }
    });
    if (added) { renderChips(); schedulePreview(); }
  }
  authorInput.addEventListener('keydown', (e) => {
    if (composing(e)) return;
    if ((e.key === 'Enter' || e.key === ',' || e.key === '，' || e.key === '、') && authorInput.value.trim() !== '') {
      e.preventDefault();
      addAuthors(authorInput.value);
      authorInput.value = '';
    } else if (e.key === 'Backspace' && authorInput.value === '' && authors.length > 0) {
      authors.pop();
      renderChips();
      schedulePreview();
    }
  });
  authorInput.addEventListener('blur', () => {
    if (authorInput.value.trim() !== '') { addAuthors(authorInput.value); authorInput.value = ''; }
  });

  // ── outlet type-ahead: the level it implies ──
  function showOutletLevel() {
    const v = $('f-outlet').value.trim();
    const hint = $('outlet-level');
    if (v === '') { hint.textContent = '仅报送未录用时留空'; return; }
    const o = outletByKey[outletKey(v)];
    if (o) hint.textContent = `级别：${o.level}${o.name !== v ? `（${o.name}）` : ''}${o.tags.length ? ` · ${o.tags.join('、')}` : ''}`;
    else hint.textContent = '不在媒体表中：请从列表选择，或在“级别”中指定';
  }
  $('f-outlet').addEventListener('input', showOutletLevel);

  // ── collect, preview, submit ──
  /** @returns {EntryForm} */
  function collect() {
    /** @type {Record<string, string | string[]>} */
    const data = {};
    fields.forEach((f) => {
      let v = f.value;
      // A half-typed date reads as '' in the DOM: send a marker the server reports as an invalid date.
      if (f.type === 'date' && f.validity && f.validity.badInput) v = '无效日期';
      // So does a number field holding text the browser cannot read (1500e, 1.5.0): never sent as blank,
      // but as the marker the server refuses beside the field (core/entryForm.ts BAD_NUMBER).
      if (f.type === 'number' && f.validity && f.validity.badInput) v = '无法识别的数字';
      data[f.getAttribute('data-field')] = typeof v === 'string' ? v.trim() : v;
    });
    const pending = authorInput.value.trim();
    data.作者 = authors.concat(pending ? pending.split(LIST_SEPARATORS).filter(Boolean) : []);
    return data;
  }

  let previewTimer = null;
  let previewSeq = 0;
  function schedulePreview() {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(runPreview, 350);
  }
  function runPreview() {
    const seq = ++previewSeq;
    call('previewRow', collect()).then((p) => {
      if (seq !== previewSeq) return; // a newer edit is on its way
      renderPreview(p);
    }, (err) => {
      if (seq === previewSeq) renderPreview({ ok: false, message: failureText(err) });
    });
  }
  /** What the preview shows before anything is typed. @type {{ ok: true } & RowPreview} */
  const BLANK_PREVIEW = {
    ok: true, empty: true, points: 0, why: '', level: '', outlet: '', mode: '', credit: [], relayPoints: 0,
    quotas: [], issues: [], warnings: [], ruleError: '',
  };
  /** @param {({ ok: true } & RowPreview) | Failure} p */
  function renderPreview(p) {
    const list = $('pv-issues');
    list.textContent = '';
    const quotas = $('pv-quotas');
    quotas.textContent = '';
    quotas.className = 'quotas';
    if (!p?.ok) {
      $('pv-points').textContent = '—';
      $('pv-why').textContent = (p?.message) || '无法预览';
      $('pv-credit').textContent = '';
      return;
    }
    if (p.empty) {
      $('pv-points').textContent = '—';
      $('pv-why').textContent = '填写后显示计分依据';
      $('pv-credit').textContent = '';
    } else {
      $('pv-points').textContent = `${num(p.points)} 分`;
      $('pv-why').textContent = p.why || '';
      $('pv-credit').textContent = p.credit.length
        ? `计任务：${p.credit.map((c) => `${c.name} ${num(c.credit)}`).join('，')}`
        : '';
      if (p.credit.length) showAuthorCount(p.credit.length); // the names as the server read them
      if (p.relayPoints) $('pv-credit').textContent += `（对口处室分得 ${num(p.relayPoints)} 分）`;
      if (!p.ruleError) {
        quotas.textContent = p.quotas.length
          ? `计入指标：${p.quotas.map((q) => (q.weight < 1 ? `${q.name}（折半）` : q.name)).join('、')}`
          : '不计入任何指标：请核对媒体、级别、类别与标签';
        if (!p.quotas.length) quotas.className = 'quotas none';
      }
    }
    (p.issues || []).forEach((t) => { list.appendChild(el('li', 'issue', t)); });
    (p.warnings || []).forEach((t) => { list.appendChild(el('li', 'warning', t)); });
    if (p.ruleError) list.appendChild(el('li', 'warning', p.ruleError));
  }

  /** One field's error and red border, gone as soon as the user changes that field. @param {string} field */
  function clearFieldError(field) {
    const box = document.getElementById(`err-${field}`);
    if (box) box.textContent = '';
    const input = field === '作者' ? $('chips') : form.querySelector(`[data-field="${field.replace(/"/g, '')}"]`);
    if (input) input.removeAttribute('aria-invalid');
    if (field === '作者') authorInput.removeAttribute('aria-invalid');
  }
  /** @param {Event} e */
  function fieldChanged(e) {
    const t = /** @type {HTMLElement} */ (e.target);
    const field = t === authorInput ? '作者' : t.getAttribute?.('data-field');
    if (field) clearFieldError(field);
  }
  function clearErrors() {
    Array.prototype.slice.call(document.querySelectorAll('.field-error')).forEach((e) => { e.textContent = ''; });
    fields.forEach((f) => { f.removeAttribute('aria-invalid'); });
    $('chips').removeAttribute('aria-invalid');
  }
  /** @param {Record<string, string>} errors ledger column → message */
  function showErrors(errors) {
    let first = /** @type {HTMLElement | null} */ (null);
    Object.keys(errors).forEach((field) => {
      const box = document.getElementById(`err-${field}`);
      let input = form.querySelector(`[data-field="${field.replace(/"/g, '')}"]`);
      if (field === '作者') input = authorInput;
      if (box) box.textContent = errors[field];
      else setStatus(`${field}：${errors[field]}`, 'bad');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        if (box?.id) input.setAttribute('aria-describedby', box.id);
        if (input.closest('details')) $('more').open = true;
        if (!first) first = input;
      }
    });
    if (first) first.focus();
  }
  function setStatus(text, kind) {
    const s = $('status');
    s.textContent = text;
    s.className = `status${kind ? ` ${kind}` : ''}`;
  }
  // 报送对象 the form proposes for each unit (RULES §9), replaced on a unit change unless typed over.
  /** @type {Record<string, string>} */
  const usualRecipient = {};
  let proposedRecipient = '';
  function proposeRecipient() {
    const r = /** @type {HTMLInputElement} */ ($('f-recipient'));
    const next = usualRecipient[/** @type {HTMLSelectElement} */ ($('f-unit')).value] || '';
    if (r.value === '' || r.value === proposedRecipient) r.value = next;
    proposedRecipient = next;
  }
  $('f-unit').addEventListener('change', proposeRecipient);
  function resetForm(keepUnit) {
    const unit = $('f-unit').value;
    form.reset();
    if (keepUnit) $('f-unit').value = unit; // staff usually enter several rows for their own unit
    proposedRecipient = '';
    proposeRecipient();
    authors = [];
    authorInput.value = '';
    renderChips();
    clearErrors();
    showOutletLevel();
    renderPreview(BLANK_PREVIEW);
  }

  let busy = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (busy) return;
    if (authorInput.value.trim() !== '') { addAuthors(authorInput.value); authorInput.value = ''; }
    busy = true;
    $('submit').disabled = true;
    form.setAttribute('aria-busy', 'true');
    setStatus('正在写入…');
    clearErrors();
    call('appendLedgerRow', collect()).then((r) => {
      if (r?.ok) {
        resetForm(true);
        const warn = (r.warnings || []).join('；');
        setStatus(r.message + (r.points !== null ? `，积分 ${num(r.points)}` : '') + (warn ? `。注意：${warn}` : ''), warn ? 'warn' : 'ok');
        $('f-title').focus();
      } else {
        showErrors((r?.fieldErrors) || {});
        setStatus((r?.message) || '没有写入', 'bad');
      }
    }, (err) => {
      setStatus(`没有写入：${failureText(err)}`, 'bad');
    }).then(() => {
      busy = false;
      $('submit').disabled = false;
      form.removeAttribute('aria-busy');
    });
  });
  $('clear').addEventListener('click', () => { resetForm(false); setStatus(''); $('f-title').focus(); });
  form.addEventListener('input', (e) => { fieldChanged(e); schedulePreview(); });
  form.addEventListener('change', (e) => { fieldChanged(e); schedulePreview(); });

  // ── 我的记录 ──
  function loadMine() {
    const list = $('mine-list');
    const who = $('f-who').value.trim();
    $('mine-note').textContent = '正在读取…';
    call('listMyRows', 20, who).then((r) => {
      list.textContent = '';
      if (!r?.ok) { $('mine-note').textContent = (r?.message) || '读取失败'; return; }
      $('who-block').hidden = r.by === 'email';
      if (r.by === 'none') { $('mine-note').textContent = '请输入您的姓名，列出您作为作者的稿件'; return; }
      $('mine-note').textContent = r.rows.length
        ? `${(r.by === 'email' ? `${r.who} 录入的最近 ` : `${r.who} 的最近 `) + r.rows.length} 条`
        : '还没有记录';
      r.rows.forEach((row) => {
        const li = el('li');
        li.appendChild(el('span', 'p', `${num(row.points)} 分`));
        li.appendChild(el('div', 't', row.title || '（无标题）'));
        li.appendChild(el('div', 'm', `第${row.row}行 · ${[row.unit, row.date, row.outlet || row.mode].filter(Boolean).join(' · ')}`));
        if (row.why) li.appendChild(el('div', 'm', row.why));
        if (row.issues.length) li.appendChild(el('div', 'i', row.issues.join('；')));
        list.appendChild(li);
      });
    }, (err) => {
      $('mine-note').textContent = `读取失败：${failureText(err)}`;
    });
  }
  $('who-go').addEventListener('click', loadMine);
  $('f-who').addEventListener('keydown', (e) => { if (!composing(e) && e.key === 'Enter') { e.preventDefault(); loadMine(); } });

  // ── start ──
  call('getEntryFormData').then((d) => {
    if (!d?.ok) throw new PageError((d?.message) || '读取规则失败');
    fillSelect($('f-unit'), d.units.map((u) => u.name));
    d.units.forEach((u) => { if (u.recipient) usualRecipient[u.name] = u.recipient; });
    $('unit-hint').hidden = d.unitsFromTable;
    fillSelect($('f-kind'), d.kinds);
    fillSelect($('f-mode'), d.modes);
    fillSelect($('f-level'), d.levels);
    fillSelect($('f-recipient'), d.recipients);
    fillSelect($('f-instruction'), d.instructions, (v) => `${v}领导批示`);
    fillSelect($('f-relay'), d.relayOffices);
    const dl = $('outlets');
    d.outlets.forEach((o) => {
      [o.name].concat(o.aliases).forEach((name) => {
        outletByKey[outletKey(name)] = outletByKey[outletKey(name)] || o;
        const opt = document.createElement('option');
        opt.value = name;
        opt.label = name === o.name ? o.level : `${o.level} · ${o.name}`;
        dl.appendChild(opt);
      });
    });
    d.placements.forEach((p) => {
      const opt = document.createElement('option');
      opt.value = p;
      $('placements').appendChild(opt);
    });
    hasEmail = d.email !== '';
    $('who-block').hidden = hasEmail;
    document.body.setAttribute('data-ready', 'true');
    $('f-title').focus();
  }).catch((err) => {
    const p = $('load-error');
    p.hidden = false;
    p.textContent = `无法读取规则表：${failureText(err)}`;
    document.body.setAttribute('data-ready', 'error');
  });
})();
