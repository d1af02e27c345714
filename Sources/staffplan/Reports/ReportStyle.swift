/// The report's inline style sheet: screen layout, chart text, and print rules.
///
/// No web fonts or external resources: the system's sans-serif. On paper (A4 landscape) every
/// figure is kept whole on one page where it fits, headings stay with what follows, and colours
/// print as on screen because they carry meaning (status, channels, service level).
enum ReportStyle {
  static let css = """
    :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --kept: #2E9E5B; --risk: #B26B00; --broken: #D7263D; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 48px; }
    header { border-bottom: 2px solid var(--ink); padding-bottom: 12px; margin-bottom: 8px; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 20px; margin: 32px 0 8px; padding-top: 8px; border-top: 1px solid var(--line); }
    h3 { font-size: 15px; margin: 18px 0 4px; }
    header + section h2 { border-top: none; }
    .side { display: flex; flex-wrap: wrap; gap: 0 48px; align-items: flex-start; }
    .side table { min-width: 0; }
    .meta { color: var(--muted); margin: 2px 0; }
    .files code { background: #f3f3f5; padding: 0 4px; border-radius: 3px; }
    nav { margin: 10px 0 0; }
    nav a { margin-right: 14px; color: #0b57d0; text-decoration: none; }
    p.lead { margin: 4px 0 10px; color: var(--muted); max-width: 920px; }
    table { border-collapse: collapse; margin: 8px 0 12px; min-width: 420px; }
    caption { text-align: left; font-weight: 600; padding: 4px 0; }
    th, td { border-bottom: 1px solid var(--line); padding: 5px 12px 5px 0; text-align: left; vertical-align: top; }
    th { font-weight: 600; font-size: 13px; color: var(--muted); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; padding-left: 12px; }
    .status { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-weight: 600; font-size: 12px; }
    .status.kept { background: var(--kept); }
    .status.at-risk { background: var(--risk); }
    .status.broken { background: var(--broken); }
    .note-box { background: #fff7e0; border-left: 4px solid var(--risk); padding: 6px 10px; margin: 8px 0; }
    figure { margin: 10px 0 22px; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-weight: 600; margin-bottom: 2px; }
    figcaption .sub { font-weight: 400; color: var(--muted); }
    svg { width: 100%; height: auto; display: block; }
    svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
    svg .tick { font-size: 10.5px; fill: #444; }
    svg .label { font-size: 11px; }
    svg .axis-label { font-size: 11px; fill: var(--muted); }
    svg .panel-title { font-size: 11.5px; font-weight: 600; }
    svg .panel-title.warn { fill: var(--broken); }
    svg .note { font-size: 11px; fill: var(--muted); font-style: italic; }
    svg .grid { stroke: #e6e6ea; stroke-width: 1; }
    svg .axis { stroke: #888; stroke-width: 1; }
    svg .stripe { fill: #f6f6f8; }
    svg .forecast-week { fill: #f2f5fb; }
    @page { size: A4 landscape; margin: 10mm; }
    @media print {
      body { font-size: 11px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      main { max-width: none; padding: 0; }
      nav { display: none; }
      h2 { break-after: avoid; page-break-after: avoid; }
      h3, figcaption { break-after: avoid; page-break-after: avoid; }
      /* Each chart section starts a page: a heading never strands at the foot of the one before. */
      section.charts { break-before: page; page-break-before: always; }
      table, tr { break-inside: avoid; page-break-inside: avoid; }
      #solver { break-inside: avoid; page-break-inside: avoid; }
    }
    """
}
