/** The first-run page's HTML and CSS (plain, no build step: it must work before anything else is set up). */

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page; `origin` (how this browser reached the server) is the first guess for publicUrl. */
export function setupPage(origin: string, services: Array<{ id: string; name: string; prefix: string }>): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thiết lập lần đầu · motcua</title>
<link rel="stylesheet" href="/setup/app.css">
<script src="/setup/app.js" defer></script>
</head>
<body data-origin="${esc(origin)}" data-services="${esc(JSON.stringify(services))}">
<main>
<h1>Thiết lập lần đầu <span class="en">First-run set-up</span></h1>
<p class="lead">Nhập thông tin của Bộ phận Một cửa. Sau khi lưu, hệ thống khởi động và các màn hình được ghép nối bằng mã riêng.
<span class="en">Enter the office's details. After saving, the system starts and each screen is paired with its own token.</span></p>
<ol class="steps" id="steps"></ol>
<form id="form" novalidate>
<section data-step="office">
<h2>1. Cơ quan <span class="en">Office</span></h2>
<label>Tên cơ quan <span class="en">Office name</span><input name="office.name" required maxlength="160" placeholder="Trung tâm Phục vụ hành chính công xã …"></label>
<label>Địa chỉ <span class="en">Address</span><input name="office.address" maxlength="240"></label>
<label>Địa chỉ máy chủ trong mạng nội bộ <span class="en">Server address on the office network (phones reach it from the ticket's QR)</span><input name="office.publicUrl" required maxlength="200"></label>
</section>
<section data-step="services">
<h2>2. Dịch vụ <span class="en">Services</span></h2>
<p class="hint">Mỗi dịch vụ có một hàng chờ và chữ cái đầu số (A001…). <span class="en">Each service is a queue with its own letter (A001…).</span></p>
<div id="services"></div>
<button type="button" class="add" data-add="service">+ Thêm dịch vụ <span class="en">Add a service</span></button>
</section>
<section data-step="counters">
<h2>3. Quầy <span class="en">Counters</span></h2>
<div id="counters"></div>
<button type="button" class="add" data-add="counter">+ Thêm quầy <span class="en">Add a counter</span></button>
</section>
<section data-step="staff">
<h2>4. Tài khoản <span class="en">Staff accounts</span></h2>
<p class="hint">Cần ít nhất một tài khoản quản trị. Mật khẩu ít nhất 8 ký tự. <span class="en">At least one admin; passwords of 8 characters or more.</span></p>
<div id="staff"></div>
<button type="button" class="add" data-add="staff">+ Thêm tài khoản <span class="en">Add an account</span></button>
</section>
<section data-step="screens">
<h2>5. Màn hình và máy in <span class="en">Screens and printer</span></h2>
<label>Số ki-ốt lấy số <span class="en">Kiosks</span><input name="screens.kiosks" type="number" min="0" max="20" value="1"></label>
<label>Số màn hình gọi số phòng chờ <span class="en">Wall displays</span><input name="screens.displays" type="number" min="0" max="20" value="1"></label>
<label class="check"><input name="screens.counterDisplays" type="checkbox" checked> Màn hình trên mỗi quầy <span class="en">A screen above each counter</span></label>
<label class="check"><input name="screens.ratingTablets" type="checkbox" checked> Máy tính bảng đánh giá ở mỗi quầy <span class="en">A rating tablet at each counter</span></label>
<label>Máy in phiếu <span class="en">Ticket printer</span>
<select name="printer.driver"><option value="tcp">Máy in mạng (IP) / network</option><option value="usb">USB</option><option value="fake">Chưa có / none yet</option></select></label>
<label data-for="tcp">Địa chỉ IP máy in <span class="en">Printer IP</span><input name="printer.host" placeholder="192.168.1.50"></label>
<label data-for="usb">Thiết bị USB <span class="en">USB device</span><input name="printer.path" value="/dev/usb/lp0"></label>
<label>Mã thiết lập <span class="en">Set-up code (in the service log and the data folder's setup-code.txt)</span><input name="code" required autocomplete="off" inputmode="numeric" placeholder="1234-5678"></label>
</section>
<div id="problems" role="alert" hidden></div>
<div class="nav"><button type="button" id="back">‹ Quay lại <span class="en">Back</span></button><button type="button" id="next" class="primary">Tiếp ›<span class="en">Next</span></button></div>
</form>
<section id="done" hidden>
<h2>Đã lưu. Ghép nối các màn hình <span class="en">Saved. Pair the screens</span></h2>
<p>Mở mỗi địa chỉ dưới đây một lần trên đúng màn hình đó (hoặc dùng trình khởi chạy, docs/OPERATIONS.md). Mã chỉ hiện một lần: hãy in trang này.
<span class="en">Open each address once on its screen (or give it to the launcher). Tokens are shown once: print this page.</span></p>
<table id="tokens"><thead><tr><th>Thiết bị <span class="en">Device</span></th><th>Địa chỉ ghép nối <span class="en">Pairing address</span></th></tr></thead><tbody></tbody></table>
<p id="starting" class="lead">Đang khởi động… <span class="en">Starting…</span></p>
<p id="ready" hidden><a class="primary button" href="/admin">Mở trang quản trị /admin <span class="en">Open /admin</span></a></p>
</section>
</main>
</body>
</html>`;
}

/** The page's style: large type, high contrast, 48 px touch targets. */
export const SETUP_CSS = `
*{box-sizing:border-box}
body{margin:0;font:20px/1.45 system-ui,"Be Vietnam Pro","Segoe UI",sans-serif;background:#f4f6f8;color:#111}
main{max-width:900px;margin:0 auto;padding:24px}
h1{font-size:34px;margin:8px 0}h2{font-size:26px;margin:16px 0 8px}
.en{display:block;font-size:.75em;color:#444;font-weight:normal}
h1 .en,h2 .en{display:inline;margin-left:.4em}
label{display:block;margin:12px 0;font-weight:600}
label .en{display:inline;margin-left:.3em}
input,select{display:block;width:100%;min-height:48px;font:inherit;padding:8px 12px;border:2px solid #555;border-radius:8px;background:#fff;margin-top:4px}
label.check{display:flex;align-items:center;gap:12px;min-height:48px}
label.check input{width:32px;height:32px;min-height:0;margin:0}
button,.button{min-height:56px;min-width:56px;font:inherit;font-weight:700;padding:8px 20px;border-radius:8px;border:2px solid #1a4d8f;background:#fff;color:#1a4d8f;cursor:pointer;text-decoration:none;display:inline-block}
button .en,.button .en{display:inline;color:inherit;margin-left:.4em}
.primary{background:#1a4d8f;color:#fff}
.row{display:grid;grid-template-columns:1fr 140px 56px;gap:12px;align-items:end;background:#fff;border:1px solid #ccc;border-radius:8px;padding:12px;margin:8px 0}
.row.staff{grid-template-columns:1fr 1fr 160px 1fr 56px}
.row.counter{grid-template-columns:160px 1fr 56px}
.row .svc{grid-column:1/-1;display:flex;flex-wrap:wrap;gap:8px 20px}
.row .svc label{display:flex;gap:8px;align-items:center;margin:0;min-height:48px;font-weight:normal}
.row .svc input{width:28px;height:28px;min-height:0;margin:0}
.row label{margin:0}
.remove{border-color:#a00;color:#a00;padding:0}
.steps{display:flex;gap:8px;list-style:none;padding:0;flex-wrap:wrap}
.steps li{padding:6px 14px;border-radius:20px;background:#dde3ea}
.steps li.on{background:#1a4d8f;color:#fff}
.nav{display:flex;justify-content:space-between;margin-top:24px}
#problems{background:#fff0f0;border:2px solid #a00;color:#700;border-radius:8px;padding:12px 16px;margin-top:16px;white-space:pre-line}
.hint,.lead{color:#222}
table{width:100%;border-collapse:collapse;background:#fff}
td,th{border:1px solid #999;padding:8px;text-align:left;vertical-align:top}
td:first-child{white-space:nowrap}td a{word-break:break-all}
@media print{.nav,#ready,#starting{display:none}}
`;
