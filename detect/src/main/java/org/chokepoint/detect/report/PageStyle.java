package org.chokepoint.detect.report;

/**
 * The page's inline stylesheet and its one script. Kept here, beside the Java that emits the class
 * names, because the page must carry everything itself (no external resources) and both change together.
 */
final class PageStyle {
    private PageStyle() {}

    /** Neutral greys, one red accent for what sanctions cover; sized to read at 1280 px and to print. */
    static final String CSS = """
            :root{--ink:#1f2933;--dim:#616e7c;--line:#d9e2ec;--bg:#f5f7fa;--accent:#c0392b;--head:#102a43}
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
            .wrap{max-width:1240px;margin:0 auto;padding:0 20px}
            header.top{background:var(--head);color:#f0f4f8;padding:18px 0 16px}
            header.top .brand{font-size:12px;letter-spacing:.12em;text-transform:uppercase;color:#9fb3c8}
            header.top h1{margin:2px 0 4px;font-size:24px;font-weight:600}
            header.top h1 code{font-size:22px;color:#fff;background:none}
            header.top .sub{margin:0;color:#bcccdc;max-width:900px}
            header.top code{background:rgba(255,255,255,.1);color:#d9e2ec}
            nav{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line)}
            nav a{display:inline-block;padding:9px 14px 8px;color:var(--head);text-decoration:none;font-weight:500;border-bottom:2px solid transparent}
            nav a:hover{border-bottom-color:var(--accent)}
            section{margin:22px 0}
            h2{font-size:18px;margin:28px 0 4px;color:var(--head)}
            h3{font-size:15px;margin:18px 0 4px;color:var(--head)}
            p.lead{margin:0 0 10px;color:var(--dim);max-width:980px}
            .tiles{display:grid;grid-template-columns:repeat(6,1fr);gap:10px;margin-top:18px}
            .tile{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 14px}
            .tile .n{font-size:24px;font-weight:600;font-variant-numeric:tabular-nums}
            .tile .l{color:var(--dim);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
            .tile.alert .n{color:var(--accent)} .tile.warn .n{color:#b7791f}
            .meta{color:var(--dim);font-size:12px;margin:8px 0 0}
            .card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:14px 16px;overflow-x:auto}
            table{border-collapse:collapse;width:100%}
            th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--dim);font-weight:600;
               border-bottom:2px solid var(--line);padding:6px 8px}
            td{padding:7px 8px;vertical-align:top;border-bottom:1px solid var(--line)}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            code{font:12px/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef2f6;padding:1px 4px;border-radius:3px}
            .dim{color:var(--dim)}
            .toolbar{margin:0 0 8px;font-size:13px}
            .toolbar label{font-weight:600;margin-right:10px;cursor:pointer}
            .hint{color:var(--dim)}
            table.risks > tbody.party > tr:first-child > td{border-bottom:none;padding-top:10px}
            table.risks tr.more td{padding-top:0}
            table.risks.unlisted-only tbody.listed{display:none}
            td.rank{font-weight:600;color:var(--dim);width:36px}
            td.risk{width:130px;white-space:nowrap}
            td.risk .bar{display:inline-block;width:72px;height:10px;background:#e4e7eb;border-radius:5px;margin-right:8px;vertical-align:middle;overflow:hidden}
            td.risk .bar span{display:block;height:100%}
            .t-listed{background:var(--accent)} .t-high{background:#e12d39} .t-mid{background:#f0b429} .t-low{background:#9fb3c8}
            td.who{width:330px} td.who .name{font-weight:600} td.who .facts{font-size:12px;color:var(--dim);margin-top:2px}
            .cc{display:inline-block;font-size:11px;font-weight:700;border:1px solid #9fb3c8;border-radius:3px;padding:0 4px;color:var(--head)}
            .match{font-size:12px;margin-top:4px}
            .badge{display:inline-block;background:var(--accent);color:#fff;font-size:10px;font-weight:700;letter-spacing:.06em;border-radius:3px;padding:1px 5px}
            td.why{color:#323f4b}
            /* Fixed layout: the widths of the header cells hold whatever a cell holds, so a long explanation wraps inside
               the page instead of pushing the Why column past the card's edge; long ids (hashes, list ids) break anywhere. */
            table.risks{table-layout:fixed}
            table.risks > thead th:nth-child(1){width:36px} table.risks > thead th:nth-child(2){width:134px}
            table.risks > thead th:nth-child(3){width:31%} table.risks > thead th:nth-child(4){width:52px}
            table.risks > thead th:nth-child(5){width:72px}
            table.risks td, table.inner td{overflow-wrap:anywhere}
            details summary{cursor:pointer;color:#2f6fb0;font-size:13px;padding:2px 0}
            details[open] summary{margin-bottom:6px}
            table.inner{margin:4px 0 10px;background:#fbfcfd;border:1px solid var(--line)}
            table.inner th{font-size:11px;padding:4px 8px} table.inner td{font-size:13px;padding:5px 8px}
            td.ids code{display:inline-block;margin:0 2px 2px 0}
            a.rule{font-size:12px;color:#2f6fb0}
            dl.facts{display:grid;grid-template-columns:110px 1fr;gap:2px 10px;margin:4px 0 8px;font-size:13px}
            dl.facts dt{color:var(--dim)} dl.facts dd{margin:0}
            svg{display:block;max-width:100%;height:auto}
            .empty{color:var(--dim);font-style:italic}
            table.rules td{font-size:13px} table.rules td:first-child{width:230px} table.rules td.src{color:var(--dim);width:190px}
            table.rules td.params{width:210px;font-size:12px}
            footer{color:var(--dim);font-size:12px;margin:30px 0 40px}
            @media print{nav{display:none} details{display:block} .card{border:none}}
            """;

    /** The "unlisted only" filter: the table's class does the hiding, so without script the page shows everyone. */
    static final String SCRIPT = """
            var box=document.getElementById('unlisted-only');
            if(box)box.addEventListener('change',function(){document.getElementById('risks').classList.toggle('unlisted-only',box.checked);});
            """;
}
