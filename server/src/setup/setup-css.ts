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
