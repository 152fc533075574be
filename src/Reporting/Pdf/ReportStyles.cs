namespace TargetsDashboard.Reporting.Pdf;

/// <summary>
/// The print style of every report (Decree 30/2020/NĐ-CP): A4, serif 13 pt, two-column header, bold table headers,
/// page numbers centred in the top margin from page 2 on. The numbers are CSS page margin boxes (Chromium 131+)
/// rather than Playwright's headerTemplate, because only CSS can leave the first page without one.
/// </summary>
internal static class ReportStyles
{
    public const string Common = """
        @page { size: A4 portrait; }
        @page { @top-center { content: counter(page); font-family: "Liberation Serif", "Times New Roman", serif; font-size: 13pt; vertical-align: middle; } }
        @page :first { @top-center { content: none; } }
        html { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 13pt; color: #000; }
        body { margin: 0; line-height: 1.3; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        table.header { width: 100%; border-collapse: collapse; }
        table.header td { vertical-align: top; text-align: center; padding: 0; white-space: nowrap; }
        table.header td.left { padding-right: 4mm; }
        .parent { font-size: 12pt; }
        .issuer { font-size: 12pt; font-weight: bold; }
        .nation { font-size: 12pt; font-weight: bold; }
        .motto { font-size: 13pt; font-weight: bold; display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
        .rule { width: 30%; margin: 2pt auto 5pt; border-top: 1px solid #000; height: 0; }
        .number { margin-top: 0; }
        .placedate { font-style: italic; margin-top: 7pt; }
        h1.title { text-align: center; font-size: 14pt; font-weight: bold; margin: 18pt 0 0; }
        .summary { text-align: center; font-weight: bold; margin: 0; }
        .summary-rule { width: 22%; margin: 3pt auto 10pt; border-top: 1px solid #000; height: 0; }
        .demo { text-align: center; font-style: italic; font-size: 11pt; margin: -6pt 0 8pt; }
        h2 { font-size: 13pt; font-weight: bold; margin: 10pt 0 4pt; page-break-after: avoid; }
        p { text-align: justify; text-indent: 1cm; margin: 0 0 4pt; }
        p.note { white-space: pre-wrap; }
        h3 { font-size: 13pt; font-weight: bold; margin: 6pt 0 2pt; }
        table.data { width: 100%; border-collapse: collapse; font-size: 11pt; line-height: 1.2; }
        table.data th, table.data td { border: 0.75pt solid #000; padding: 2pt 3pt; }
        table.data thead th { font-weight: bold; text-align: center; vertical-align: middle; }
        table.data thead tr.colnums th { font-style: italic; font-weight: normal; font-size: 10pt; padding: 0 2pt; }
        table.data td { vertical-align: middle; }
        table.data tr { page-break-inside: avoid; }
        td.num { text-align: right; white-space: nowrap; }
        td.center { text-align: center; }
        td.unknown { text-align: center; font-style: italic; }
        td.notmet { font-weight: bold; }
        .source { font-size: 11pt; font-style: italic; margin: 3pt 0 0; text-indent: 0; }
        td.chart { padding: 1pt 2pt; }
        td.chart svg { display: block; width: 100%; height: auto; }
        table.closing { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 14pt; page-break-inside: avoid; }
        table.closing td { vertical-align: top; padding: 0; }
        .recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
        .recipients { font-size: 11pt; line-height: 1.25; }
        .sign { text-align: center; font-weight: bold; }
        .sign-space { height: 28mm; }
        """;
}
