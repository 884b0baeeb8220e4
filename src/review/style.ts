/** The review page's stylesheet (inlined). System fonts only, CJK first for the page text. */
export const REVIEW_CSS = `
:root {
  --bg: #f6f5f1; --panel: #fff; --ink: #1f2328; --muted: #656d76; --line: #d8d6cf; --accent: #0b5cad;
  --del-bg: #ffd7d5; --del-ink: #82071e; --ins-bg: #ccf2d3; --ins-ink: #0a4a1c; --mark: #fff0a8;
  --warn: #9a6700; --warn-bg: #fff5d6; --revert: #b42318; --revert-bg: #fdecea; --accept: #1a7f37; --accept-bg: #e9f6ec;
  --cjk: "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN",
    "Microsoft YaHei", "WenQuanYi Micro Hei", "Droid Sans Fallback", sans-serif;
  --ui: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, var(--cjk);
}
* { box-sizing: border-box; }
html { scroll-padding-top: 150px; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 14px/1.5 var(--ui); }
button { font: inherit; cursor: pointer; border: 1px solid var(--line); background: var(--panel); color: inherit; border-radius: 6px; padding: 3px 10px; }
button:hover { border-color: #a9a69b; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button:focus-visible, input:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
kbd { font: 11px/1 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid var(--line); border-bottom-width: 2px;
  border-radius: 4px; padding: 1px 4px; background: #fafaf8; color: var(--ink); }
button.primary kbd { background: rgba(255,255,255,.15); color: #fff; border-color: rgba(255,255,255,.4); }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.top { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 20px; padding: 8px 16px;
  background: #23272e; color: #f2f2f2; }
.top h1 { margin: 0; font-size: 16px; font-weight: 600; }
.top .batch { font-weight: 400; color: #c8ccd2; margin-left: 6px; }
.top .tools { margin-left: auto; display: flex; gap: 6px; }
.top .tools button { background: #353b45; color: #f2f2f2; border-color: #4a515d; }
.top .tools button.primary { background: var(--accent); border-color: #3d85d1; }
.stats { display: flex; gap: 12px; color: #d9dde3; }
.vc { white-space: nowrap; margin-right: 8px; }
.top .vc-revert { color: #ffb4ab; } .top .vc-accept { color: #9be9a8; }
.layout { display: grid; grid-template-columns: minmax(230px, 290px) 1fr; align-items: start; }
.sidebar { position: sticky; top: 44px; max-height: calc(100vh - 44px); overflow: auto; padding: 10px; border-right: 1px solid var(--line); }
.pages { list-style: none; margin: 0; padding: 0; }
.page-entry { display: block; width: 100%; text-align: left; margin: 0 0 6px; padding: 7px 9px; border-radius: 8px; }
.page-entry.on { border-color: var(--accent); box-shadow: inset 3px 0 0 var(--accent); background: #eef4fb; }
.pname { display: block; font-weight: 600; font: 600 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; }
.pmeta { display: block; color: var(--muted); font-size: 12px; }
.pwarn { color: var(--warn); font-weight: 600; }
.pkinds { display: flex; flex-wrap: wrap; gap: 3px; margin: 4px 0; }
.pk { font-size: 11px; padding: 0 5px; border-radius: 8px; background: #eceae4; color: #3d434b; white-space: nowrap; }
.pverdicts { display: block; font-size: 12px; }
.pverdicts .vc-revert { color: var(--revert); } .pverdicts .vc-accept { color: var(--accept); } .pverdicts .vc-open { color: var(--muted); }
.keymap { margin-top: 14px; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); font-size: 12px; }
.keymap.open { position: fixed; z-index: 20; left: 50%; top: 80px; transform: translateX(-50%); width: min(520px, 92vw); font-size: 14px;
  box-shadow: 0 12px 40px rgba(0,0,0,.25); }
.keymap h3 { margin: 0 0 6px; font-size: 13px; }
.keymap dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 10px; margin: 0; }
.keymap dt { white-space: nowrap; } .keymap dd { margin: 0; color: #3d434b; }
.keymap .hint { color: var(--muted); margin: 8px 0 0; }
main { min-width: 0; padding: 0 18px 60vh; }
.filters { position: sticky; top: 44px; z-index: 4; background: var(--bg); padding: 10px 0 8px; border-bottom: 1px solid var(--line); }
.chips { display: flex; flex-wrap: wrap; gap: 5px; }
.chip { border-radius: 14px; font-size: 12.5px; padding: 2px 10px; }
.chip.on { background: #23272e; color: #fff; border-color: #23272e; }
.chip.empty { opacity: .45; }
.chip .open { margin-left: 5px; font-size: 11px; color: var(--muted); }
.chip.on .open { color: #c8ccd2; }
.chip-warn { border-color: #e0c36b; background: var(--warn-bg); color: var(--warn); }
.chip-warn.on { background: var(--warn); border-color: var(--warn); color: #fff; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 8px; }
.seg { display: inline-flex; }
.seg button { border-radius: 0; margin-left: -1px; }
.seg button:first-child { border-radius: 6px 0 0 6px; } .seg button:last-child { border-radius: 0 6px 6px 0; }
.seg button.on { background: #23272e; color: #fff; border-color: #23272e; }
#search { flex: 1 1 220px; max-width: 420px; font: 14px var(--ui); padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; }
.shown { color: var(--muted); font-size: 12px; }
.scope { font-size: 15px; margin: 14px 0 8px; display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
.scope small { color: var(--muted); font-weight: 400; }
.scope .links { font-weight: 400; font-size: 12.5px; }
a { color: var(--accent); }
.page-h { font: 600 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 22px 0 6px; color: var(--muted); }
.unmatched { background: var(--warn-bg); border: 1px solid #e0c36b; border-radius: 8px; padding: 6px 10px; margin: 0 0 10px; color: var(--warn); }
.empty-list { color: var(--muted); padding: 30px 0; text-align: center; }
.more-below { color: var(--muted); text-align: center; padding: 12px 0; font-size: 12.5px; }
.change { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 8px; margin: 0 0 10px;
  padding: 8px 12px 6px; outline: none; content-visibility: auto; contain-intrinsic-size: auto 180px; }
.change.current { border-color: var(--accent); border-left-color: var(--accent); box-shadow: 0 0 0 2px rgba(11,92,173,.25); }
.change.warn { border-left-color: #d4a72c; background: linear-gradient(90deg, var(--warn-bg), var(--panel) 240px); }
.change.v-revert { border-left-color: var(--revert); background: var(--revert-bg); }
.change.v-accept { border-left-color: var(--accept); }
.change.v-accept .body-dim, .change.v-accept .pair, .change.v-accept .inline { opacity: .8; }
.ch-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
.kind { font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; background: #eceae4; }
.k-duplicate.kind { background: #fde2e1; color: #8c1c13; } .k-join.kind { background: #dbeafe; color: #1e3a8a; }
.k-caption-moved.kind, .k-heading-moved.kind { background: #ede9fe; color: #4c1d95; }
.k-marker.kind, .k-furniture.kind { background: #fee7d6; color: #7c2d12; }
.k-punctuation.kind, .k-space.kind, .k-character.kind, .k-latin.kind, .k-markup.kind { background: #e0f2f1; color: #134e4a; }
.k-flag.kind { background: #fff1c2; color: #7a5200; }
.warn-badge { font-size: 12px; font-weight: 700; color: #fff; background: #bf8700; border-radius: 10px; padding: 1px 8px; }
.where { color: var(--muted); font-size: 12.5px; }
.verdict { font-size: 12px; color: var(--muted); }
.v-revert .verdict { color: var(--revert); font-weight: 700; } .v-accept .verdict { color: var(--accept); font-weight: 700; }
.actions { margin-left: auto; display: flex; gap: 6px; }
.act { font-size: 12.5px; padding: 1px 8px; }
.v-revert .act-revert { background: var(--revert); border-color: var(--revert); color: #fff; }
.v-accept .act-accept { background: var(--accept); border-color: var(--accept); color: #fff; }
.v-revert .act-revert kbd, .v-accept .act-accept kbd { background: rgba(255,255,255,.15); color: #fff; border-color: rgba(255,255,255,.4); }
.msg { margin: 4px 0 6px; color: #3d434b; }
.txt { font-family: var(--cjk); font-size: 16px; line-height: 1.8; word-break: break-all; overflow-wrap: anywhere; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
@media (max-width: 900px) { .pair { grid-template-columns: 1fr; } .layout { grid-template-columns: 1fr; } .sidebar { position: static; max-height: none; } }
.side { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; min-width: 0; }
.side h4 { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: var(--muted); }
.side.kept { background: #fbfbf9; color: #57606a; }
.side h4 .elsewhere { color: var(--warn); }
.side.kept mark.win { background: var(--mark); color: var(--ink); border-radius: 2px; }
.side.removed { background: #fff8f7; border-color: #f3c2bd; }
.side.removed h4 { color: var(--revert); }
.side.flagged { background: var(--warn-bg); border-color: #e0c36b; }
del { background: var(--del-bg); color: var(--del-ink); text-decoration: line-through; text-decoration-thickness: 1px; border-radius: 2px; }
ins { background: var(--ins-bg); color: var(--ins-ink); text-decoration: none; border-bottom: 2px solid #4ac26b; border-radius: 2px; }
.ws { color: #8c959f; font-family: ui-monospace, monospace; }
del .ws { color: var(--del-ink); } ins .ws { color: var(--ins-ink); }
.or { color: var(--muted); font-size: 12px; margin: 0 4px; }
.ctx { color: #6e7781; }
mark.subject { background: #ede9fe; }
mark.flagged { background: #ffe58f; box-shadow: 0 0 0 1px #d4a72c; }
.inline { padding: 2px 0; }
.inline del, .inline ins { padding: 0 3px; margin: 0 1px; font-weight: 600; }
.facts { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12.5px; color: var(--muted); margin: 6px 0 0; }
.metric b { color: var(--ink); }
.metric.differs { color: var(--revert); } .metric.same { color: var(--accept); }
.seamline { font-family: var(--cjk); font-size: 16px; line-height: 1.8; }
.half-a { background: #eef4fb; } .half-b { background: #f1f8ee; }
.seam { display: inline-block; margin: 0 3px; padding: 0 4px; color: #fff; background: var(--accent); border-radius: 3px; font-size: 12px; line-height: 1.5; }
.more { color: var(--muted); }
.between { margin: 6px 0 0; padding: 4px 10px; border-left: 3px solid #c4b5fd; background: #f7f5ff; }
.between-h { font-size: 12px; color: #4c1d95; }
.between ol { margin: 2px 0; padding-left: 20px; font-family: var(--cjk); }
.whole { margin-top: 4px; font-size: 12.5px; } .whole summary { cursor: pointer; color: var(--accent); }
.whole .txt { font-size: 14px; margin: 4px 0; }
.pagebar { position: relative; height: 6px; margin: 8px 0 2px; background: #eceae4; border-radius: 3px; }
.pb { position: absolute; top: 0; height: 6px; border-radius: 3px; min-width: 3px; }
.pb-kept { background: #8c959f; } .pb-removed { background: var(--revert); } .pb-this { background: var(--accent); }
.ch-foot { font-size: 11px; color: #8c959f; margin-top: 2px; }
.export-panel { position: fixed; z-index: 10; right: 16px; bottom: 16px; width: min(560px, 92vw); background: var(--panel); border: 1px solid var(--line);
  border-radius: 10px; padding: 10px 12px; box-shadow: 0 12px 40px rgba(0,0,0,.25); }
.export-panel[hidden] { display: none; }
.export-panel h3 { margin: 0 0 6px; font-size: 14px; } .export-panel small { color: var(--muted); font-weight: 400; }
.export-panel textarea { width: 100%; height: 220px; font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.status { position: fixed; left: 50%; top: 54px; transform: translateX(-50%); background: #23272e; color: #fff; padding: 6px 14px;
  border-radius: 8px; opacity: 0; transition: opacity .2s; pointer-events: none; z-index: 30; max-width: 90vw; }
.status.show { opacity: 1; }
`
