package gov.cbp.medical.rules.measure.report;

/**
 * The HTML report's one stylesheet, inline so that the page stays a single offline file: screen, phone (no
 * sideways scrolling at 400 pixels) and print (nothing lost, the summary first and short, each facility on its
 * own pages, one facility alone when its address is opened).
 *
 * <p>Colours meet WCAG 2.1 AA: text at least 4.5:1 against its background, lines and marks of charts at least
 * 3:1 against white; bands are told by a mark and a word as well as by colour.
 */
final class ReportStyles {
    /** Series colours of the charts (Okabe-Ito, darkened to 3:1 on white), with a marker shape each. */
    static final String[] SERIES = {"#0072b2", "#c0490d", "#00795c", "#a63b7d", "#7a5c00", "#4b5a9c", "#5f6b00", "#8f3a3a"};
    static final String ALL = "#1b1f24";

    private ReportStyles() {}

    static final String CSS = String.join("\n",
            ":root{--ink:#1b1f24;--muted:#4f5963;--line:#d3d8de;--good:#d3ecd9;--fair:#fbe7a9;--poor:#f6cdc7;--unrated:#eef0f3}",
            "*{box-sizing:border-box}",
            "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:var(--ink);margin:0;background:#f6f7f9}",
            "header.top{background:#12355b;color:#fff;padding:16px 24px}header.top h1{margin:0 0 4px;font-size:24px}",
            "header.top p{margin:2px 0}header.top a{color:#fff}",
            "nav.toc{background:#fff;border-bottom:1px solid var(--line);padding:6px 24px;display:flex;flex-wrap:wrap;gap:4px 16px}nav.toc a{white-space:nowrap}",
            "main{max-width:1240px;margin:0 auto;padding:16px 24px}",
            "section,.part>section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:14px 18px;margin:0 0 18px}",
            ".part{border:0;padding:0;background:none}",
            "h2{font-size:20px;margin:0 0 8px}h3{font-size:17px;margin:14px 0 6px}h4{font-size:15px;margin:12px 0 4px}",
            "p{margin:4px 0 8px}a{color:#0b5cad}.muted{color:var(--muted)}code{font-size:13px;overflow-wrap:anywhere;word-break:break-all}td,dd{overflow-wrap:anywhere}",
            "table{border-collapse:collapse;margin:6px 0 10px;font-variant-numeric:tabular-nums}",
            "th,td{border-bottom:1px solid #e3e6ea;padding:4px 8px;text-align:right;vertical-align:top}",
            "thead th{background:#eef1f4;font-weight:600;vertical-align:bottom}",
            "th[scope=row],td.l,th.l{text-align:left}th[scope=row]{font-weight:normal}",
            ".wrap{max-width:100%;overflow-x:auto}",
            ".sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}",
            ".facts{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 12px;padding:0;list-style:none}",
            ".facts li{background:#f3f5f8;border:1px solid var(--line);border-radius:6px;padding:3px 10px}",
            ".facts b{font-size:18px}",
            ".attention{margin:4px 0 10px;padding-left:20px}",
            ".legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:6px 0;padding:0;list-style:none;font-size:13px}",
            ".legend li{display:flex;align-items:center;gap:5px}",
            ".sw{display:inline-block;width:22px;height:16px;border:1px solid #8a949e;text-align:center;font-size:11px;line-height:14px}",
            "table.score{width:100%;font-size:14px}",
            "table.score td{text-align:center;min-width:70px}",
            "table.score th[scope=row] a{font-weight:600}table.score tbody th[scope=row]{min-width:17em}",
            "table.score .v{display:block;font-weight:600}table.score .d{display:block;font-size:12px;color:var(--muted)}",
            ".good,.fair,.poor,.unrated,.sw{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
            ".good{background:var(--good)}.fair{background:var(--fair)}.poor{background:var(--poor)}.unrated{background:var(--unrated)}",
            "td.supp,.sw.supp{background:#f1f1f4}",
            "td.supp .v{font-style:italic;font-weight:normal}",
            ".mk{font-size:11px;margin-right:2px}",
            ".worst{outline:2px solid #1b1f24;outline-offset:-3px}",
            ".tag{display:inline-block;border:1px solid #c5ccd4;border-radius:10px;padding:0 7px;margin:0 4px 2px 0;font-size:12px;background:#f7f9fb}",
            "figure{margin:8px 0 12px}figcaption{font-size:13px;color:var(--muted)}",
            "svg.chart{width:100%;max-width:720px;height:auto;display:block}",
            "svg text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;fill:#1b1f24}",
            ".demand{margin:8px 0}.demand label{cursor:pointer;font-weight:600;color:#0b5cad}",
            ".toggle{width:18px;height:18px;margin:0 6px 0 0;vertical-align:-3px;accent-color:#0b5cad}",
            ".toggle:focus-visible+label{outline:2px solid #0b5cad;outline-offset:2px}",
            ".toggle:not(:checked)~.shown{display:none}",
            ".measure-head{display:flex;flex-wrap:wrap;gap:4px 14px;align-items:baseline}",
            "dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}dl.meta dt{font-weight:600}dl.meta dd{margin:0;overflow-wrap:anywhere}#digests code{overflow-wrap:anywhere}",
            "@media (max-width:640px){",
            "body{font-size:14px}header.top{padding:12px}header.top h1{font-size:20px}nav.toc{padding:6px 12px}",
            "main{padding:8px}section{padding:10px 8px}",
            "th,td{padding:3px 4px}table.score{font-size:12px}table.score td{min-width:0}table.score tbody th[scope=row]{min-width:0;overflow-wrap:anywhere}",
            "table.score .d{font-size:11px}.spark{display:none}table{font-size:13px}",
            "dl.meta{grid-template-columns:1fr}.facts{gap:4px}.facts li{padding:2px 6px}.facts b{font-size:15px}",
            // On a phone each row of a scorecard-like table is a card: its header across, its cells three a line.
            "table.score,table.score tbody{display:block;width:100%}",
            "table.score thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}",
            "table.score tbody tr{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:2px;border-bottom:2px solid var(--line);padding:4px 0}",
            "table.score tbody th[scope=row]{grid-column:1/-1;border:0}table.score td{border:0;padding:3px 2px}",
            "table.score td::before{content:attr(data-label);display:block;font-size:11px;color:var(--muted);overflow-wrap:anywhere}",
            "table.score td.spark{display:none}",
            "}",
            "@media print{",
            "@page{margin:12mm}",
            "body{background:#fff;font-size:10pt}nav.toc,.no-print{display:none!important}",
            ".demand .shown{display:block!important}.toggle{display:none}.demand label{color:#000;display:block;margin-top:8px}",
            "svg.chart{max-width:16cm}table{font-size:9pt}th,td{padding:1px 5px}table.score td{min-width:0}",
            "header.top{background:#fff;color:#000;border-bottom:2px solid #000;padding:0 0 6px}header.top a{color:#000}",
            "main{max-width:none;padding:0}section{border:0;padding:0;margin:0 0 10px}",
            ".part{break-before:page}section.facility{break-before:page}",
            "tr,figure,.facts{break-inside:avoid}thead{display:table-header-group}h2,h3,h4{break-after:avoid}",
            "table.score{font-size:9pt}table.score th,table.score td{padding:2px 4px}.spark{display:none}",
            "body:has(section.facility:target) main>*:not(:has(section.facility:target)),body:has(section.facility:target) .part>section:not(:target){display:none!important}",
            "body:has(section.facility:target) .part,body:has(section.facility:target) section.facility:target{break-before:auto}",
            "}");
}
