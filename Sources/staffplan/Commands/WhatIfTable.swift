import Forecast
import Foundation

/// The what-if comparison rendered side by side: rows are figures, columns are the base plan and
/// each scenario, as terminal text, CSV or JSON.
///
/// Rows: paid hours, FTE (paid hours / 40), cost, agents, per channel the week's service level,
/// the promise (with whether it is kept) and the unmet agent-hours, then promises kept (x of n) and
/// the solver's status. CSV has one row per figure (`metric` then one column per scenario, numbers
/// unrounded to 4 decimals; service levels as fractions); JSON has one object per scenario.
struct WhatIfTable {
  var planName: String
  var week: String
  var columns: [WhatIfColumn]

  /// One figure across the columns: its label for people, its key for CSV, and its values.
  struct Row {
    var label: String
    var key: String
    var text: (WhatIfColumn) -> String
    var value: (WhatIfColumn) -> String
  }

  var rows: [Row] {
    func number(_ value: @escaping (WhatIfColumn) -> Double, _ format: String) -> (WhatIfColumn) -> String {
      { Self.text(format, value($0)) }
    }
    func raw(_ value: @escaping (WhatIfColumn) -> Double) -> (WhatIfColumn) -> String {
      { CSVText.number(value($0)) }
    }
    var rows = [
      Row(label: "paid hours", key: "paid_hours", text: number(\.paidHours, "%.1f"), value: raw(\.paidHours)),
      Row(label: "FTE (paid h / 40)", key: "fte", text: number(\.fte, "%.1f"), value: raw(\.fte)),
      Row(label: "cost", key: "cost", text: number(\.cost, "%.2f"), value: raw(\.cost)),
      Row(label: "agents", key: "agents", text: { "\($0.agents)" }, value: { "\($0.agents)" }),
    ]
    let channelIDs = columns.first?.channels.map(\.channel) ?? []
    for (index, id) in channelIDs.enumerated() {
      let outcome = { (column: WhatIfColumn) in column.channels[index] }
      rows.append(Row(
        label: "service level \(id)", key: "service_level_\(id)",
        text: { String(format: "%.1f%%", outcome($0).serviceLevel * 100) }, value: { CSVText.number(outcome($0).serviceLevel) }))
      rows.append(Row(
        label: "promise \(id)", key: "promise_\(id)",
        text: { "\(outcome($0).target) \(outcome($0).kept ? "kept" : "NOT kept")" }, value: { outcome($0).target }))
      rows.append(Row(
        label: "unmet agent-h \(id)", key: "unmet_agent_hours_\(id)",
        text: { Self.text("%.1f", outcome($0).unmetAgentHours) }, value: { CSVText.number(outcome($0).unmetAgentHours) }))
    }
    rows.append(Row(
      label: "promises kept", key: "promises_kept",
      text: { "\($0.promisesKept) of \($0.promises)" }, value: { "\($0.promisesKept)" }))
    rows.append(Row(label: "promises", key: "promises", text: { "\($0.promises)" }, value: { "\($0.promises)" }))
    rows.append(Row(label: "solver", key: "solver_status", text: \.status, value: \.status))
    return rows
  }

  /// The table for the terminal, then the scenarios' notes.
  var text: String {
    let shown = rows.filter { $0.key != "promises" }  // "promises kept" already reads "x of n"
    let labelWidth = max(20, shown.map(\.label.count).max() ?? 0) + 2
    let widths = columns.map { column in
      max(12, column.name.count, shown.map { $0.text(column).count }.max() ?? 0) + 2
    }
    func line(_ label: String, _ cells: [String]) -> String {
      var text = label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
      for (cell, width) in zip(cells, widths) {
        text += String(repeating: " ", count: max(0, width - cell.count)) + cell
      }
      return text + "\n"
    }
    var text = "\(planName), week of \(week): \(columns.count - 1) scenario(s) against the base plan\n"
    text += line("", columns.map(\.name))
    for row in shown { text += line(row.label, columns.map(row.text)) }
    let noted = columns.filter { !$0.notes.isEmpty }
    if !noted.isEmpty {
      text += "\nnotes:\n"
      for column in noted {
        for note in column.notes { text += "  \(column.name): \(note)\n" }
      }
    }
    return text
  }

  /// `metric,base,<scenario>,...` then one line per figure.
  var csv: String {
    var text = CSVText.line(["metric"] + columns.map(\.name))
    for row in rows { text += CSVText.line([row.key] + columns.map(row.value)) }
    return text
  }

  /// `{"plan", "week", "scenarios": [column, ...]}`, keys sorted.
  func json() throws -> String {
    struct Document: Encodable {
      var plan: String
      var week: String
      var scenarios: [WhatIfColumn]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(Document(plan: planName, week: week, scenarios: columns))
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The value formatted, without the sign of a negative that rounds to zero: a printed "-0.0"
  /// reads as a loss where there is none.
  static func text(_ format: String, _ value: Double) -> String {
    let text = String(format: format, value)
    return text.hasPrefix("-") && text.dropFirst().allSatisfy({ "0.,".contains($0) }) ? String(text.dropFirst()) : text
  }
}
