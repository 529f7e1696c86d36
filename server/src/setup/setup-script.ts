/**
 * The first-run page's script, served as /setup/app.js. Plain browser JavaScript in a string: the page must work
 * before any screen is built, and a string survives the server's bundling unchanged.
 */
export const SETUP_SCRIPT = String.raw`'use strict';
(function () {
  var $ = function (s, el) { return (el || document).querySelector(s); };
  var form = $('#form');
  var STEPS = ['office', 'services', 'counters', 'staff', 'screens'];
  var NAMES = ['Cơ quan', 'Dịch vụ', 'Quầy', 'Tài khoản', 'Màn hình'];
  var step = 0;
  // The standard services (their ids link the shipped catalog's procedures to the queues); the office edits the list.
  var services = JSON.parse(document.body.getAttribute('data-services') || '[]');
  if (!services.length) services = [{ name: 'Hộ tịch', prefix: 'A' }];
  var counters = [{ number: 1, name: 'Quầy 1', services: [0] }, { number: 2, name: 'Quầy 2', services: services.length > 1 ? [1] : [0] }];
  var staff = [{ username: 'admin', name: '', role: 'admin', password: '' }];

  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) { if (k === 'text') e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]); }
    (kids || []).forEach(function (c) { e.append(c); });
    return e;
  }
  function field(label, en, input) { return el('label', {}, [label, el('span', { class: 'en', text: en }), input]); }
  function input(value, attrs, on) {
    var i = el('input', attrs); i.value = value; i.addEventListener('input', function () { on(i.value); }); return i;
  }
  function removeButton(list, i) {
    var b = el('button', { type: 'button', class: 'remove', 'aria-label': 'Xoá / remove', text: '✕' });
    b.addEventListener('click', function () {
      list.splice(i, 1);
      // Counters point at services by position: drop the removed one and shift the later ones down.
      if (list === services) counters.forEach(function (c) { c.services = c.services.filter(function (k) { return k !== i; }).map(function (k) { return k > i ? k - 1 : k; }); });
      render();
    });
    return b;
  }
  function renderServices() {
    var box = $('#services'); box.replaceChildren();
    services.forEach(function (s, i) {
      box.append(el('div', { class: 'row' }, [
        field('Tên dịch vụ', 'Service', input(s.name, { maxlength: '120' }, function (v) { s.name = v; })),
        field('Chữ đầu số', 'Letter', input(s.prefix, { maxlength: '3' }, function (v) { s.prefix = v.toUpperCase(); })),
        removeButton(services, i)]));
    });
  }
  function renderCounters() {
    var box = $('#counters'); box.replaceChildren();
    counters.forEach(function (c, i) {
      var svc = el('div', { class: 'svc' });
      services.forEach(function (s, k) {
        var cb = el('input', { type: 'checkbox' }); cb.checked = c.services.indexOf(k) >= 0;
        cb.addEventListener('change', function () { c.services = cb.checked ? c.services.concat([k]) : c.services.filter(function (x) { return x !== k; }); });
        svc.append(el('label', {}, [cb, s.name || '(?)']));
      });
      box.append(el('div', { class: 'row counter' }, [
        field('Số quầy', 'No.', input(String(c.number), { type: 'number', min: '1', max: '999' }, function (v) { c.number = Number(v); })),
        field('Tên quầy', 'Name', input(c.name, { maxlength: '120' }, function (v) { c.name = v; })),
        removeButton(counters, i), svc]));
    });
  }
  function renderStaff() {
    var box = $('#staff'); box.replaceChildren();
    staff.forEach(function (a, i) {
      var role = el('select', {}, [el('option', { value: 'staff', text: 'Cán bộ / staff' }), el('option', { value: 'supervisor', text: 'Giám sát / supervisor' }), el('option', { value: 'admin', text: 'Quản trị / admin' })]);
      role.value = a.role; role.addEventListener('change', function () { a.role = role.value; });
      box.append(el('div', { class: 'row staff' }, [
        field('Tên đăng nhập', 'Username', input(a.username, { autocomplete: 'off', maxlength: '40' }, function (v) { a.username = v.trim().toLowerCase(); })),
        field('Họ tên', 'Full name', input(a.name, { maxlength: '120' }, function (v) { a.name = v; })),
        field('Vai trò', 'Role', role),
        field('Mật khẩu', 'Password', input(a.password, { type: 'password', autocomplete: 'new-password' }, function (v) { a.password = v; })),
        removeButton(staff, i)]));
    });
  }
  function render() {
    renderServices(); renderCounters(); renderStaff();
    document.querySelectorAll('[data-step]').forEach(function (s) { s.hidden = s.getAttribute('data-step') !== STEPS[step]; });
    $('#steps').replaceChildren.apply($('#steps'), NAMES.map(function (n, i) { return el('li', { class: i === step ? 'on' : '', text: (i + 1) + '. ' + n }); }));
    $('#back').hidden = step === 0;
    $('#next').firstChild.textContent = step === STEPS.length - 1 ? 'Lưu và khởi động ' : 'Tiếp › ';
    $('#next').lastChild.textContent = step === STEPS.length - 1 ? 'Save and start' : 'Next';
    var drv = form.elements['printer.driver'].value;
    document.querySelectorAll('[data-for]').forEach(function (l) { l.hidden = l.getAttribute('data-for') !== drv; });
  }
  function value(name) { return form.elements[name].value.trim(); }
  function collect() {
    var drv = value('printer.driver');
    return {
      code: value('code'),
      office: { name: value('office.name'), address: value('office.address'), publicUrl: value('office.publicUrl') },
      services: services.map(function (s) { var o = { name: s.name.trim(), prefix: s.prefix.trim() }; if (s.id) o.id = s.id; return o; }),
      counters: counters.map(function (c) { return { number: c.number, name: c.name.trim(), services: c.services.filter(function (k) { return k < services.length; }) }; }),
      staff: staff.map(function (a) { return { username: a.username, name: a.name.trim(), role: a.role, password: a.password }; }),
      screens: { kiosks: Number(value('screens.kiosks')), displays: Number(value('screens.displays')),
        counterDisplays: form.elements['screens.counterDisplays'].checked, ratingTablets: form.elements['screens.ratingTablets'].checked },
      printer: drv === 'tcp' ? { driver: 'tcp', host: value('printer.host') } : drv === 'usb' ? { driver: 'usb', path: value('printer.path') } : { driver: 'fake' },
    };
  }
  function showProblems(lines) {
    var p = $('#problems'); p.hidden = !lines.length; p.textContent = lines.join('\n');
  }
  function onlyDigitsOrDash(s) { return s.replace(/[^0-9-]/g, ''); }
  async function save() {
    var body = collect(); body.code = onlyDigitsOrDash(body.code);
    var res = await fetch('/api/setup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    var out = await res.json().catch(function () { return {}; });
    if (res.status !== 201) { var e = out.error || {}; showProblems([e.message || ('HTTP ' + res.status)].concat(e.problems || [])); return; }
    showProblems([]); form.hidden = true; $('#steps').hidden = true; $('#done').hidden = false;
    var tb = $('#tokens tbody');
    out.tokens.forEach(function (t) { tb.append(el('tr', {}, [el('td', { text: t.id }), el('td', {}, [el('a', { href: t.url, text: t.url })])])); });
    for (;;) {
      await new Promise(function (r) { setTimeout(r, 1000); });
      try { var h = await fetch('/api/health', { cache: 'no-store' }); if (h.ok) break; } catch (_) { /* restarting */ }
    }
    $('#starting').hidden = true; $('#ready').hidden = false;
  }
  // Only the printer choice changes what is shown; re-drawing on every change would swap inputs under the typist.
  form.elements['printer.driver'].addEventListener('change', render);
  document.querySelectorAll('[data-add]').forEach(function (b) {
    b.addEventListener('click', function () {
      var k = b.getAttribute('data-add');
      if (k === 'service') services.push({ name: '', prefix: String.fromCharCode(65 + services.length % 26) });
      if (k === 'counter') counters.push({ number: counters.length + 1, name: 'Quầy ' + (counters.length + 1), services: [] });
      if (k === 'staff') staff.push({ username: '', name: '', role: 'staff', password: '' });
      render();
    });
  });
  $('#back').addEventListener('click', function () { step = Math.max(0, step - 1); showProblems([]); render(); });
  $('#next').addEventListener('click', function () {
    var sec = document.querySelector('[data-step="' + STEPS[step] + '"]');
    var bad = Array.prototype.filter.call(sec.querySelectorAll('input[required]'), function (i) { return !i.value.trim(); });
    if (bad.length) { showProblems(['Hãy điền đủ các ô bắt buộc / fill in the required fields']); bad[0].focus(); return; }
    showProblems([]);
    if (step < STEPS.length - 1) { step++; render(); } else save().catch(function (e) { showProblems([String(e)]); });
  });
  form.elements['office.publicUrl'].value = document.body.getAttribute('data-origin') || '';
  render();
})();
`;
