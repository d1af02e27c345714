import Forecast
import Foundation
import Scheduler

/// The base capacity plan and each scenario side by side: hires, cost, shortfall, required FTE.
struct CapacityComparison {
  let runs: [CapacityRun]

  var rows: [(label: String, values: [String])] {
    func each(_ body: (CapacityRun) -> String) -> [String] { runs.map(body) }
    return [
      ("hires", each { String($0.result.hires) }),
      ("classes", each { String($0.result.classes.count) }),
      ("first class", each { $0.result.classes.first?.classStart.text ?? "-" }),
      ("total cost", each { String(format: "%.2f", $0.result.objective) }),
      ("shortfall FTE-weeks", each { String(format: "%.2f", $0.result.shortfallFTEWeeks) }),
      ("mean required FTE", each { String(format: "%.2f", $0.result.weeks.map(\.requiredFTE).reduce(0, +) / Double($0.result.weeks.count)) }),
      ("peak required FTE", each { String(format: "%.2f", $0.result.weeks.map(\.requiredFTE).max()!) }),
      ("head count at the end", each { String(format: "%.2f", $0.result.weeks.last!.headcount) }),
      ("status", each { $0.result.status.rawValue }),
    ]
  }

  var text: String {
    let header = [""] + runs.map(\.name)
    let body = rows.map { [$0.label] + $0.values }
    let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max()! }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        index == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: widths[index] - cell.count) + cell
      }.joined(separator: "  ") + "\n"
    }
    return ([header] + body).map(line).joined()
  }

  var csv: String {
    CSVText.line(["measure"] + runs.map(\.name)) + rows.map { CSVText.line([$0.label] + $0.values) }.joined()
  }
}
