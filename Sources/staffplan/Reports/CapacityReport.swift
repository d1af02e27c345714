import Forecast
import Foundation
import Scheduler

/// report.html of `staffplan capacity`: the summary, the chart, the classes and every week.
enum CapacityReport {
  static func html(_ run: CapacityRun, plan: Plan) -> String {
    let result = run.result
    let assumptions = run.assumptions
    let last = result.weeks.last!
    var html = ReportHTML.head(title: "\(plan.name): capacity plan from \(assumptions.start.text)") + """
      <header>
      <h1>\(HTMLText.escape(plan.name)): capacity plan\(run.name == "base" ? "" : " · " + HTMLText.escape(run.name))</h1>
      <p class="meta">\(result.weeks.count) weeks from <strong>\(ReportFormat.day(assumptions.start)) \(assumptions.start.year)</strong>
       · one FTE = \(ReportFormat.number(assumptions.fteHours, decimals: 1)) paid hours a week · efficiency \(ReportFormat.number(assumptions.efficiency, decimals: 2))
       · channels \(HTMLText.escape(result.channels.joined(separator: ", ")))</p>
      </header>
      <section id="capacity">
      <h2>Capacity and hiring</h2>
      <p class="lead">\(HTMLText.escape(lead(result, last: last)))</p>

      """
    html += ReportHTML.figure("Required against effective FTE", sub: "per week", CapacityChart.svg(result))
    html += "<h3>Hiring classes</h3>\n"
    if result.classes.isEmpty {
      html += result.shortfallFTEWeeks > 0.005
        ? "<p>No class is hired; see the note below on the weeks short.</p>\n"
        : "<p>No class is needed: attrition leaves enough effective FTE for every week.</p>\n"
    } else {
      html += "<table>\n<thead><tr><th>class starts</th><th>hires</th><th>productive from</th><th>fully productive from</th></tr></thead>\n<tbody>\n"
      for item in result.classes {
        html += "<tr><td>\(item.classStart.text)</td><td class=\"num\">\(item.hires)</td><td>\(item.productiveFrom.text)</td><td>\(item.fullyProductiveFrom.text)</td></tr>\n"
      }
      html += "</tbody>\n</table>\n"
    }
    html += "<h3>Week by week</h3>\n<table>\n<thead><tr><th>week</th><th>shrinkage</th><th>required FTE</th>" + result.channels.map { "<th>\(HTMLText.escape($0)) FTE</th>" }.joined() + "<th>head count</th><th>in training</th><th>effective FTE</th><th>attrition</th><th>hires</th><th>overtime</th><th>short</th><th>surplus</th><th>cost</th></tr></thead>\n<tbody>\n"
    for week in result.weeks {
      let cells = [
        ReportFormat.percent(week.shrinkage), fte(week.requiredFTE)] + week.requiredByChannel.map(fte) + [fte(week.headcount), fte(week.inTraining),
        fte(week.effectiveFTE), fte(week.attrition), String(week.hires), fte(week.overtimeFTE), fte(week.shortfallFTE),
        fte(week.surplusFTE), fte(week.cost),
      ]
      let shortClass = week.shortfallFTE > 0.005 ? " class=\"short\"" : ""
      html += "<tr\(shortClass)><td style=\"white-space: nowrap\">\(week.start.text)</td>" + cells.map { "<td class=\"num\">\($0)</td>" }.joined() + "</tr>\n"
    }
    html += "</tbody>\n</table>\n"
    let notes = run.notes
    if !notes.isEmpty {
      html += "<h3>Notes</h3>\n<ul>\n" + notes.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n"
    }
    html += "<p class=\"meta\">The model and every column: docs/capacity.md. Files: capacity.csv, hiring_plan.csv, capacity.json.</p>\n"
    return html + "</section>\n</main>\n</body>\n</html>\n"
  }

  static func lead(_ result: CapacityPlan, last: CapacityPlan.Week) -> String {
    let hires = result.classes.isEmpty
      ? (result.shortfallFTEWeeks > 0.005 ? "No hires" : "No hiring class is needed")
      : "\(result.hires) hires in \(result.classes.count) classes, the first starting \(result.classes[0].classStart.text)"
    let short = result.shortfallFTEWeeks > 0.005
      ? "; " + String(format: "%.1f FTE-weeks short (shaded)", result.shortfallFTEWeeks) : "; no week short"
    return hires + short + ". Head count goes from \(ReportFormat.number(result.startingHeadcount, decimals: 1)) to "
      + "\(ReportFormat.number(last.headcount, decimals: 1)); total cost \(ReportFormat.number(result.objective, decimals: 2)) "
      + "(GLPK: \(result.status.rawValue), within \(String(format: "%.4f", result.gap * 100)) % of the lower bound)."
  }

  static func fte(_ value: Double) -> String { ReportFormat.number(value, decimals: 2) }
}
